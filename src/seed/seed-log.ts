/**
 * How the seed reports what it does. The backbone takes a while (83,762 villages), so it
 * shows progress: redrawn in place on a terminal, and as plain lines every ~10% in logs
 * and CI output, where carriage returns would pile up into one unreadable line.
 */

export interface SeedLog {
  /** One finished step or remark. */
  info(line: string): void;
  /** `done` of `total` items of a long step are written. */
  progress(step: string, done: number, total: number): void;
}

/** Logs nothing: for tests and callers that print their own report. */
export const silentSeedLog: SeedLog = {
  info: () => undefined,
  progress: () => undefined,
};

/** "villages 40000/83762 (47%)" */
export function formatProgress(step: string, done: number, total: number): string {
  const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
  return `${step} ${done}/${total} (${percent}%)`;
}

/**
 * True when a line should be printed for a stream that is not a terminal: the first time
 * progress crosses each tenth, and at the end.
 */
export function crossesTenth(previousDone: number, done: number, total: number): boolean {
  if (done >= total) return true;
  return Math.floor((done * 10) / total) > Math.floor((previousDone * 10) / total);
}

interface Stream {
  write(text: string): boolean;
  readonly isTTY?: boolean;
}

/** A log writing to stderr (stdout stays free for the report). */
export function streamSeedLog(stream: Stream = process.stderr): SeedLog {
  const lastDone = new Map<string, number>();
  let redrawing = false;
  const endRedraw = (): void => {
    if (redrawing) stream.write('\n');
    redrawing = false;
  };
  return {
    info(line) {
      endRedraw();
      stream.write(`${line}\n`);
    },
    progress(step, done, total) {
      const previous = lastDone.get(step) ?? 0;
      lastDone.set(step, done);
      if (stream.isTTY) {
        stream.write(`\r${formatProgress(step, done, total)}\x1b[K`);
        redrawing = true;
        if (done >= total) endRedraw();
      } else if (crossesTenth(previous, done, total)) {
        stream.write(`${formatProgress(step, done, total)}\n`);
      }
    },
  };
}

/** What callers may pass as `log`: a SeedLog, or a function taking one line at a time. */
export type SeedLogOption = SeedLog | ((line: string) => void);

/**
 * The SeedLog for an option. A line function gets plain progress lines every ~10% (it may
 * prefix or redirect them, so redrawing in place is not possible); nothing means stderr.
 */
export function toSeedLog(option?: SeedLogOption): SeedLog {
  if (option === undefined) return streamSeedLog();
  if (typeof option !== 'function') return option;
  const line = option;
  return streamSeedLog({
    isTTY: false,
    write: (text) => {
      line(text.replace(/\n$/, ''));
      return true;
    },
  });
}
