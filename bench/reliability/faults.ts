/**
 * Fault injection under load: while clients keep asking one question, Neo4j is killed,
 * paused or restarted, and each answer is recorded: its status, its time, and whether a 200
 * carried the right answer. From the record: how soon requests failed fast, and how soon after
 * Neo4j was back the API answered again (without being restarted).
 */
export interface Answer {
  /** ms since the load started, when the request was sent. */
  readonly sentAt: number;
  readonly ms: number;
  readonly status: number;
  /** The first error's code, or the status when there is none (`200`, `0` for no answer). */
  readonly code: string;
  /** A 200 whose answer differs from the one before any fault. */
  readonly wrong: boolean;
}

export interface LoadProbe {
  readonly answers: Answer[];
  /** ms since the load started. */
  now(): number;
  stop(): Promise<void>;
}

/**
 * `clients` loops POSTing `body` to `url`; each 200's `data`, put in canonical form by
 * `canonicalText` (lists sorted: the order of a list Neo4j returns unsorted may change with a
 * restart), is compared with `expected`.
 */
export function probeLoad(url: string, body: string, expected: string, canonicalText: (data: unknown) => string, clients: number): LoadProbe {
  const started = performance.now();
  const now = (): number => performance.now() - started;
  const answers: Answer[] = [];
  let running = true;
  const loop = async (): Promise<void> => {
    while (running) {
      const sentAt = now();
      let status = 0;
      let code = '0';
      let wrong = false;
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(60_000) });
        status = response.status;
        const parsed = JSON.parse(await response.text()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        code = parsed.errors?.[0]?.extensions?.code ?? String(status);
        if (status === 200) wrong = canonicalText(parsed.data) !== expected;
      } catch {
        status = 0;
      }
      answers.push({ sentAt, ms: now() - sentAt, status, code, wrong });
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const loops = Array.from({ length: clients }, () => loop());
  return {
    answers,
    now,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

export interface FaultOutcome {
  readonly fault: string;
  /** From the fault to the first answer that was not a 200 (ms); undefined if none came. */
  readonly firstFailureAfterMs: number | undefined;
  /** The first request sent after the fault: how long its answer took (ms) and its status; the "within 1 s of the next request". */
  readonly nextRequest: { readonly ms: number; readonly status: number } | undefined;
  /** The slowest answer to a request sent while Neo4j was away (ms). */
  readonly worstFailureMs: number | undefined;
  /** From Neo4j being back (its Bolt port answering) to the first 200 sent after it (ms). */
  readonly recoveredAfterMs: number | undefined;
  /** From Neo4j being back to the API's /health answering 200 (ms). */
  readonly healthAfterMs: number | undefined;
  readonly statuses: Readonly<Record<string, number>>;
  readonly wrongAnswers: number;
  readonly answers: number;
}

/** Reads a fault's outcome from the answers: `faultAt` and `backAt` in the probe's clock. */
export function faultOutcome(fault: string, answers: readonly Answer[], faultAt: number, backAt: number, healthAfterMs: number | undefined): FaultOutcome {
  const during = answers.filter((a) => a.sentAt + a.ms >= faultAt);
  const firstFailure = during.filter((a) => a.status !== 200).sort((a, b) => a.sentAt + a.ms - (b.sentAt + b.ms))[0];
  const next = answers.filter((a) => a.sentAt >= faultAt).sort((a, b) => a.sentAt - b.sentAt)[0];
  const away = during.filter((a) => a.sentAt < backAt && a.status !== 200);
  const recovered = during.filter((a) => a.sentAt >= backAt && a.status === 200).sort((a, b) => a.sentAt - b.sentAt)[0];
  const statuses: Record<string, number> = {};
  for (const answer of during) {
    const key = answer.status === 200 ? '200' : `${answer.status} ${answer.code}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  return {
    fault,
    firstFailureAfterMs: firstFailure ? firstFailure.sentAt + firstFailure.ms - faultAt : undefined,
    nextRequest: next ? { ms: next.ms, status: next.status } : undefined,
    worstFailureMs: away.length > 0 ? Math.max(...away.map((a) => a.ms)) : undefined,
    recoveredAfterMs: recovered ? recovered.sentAt + recovered.ms - backAt : undefined,
    healthAfterMs,
    statuses,
    wrongAnswers: during.filter((a) => a.wrong).length,
    answers: during.length,
  };
}

/** Polls `healthUrl` until it answers 200; the time it took (ms), or undefined after `giveUpMs`. */
export async function healthBackAfter(healthUrl: string, giveUpMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < giveUpMs) {
    try {
      if ((await fetch(healthUrl, { signal: AbortSignal.timeout(5_000) })).status === 200) return performance.now() - started;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}
