import type { Driver } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors';

/** What /health reports about Neo4j. */
export interface Neo4jHealth {
  readonly up: boolean;
  /** Why it is down, in words: "no answer within 2000 ms", "connection refused", ... */
  readonly reason?: string;
  /** Since when it is known down (ISO time). */
  readonly since?: string;
}

/** How long one probe may take: a paused Neo4j accepts connections but never answers. */
const PROBE_TIMEOUT_MS = 2_000;
/** Pause between probes while Neo4j is down. */
const PROBE_INTERVAL_MS = 500;

/** Rejects with `onTimeout()` when `work` has not settled within `ms`; `work`'s own later failure is absorbed. */
export function within<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Why Neo4j could not be used, in a few words, from the driver's error. */
export function unavailableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED/.test(message)) return 'connection refused';
  if (/Unauthorized|credentials|authentication/i.test(message)) return 'credentials refused';
  return message.split('\n')[0].slice(0, 200);
}

/**
 * Whether Neo4j answers, as last seen. Once a query finds it unreachable, requests fail at
 * once with SERVICE_UNAVAILABLE instead of each waiting for the driver's connection and retry
 * timeouts, and a probe runs in the background until Neo4j answers again: the API recovers
 * by itself, without a restart. Nothing is cached meanwhile, so no stale answer is served.
 */
export class Neo4jAvailability {
  private down: { readonly reason: string; readonly since: Date } | undefined;
  private probing = false;
  private readonly backListeners: Array<() => void> = [];

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** Calls `listener` each time Neo4j answers again after being known down. */
  onBack(listener: () => void): void {
    this.backListeners.push(listener);
  }

  isUp(): boolean {
    return this.down === undefined;
  }

  /** Throws SERVICE_UNAVAILABLE while Neo4j is known to be down. */
  assertUp(): void {
    if (this.down) throw new ServiceUnavailableError(`The graph database (Neo4j) is not answering (${this.down.reason}); try again shortly.`);
  }

  /** Records that a query could not reach Neo4j, and starts probing for its return. */
  markDown(reason: string): void {
    this.down ??= { reason, since: new Date() };
    if (!this.probing) void this.probeUntilUp();
  }

  /**
   * A query got no answer: Neo4j may be paused or gone, or only busy. A probe decides, so one
   * slow query does not turn every other request away.
   */
  suspect(): void {
    if (!this.down) void this.check();
  }

  /** Asks Neo4j now (for /health), updating what is known. */
  async check(): Promise<Neo4jHealth> {
    try {
      await this.probe();
      this.markUp();
      return { up: true };
    } catch (error) {
      this.markDown(unavailableReason(error));
      return this.health();
    }
  }

  health(): Neo4jHealth {
    return this.down ? { up: false, reason: this.down.reason, since: this.down.since.toISOString() } : { up: true };
  }

  private markUp(): void {
    const wasDown = this.down !== undefined;
    this.down = undefined;
    if (wasDown) for (const listener of this.backListeners) listener();
  }

  private probe(): Promise<unknown> {
    return within(this.driver.verifyConnectivity({ database: this.database }), PROBE_TIMEOUT_MS, () => new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`));
  }

  private async probeUntilUp(): Promise<void> {
    this.probing = true;
    try {
      while (this.down) {
        await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS).unref());
        try {
          await this.probe();
          this.markUp();
        } catch (error) {
          this.down = { reason: unavailableReason(error), since: this.down?.since ?? new Date() };
        }
      }
    } finally {
      this.probing = false;
    }
  }
}
