import type { Executor, Params, WriteStep } from '../db/executor';

/** Rows per write transaction: large enough to be fast, small enough for a 1 GB heap. */
export const BATCH_SIZE = 10_000;

export class SeedWriteError extends Error {
  override name = 'SeedWriteError';
}

/** Splits rows into consecutive batches of at most `size`. */
export function batches<T>(rows: readonly T[], size: number = BATCH_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A batch size must be a whole number above 0, not ${size}.`);
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/**
 * One `UNWIND $rows` seed query as a step of a larger transaction, checking that it wrote
 * every row: the seed queries MATCH the other end of a relationship, and a row whose end is
 * missing would otherwise vanish without a word (and the transaction is rolled back).
 */
export function rowsStep(queryName: string, text: string, rows: readonly object[], params: Params = {}): WriteStep {
  return {
    text,
    params: { ...params, rows },
    verify: (result) => {
      const written = result[0]?.written;
      if (written !== rows.length) {
        throw new SeedWriteError(
          `${queryName} wrote ${String(written ?? 0)} of ${rows.length} rows: a node it links to is missing from the graph.`,
        );
      }
    },
  };
}

/** Runs one `UNWIND $rows` seed query in its own transaction and checks it wrote every row (see rowsStep). */
export async function writeRows(
  executor: Executor,
  queryName: string,
  text: string,
  rows: readonly object[],
  params: Params = {},
): Promise<void> {
  if (rows.length === 0) return;
  await executor.writeTogether([rowsStep(queryName, text, rows, params)]);
}
