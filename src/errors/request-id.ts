import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the HTTP request being served, wherever its work runs: formatError reads it to
 * log an unexpected fault and to put the same id in the response, so a client's report
 * (`extensions.requestId`, header `x-request-id`) finds the log line.
 */
const storage = new AsyncLocalStorage<string>();

export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run(requestId, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore();
}
