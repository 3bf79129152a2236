import { crossesTenth, formatProgress, streamSeedLog, toSeedLog } from '../../src/seed/seed-log';
import { batches } from '../../src/seed/write-rows';

function capture(isTTY: boolean): { text: () => string; stream: { isTTY: boolean; write: (t: string) => boolean } } {
  let out = '';
  return {
    text: () => out,
    stream: {
      isTTY,
      write: (t: string) => {
        out += t;
        return true;
      },
    },
  };
}

describe('seed progress', () => {
  it('formats a progress line', () => {
    expect(formatProgress('villages', 40000, 83763)).toBe('villages 40000/83763 (47%)');
  });

  it('prints a plain line per tenth when stderr is not a terminal', () => {
    const { text, stream } = capture(false);
    const log = streamSeedLog(stream);
    let done = 0;
    for (const batch of batches(Array.from({ length: 83763 }, (_, i) => i), 5000)) {
      done += batch.length;
      log.progress('villages', done, 83763);
    }
    const lines = text().trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(9);
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(lines[lines.length - 1]).toBe('villages 83763/83763 (100%)');
    expect(text()).not.toContain('\r');
  });

  it('redraws one line in place on a terminal and ends it before the next message', () => {
    const { text, stream } = capture(true);
    const log = streamSeedLog(stream);
    log.progress('districts', 5000, 7277);
    log.progress('districts', 7277, 7277);
    log.info('done');
    expect(text()).toBe('\rdistricts 5000/7277 (68%)\x1b[K\rdistricts 7277/7277 (100%)\x1b[K\ndone\n');
  });

  it('crosses a tenth only when the tens digit of the percentage grows', () => {
    expect(crossesTenth(0, 5, 100)).toBe(false);
    expect(crossesTenth(5, 10, 100)).toBe(true);
    expect(crossesTenth(99, 100, 100)).toBe(true);
  });

  it('accepts a function taking one line at a time', () => {
    const lines: string[] = [];
    const log = toSeedLog((line) => lines.push(line));
    log.info('schema: ok');
    log.progress('provinces', 38, 38);
    expect(lines).toEqual(['schema: ok', 'provinces 38/38 (100%)']);
  });

  it('splits rows into batches', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
    expect(() => batches([1], 0)).toThrow(RangeError);
  });
});
