/**
 * HTTP load with autocannon. Latency percentiles are computed here from each response's
 * own time (autocannon's histogram keeps whole milliseconds, too coarse for the floor).
 */
import autocannon from 'autocannon';

export interface LoadTarget {
  readonly url: string;
  /** JSON body of every POST. */
  readonly body: string;
}

export interface LoadResult {
  /** Successful responses (2xx, no GraphQL `errors`). */
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Connection errors, timeouts, non-2xx responses and responses carrying GraphQL `errors`. */
  readonly errors: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1];
}

/** A GraphQL response with errors still has status 200: count it as an error too. */
function answersWithoutErrors(body: string | Buffer | undefined): boolean {
  return body === undefined || !String(body).includes('"errors":[');
}

/** Runs `connections` concurrent connections against `target` for `durationSeconds`. */
export function runLoad(target: LoadTarget, connections: number, durationSeconds: number): Promise<LoadResult> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: target.body,
        connections,
        duration: durationSeconds,
        pipelining: 1,
        timeout: 30,
        verifyBody: answersWithoutErrors,
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        times.sort((a, b) => a - b);
        const errors = result.errors + result.timeouts + result.non2xx + result.mismatches;
        const requests = Math.max(0, times.length - result.mismatches);
        const seconds = result.duration > 0 ? result.duration : durationSeconds;
        resolve({
          requests,
          requestsPerSecond: requests / seconds,
          p50Ms: percentile(times, 0.5),
          p99Ms: percentile(times, 0.99),
          errors,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
}
