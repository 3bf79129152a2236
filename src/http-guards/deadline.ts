import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The deadline of the request being served (guardRequests answers REQUEST_TIMEOUT when it
 * passes), which a write may move: a write of the curated layer answered REQUEST_TIMEOUT while it
 * goes on to commit would leave its client unsure whether it happened, so the curators'
 * mutations move the deadline to WRITE_TIMEOUT_MS before they start (src/ingest/).
 */
export interface RequestDeadline {
  /** Replaces the deadline: the request is answered REQUEST_TIMEOUT `ms` from now, unless answered before. */
  extend(ms: number): void;
}

const storage = new AsyncLocalStorage<RequestDeadline>();

export function withDeadline<T>(deadline: RequestDeadline, work: () => T): T {
  return storage.run(deadline, work);
}

/** Moves the current request's deadline to `ms` from now; nothing outside a request (the command line). */
export function extendDeadline(ms: number): void {
  storage.getStore()?.extend(ms);
}
