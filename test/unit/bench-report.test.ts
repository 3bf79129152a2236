import { formatMs, formatRate, formatRatio, formatSeed, markdownTable, ratioTable, renderResults, resultsTable } from '../../bench/report';
import type { Cell, RunReport } from '../../bench/report';
import { percentile } from '../../bench/load';
import { BenchOptionError, parseOptions } from '../../bench/options';

const load = (requestsPerSecond: number, p50Ms: number) => ({ requests: requestsPerSecond * 10, requestsPerSecond, p50Ms, p99Ms: p50Ms * 3, errors: 0 });
const cells: Cell[] = [
  { question: 'Q1', server: 'ours', connections: 1, load: load(50, 20), peakMb: 120.4, serverCpuMs: 12.345, neo4jCpuMs: null, roundTrips: 9 },
  { question: 'Q1', server: 'peer', connections: 1, load: load(100, 10), peakMb: 150, serverCpuMs: 5, neo4jCpuMs: 2, roundTrips: 1 },
  { question: 'Q1', server: 'floor', connections: 1, load: load(200, 5), peakMb: 80, serverCpuMs: 1, neo4jCpuMs: 2, roundTrips: 1 },
  { question: 'Q6', server: 'peer', connections: 1, load: load(40, 25), peakMb: 150, serverCpuMs: 6, neo4jCpuMs: 3, roundTrips: 2 },
];

describe('bench: numbers and tables', () => {
  it('formats rates, milliseconds and ratios for reading', () => {
    expect(formatRate(1234.56)).toBe('1235');
    expect(formatRate(12.345)).toBe('12.3');
    expect(formatMs(1.234)).toBe('1.23');
    expect(formatMs(123.45)).toBe('123.5');
    expect(formatMs(2345.6)).toBe('2346');
    expect(formatRatio(20, 10)).toBe('2.00x');
    expect(formatRatio(undefined, 10)).toBe('-');
    expect(formatRatio(5, 0)).toBe('-');
  });

  it('aligns Markdown tables, numbers to the right', () => {
    expect(markdownTable(['name', 'n'], [['a', '1'], ['bbbbb', '22']], [false, true]).split('\n')).toEqual([
      '| name  |   n |',
      '|-------|----:|',
      '| a     |   1 |',
      '| bbbbb |  22 |',
    ]);
  });

  it('has one row per cell with its round trips and memory', () => {
    const lines = resultsTable(cells).split('\n');
    expect(lines).toHaveLength(2 + cells.length);
    expect(lines[2]).toMatch(/^\| Q1 +\| +1 \| ours +\| +50\.0 \| +20\.0 \| +60\.0 \| +0 \| +120 \| +12\.3 \| +- \| +9 \|$/);
  });

  it('gives ours against peer and floor, with a dash where a server was not asked', () => {
    const lines = ratioTable(cells).split('\n');
    expect(lines[2]).toMatch(/^\| Q1 +\| +1 \| +2\.00x \| +0\.50x \| +4\.00x \| +0\.25x \|$/);
    expect(lines[3]).toMatch(/^\| Q6 +\| +1 \| +- \| +- \| +- \| +- \|$/);
  });

  it('writes the run, machine, versions, questions and seed into RESULTS.md', () => {
    const run: RunReport = {
      date: new Date('2026-01-02T03:04:05Z'),
      command: 'npm run bench -- --duration 5',
      note: 'a shared machine',
      machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 24, loadBefore: [1, 2, 3], loadAfter: [4, 5, 6] },
      versions: { Node: 'v20.0.0', '@neo4j/graphql': '7.6.3' },
      settings: ['5 s per cell'],
      questions: [{ id: 'Q6', title: 'the cooperation network', measured: true, notes: ['ours: not yet in our API'] }],
      cells,
      seed: { nodes: 91_610, relationships: 91_700, seconds: 45.8, backboneNodes: 91_592, backboneSeconds: 40 },
    };
    const text = renderResults(run);
    expect(text).toContain('Run of 2026-01-02T03:04:05.000Z: `npm run bench -- --duration 5`');
    expect(text).toContain('Note on this run: a shared machine');
    expect(text).toContain('- CPU: Test CPU, 2 cores; memory 24.0 GiB');
    expect(text).toContain('1.00 / 2.00 / 3.00 before the run, 4.00 / 5.00 / 6.00 after');
    expect(text).toContain('- @neo4j/graphql: 7.6.3');
    expect(text).toContain('  - ours: not yet in our API');
    expect(text).toContain('**2,000 nodes/s** overall');
    expect(formatSeed({ skipped: 'skipped with --no-seed' })).toBe('not measured: skipped with --no-seed');
  });
});

describe('bench: percentiles', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('bench: options', () => {
  it('has defaults for a full run', () => {
    const options = parseOptions([], {});
    expect(options).toMatchObject({ durationSeconds: 10, warmupSeconds: 3, connections: [1, 16], questions: [], servers: ['ours', 'peer', 'floor'], seed: true });
    expect(options.resultsFile).toMatch(/bench[\\/]RESULTS\.md$/);
  });

  it('takes flags over the environment', () => {
    const options = parseOptions(['--duration', '5', '--questions=q1,Q4', '--no-seed', '--no-results'], { BENCH_DURATION: '20', BENCH_CONNECTIONS: '4' });
    expect(options).toMatchObject({ durationSeconds: 5, connections: [4], questions: ['Q1', 'Q4'], seed: false, resultsFile: null, note: null });
    expect(parseOptions(['--note', 'busy machine'], {}).note).toBe('busy machine');
  });

  it('refuses wrong values with a sentence naming the option', () => {
    expect(() => parseOptions(['--duration', 'soon'], {})).toThrow(BenchOptionError);
    expect(() => parseOptions(['--connections', '1,x'], {})).toThrow('--connections must list whole numbers');
    expect(() => parseOptions(['--servers', 'ours,apollo'], {})).toThrow('--servers must list names among ours, peer, floor');
    expect(() => parseOptions(['--fast'], {})).toThrow('Unknown option --fast');
  });
});
