import os from 'node:os';
import type { LocalNeo4jHandle } from './server';

export interface StopOnSignalsOptions {
  readonly signals?: readonly NodeJS.Signals[];
  /** Where a failed stop is reported; defaults to stderr. */
  readonly log?: (line: string) => void;
  /** Called once Neo4j has stopped; by default exits with the status a shell expects (128 + signal number). */
  readonly afterStop?: (signal: NodeJS.Signals) => void;
}

function exitForSignal(signal: NodeJS.Signals): void {
  process.exit(128 + (os.constants.signals[signal] ?? 0));
}

/**
 * On SIGINT or SIGTERM, stops the server before the process ends: without it, Ctrl-C on
 * `npm start` would leave the JVM running or end it without a checkpoint. A second signal
 * during the stop gets Node's default handling, i.e. ends the process at once. Returns a
 * function that removes the handlers.
 */
export function stopOnSignals(handle: Pick<LocalNeo4jHandle, 'stop'>, options: StopOnSignalsOptions = {}): () => void {
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const afterStop = options.afterStop ?? exitForSignal;
  const remove = (): void => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    remove();
    handle
      .stop()
      .catch((error: unknown) => log(`Stopping Neo4j failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => afterStop(signal));
  }
  for (const signal of signals) process.once(signal, onSignal);
  return remove;
}
