import type { Params } from './executor';

/** A query text with parameters to plan it with (none for a catalog file never served yet). */
export interface PlanRequest {
  readonly text: string;
  readonly params: Params;
}

/** What one warm-up did. */
export interface WarmUpReport {
  /** Queries Neo4j planned. */
  readonly planned: number;
  /** Queries it refused or did not plan in time. */
  readonly failed: number;
  /** Left unplanned because Neo4j went away again meanwhile. */
  readonly skipped: number;
  readonly ms: number;
}

/** Distinct served queries kept for the next warm-up; older ones are forgotten first. */
const SERVED_LIMIT = 100;

/**
 * Neo4j caches each query's plan under its text and the types of its parameters, a list's
 * and a string's size rounded to a power of ten among them (a plan made for one key does not
 * serve a list of three), and loses that cache when it restarts. The first requests after a
 * restart then pay the planning on a cold JVM: the bench question Q1 took 4.1 s instead of
 * 0.08 s, past the transaction timeout on a busy machine. So the reads the API serves are
 * remembered (text and parameters, the latest SERVED_LIMIT shapes) and planned again with
 * EXPLAIN, one at a time in the background, at start-up and each time Neo4j comes back;
 * the catalog's queries that need no compiled slots follow, planned without parameters,
 * which at least warms Neo4j's parser and planner.
 */
export class PlanWarmer {
  private readonly served = new Map<string, PlanRequest>();

  constructor(private readonly limit = SERVED_LIMIT) {}

  /** Remembers a read the API served; the same text with parameters of the same shape is kept once, as the latest. */
  record(text: string, params: Params): void {
    const key = `${shapeOf(params)}\u0000${text}`;
    this.served.delete(key);
    this.served.set(key, { text, params });
    if (this.served.size > this.limit) this.served.delete(this.served.keys().next().value as string);
  }

  /** What a warm-up plans, in order: the served reads, latest first, then `statements` (catalog texts) not among them. */
  plans(statements: readonly string[]): PlanRequest[] {
    const served = [...this.served.values()].reverse();
    const seen = new Set(served.map((request) => request.text));
    return [...served, ...statements.filter((text) => !seen.has(text)).map((text) => ({ text, params: {} }))];
  }
}

/**
 * Plans each request in turn with `plan`; stops early when `stillUp` says Neo4j went away
 * again (the next warm-up starts when it is back). A refusal is counted, never thrown: the
 * warm-up only ever saves time.
 */
export async function warmUp(requests: readonly PlanRequest[], plan: (request: PlanRequest) => Promise<unknown>, stillUp: () => boolean): Promise<WarmUpReport> {
  const started = performance.now();
  let planned = 0;
  let failed = 0;
  for (const request of requests) {
    if (!stillUp()) break;
    try {
      await plan(request);
      planned += 1;
    } catch {
      failed += 1;
    }
  }
  return { planned, failed, skipped: requests.length - planned - failed, ms: Math.round(performance.now() - started) };
}

/**
 * The part of Neo4j's plan-cache key a value gives: its type and, for strings and lists,
 * its size rounded up to a power of ten (lists also by their first item's shape).
 */
export function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `string${sizeBucket(value.length)}`;
  if (Array.isArray(value)) return `list${sizeBucket(value.length)}<${value.length > 0 ? shapeOf(value[0]) : ''}>`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${key}:${shapeOf(item)}`).join(',')}}`;
  }
  return typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'float') : typeof value;
}

function sizeBucket(size: number): number {
  return size <= 1 ? size : 10 ** Math.ceil(Math.log10(size));
}
