/**
 * The bench's tables (printed, and written to bench/RESULTS.md): one row per question,
 * connection count and server, then the ratios ours / peer and ours / floor. Pure functions.
 */
import type { LoadResult } from './load';
import type { ServerName } from './questions';

/** One measured cell: a question asked of one server at one concurrency. */
export interface Cell {
  readonly question: string;
  readonly server: ServerName;
  readonly connections: number;
  readonly load: LoadResult;
  /** Peak resident memory of the server process during the cell, MiB. */
  readonly peakMb: number;
  /** CPU time of the server process per successful request, ms. */
  readonly serverCpuMs: number | null;
  /** CPU time of the Neo4j process per successful request, ms (null: not a local Neo4j). */
  readonly neo4jCpuMs: number | null;
  /** Cypher queries per request, read from the server after the warm-up. */
  readonly roundTrips: number | null;
}

/** What became of one question before measuring. */
export interface QuestionOutcome {
  readonly id: string;
  readonly title: string;
  /** True when every asked server's answer was equal and the question was measured. */
  readonly measured: boolean;
  /** Lines to print under the tables: servers not asked and why, differing answers, notes. */
  readonly notes: readonly string[];
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
}

export interface SeedSpeed {
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  readonly backboneNodes: number;
  readonly backboneSeconds: number;
}

export interface RunReport {
  readonly date: Date;
  readonly command: string;
  /** The operator's remark on the conditions of the run, if any. */
  readonly note: string | null;
  readonly machine: Machine;
  readonly versions: Readonly<Record<string, string>>;
  readonly settings: readonly string[];
  readonly questions: readonly QuestionOutcome[];
  readonly cells: readonly Cell[];
  readonly seed: SeedSpeed | { readonly skipped: string } | null;
}

/** Aligned Markdown table (reads as well in a terminal as in a file). */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, rightAligned: readonly boolean[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number): string => (rightAligned[i] ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => cell(c, i)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}

/** Requests per second: whole above 100, else one decimal. */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 100 ? Math.round(value).toString() : value.toFixed(1);
}

/** Milliseconds: two decimals below 10, one below 1000, whole above. */
export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value < 10) return value.toFixed(2);
  return value < 1000 ? value.toFixed(1) : Math.round(value).toString();
}

/** `a / b` as "1.23x", or "-" when either side is missing. */
export function formatRatio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '-';
  return `${(a / b).toFixed(2)}x`;
}

function find(cells: readonly Cell[], question: string, server: ServerName, connections: number): Cell | undefined {
  return cells.find((c) => c.question === question && c.server === server && c.connections === connections);
}

function groups(cells: readonly Cell[]): Array<{ question: string; connections: number }> {
  const seen = new Map<string, { question: string; connections: number }>();
  for (const c of cells) seen.set(`${c.question}/${c.connections}`, { question: c.question, connections: c.connections });
  return [...seen.values()];
}

/** One row per question, connection count and server. */
export function resultsTable(cells: readonly Cell[]): string {
  const rows = cells.map((c) => [
    c.question,
    String(c.connections),
    c.server,
    formatRate(c.load.requestsPerSecond),
    formatMs(c.load.p50Ms),
    formatMs(c.load.p99Ms),
    String(c.load.errors),
    Math.round(c.peakMb).toString(),
    c.serverCpuMs === null ? '-' : formatMs(c.serverCpuMs),
    c.neo4jCpuMs === null ? '-' : formatMs(c.neo4jCpuMs),
    c.roundTrips === null ? '-' : String(c.roundTrips),
  ]);
  return markdownTable(
    ['Q', 'conns', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'peak MB', 'server CPU ms/req', 'Neo4j CPU ms/req', 'Cypher/req'],
    rows,
    [false, true, false, true, true, true, true, true, true, true, true],
  );
}

/**
 * Ours against the peer and the floor, per question and connection count: p50 ratios above
 * 1 and req/s ratios below 1 mean ours is slower.
 */
export function ratioTable(cells: readonly Cell[]): string {
  const rows = groups(cells).map(({ question, connections }) => {
    const ours = find(cells, question, 'ours', connections)?.load;
    const peer = find(cells, question, 'peer', connections)?.load;
    const floor = find(cells, question, 'floor', connections)?.load;
    return [
      question,
      String(connections),
      formatRatio(ours?.p50Ms, peer?.p50Ms),
      formatRatio(ours?.requestsPerSecond, peer?.requestsPerSecond),
      formatRatio(ours?.p50Ms, floor?.p50Ms),
      formatRatio(ours?.requestsPerSecond, floor?.requestsPerSecond),
    ];
  });
  return markdownTable(
    ['Q', 'conns', 'p50 ours/peer', 'req/s ours/peer', 'p50 ours/floor', 'req/s ours/floor'],
    rows,
    [false, true, true, true, true, true],
  );
}

function loadAverage(values: readonly number[]): string {
  return values.map((v) => v.toFixed(2)).join(' / ');
}

export function formatSeed(seed: RunReport['seed']): string {
  if (seed === null) return 'not measured';
  if ('skipped' in seed) return `not measured: ${seed.skipped}`;
  const rate = (n: number, s: number): string => (s > 0 ? Math.round(n / s).toLocaleString('en-US') : '-');
  return [
    `${seed.nodes.toLocaleString('en-US')} nodes and ${seed.relationships.toLocaleString('en-US')} relationships in ${seed.seconds.toFixed(1)} s: ` +
      `**${rate(seed.nodes, seed.seconds)} nodes/s** overall`,
    `(backbone alone: ${seed.backboneNodes.toLocaleString('en-US')} nodes in ${seed.backboneSeconds.toFixed(1)} s, ${rate(seed.backboneNodes, seed.backboneSeconds)} nodes/s).`,
  ].join(' ');
}

/** The whole of bench/RESULTS.md for one run. */
export function renderResults(run: RunReport): string {
  const m = run.machine;
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (code in \`bench/\`). Run of ${run.date.toISOString()}: \`${run.command}\`.`,
    '',
    ...(run.note ? [`Note on this run: ${run.note}`, ''] : []),
    '## Machine and versions',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGiB.toFixed(1)} GiB`,
    `- Load average (1 / 5 / 15 min): ${loadAverage(m.loadBefore)} before the run, ${loadAverage(m.loadAfter)} after`,
    ...Object.entries(run.versions).map(([name, version]) => `- ${name}: ${version}`),
    '',
    '## Settings',
    '',
    ...run.settings.map((s) => `- ${s}`),
    '',
    '## Questions',
    '',
  ];
  for (const q of run.questions) {
    lines.push(`- **${q.id}** ${q.title}${q.measured ? '' : ' — **not measured**'}`);
    for (const note of q.notes) lines.push(`  - ${note}`);
  }
  lines.push(
    '',
    '## Results',
    '',
    'Per question, concurrent connections and server: successful requests per second, latency',
    'percentiles, failed requests, the server process\'s peak resident memory during the cell, the',
    'CPU time the server process and Neo4j spent per request, and the Cypher queries one request sends.',
    '',
    resultsTable(run.cells),
    '',
    '## Ours against the peer and the floor',
    '',
    'p50 ratio above 1.00x, or req/s ratio below 1.00x: ours is slower.',
    '',
    ratioTable(run.cells),
    '',
    '## Seed',
    '',
    formatSeed(run.seed),
    '',
  );
  return lines.join('\n');
}

/** Where the cost curve sits in RESULTS.md, so that either kind of run keeps the other's section. */
const COST_CURVE_START = '<!-- cost curve: written by `npm run bench -- --scale ...`; kept by the head-to-head runs -->';
const COST_CURVE_END = '<!-- end of cost curve -->';

/** The cost curve's section of a results file, markers included; '' when it has none. */
export function costCurveSection(markdown: string): string {
  const start = markdown.indexOf(COST_CURVE_START);
  const end = markdown.indexOf(COST_CURVE_END);
  return start >= 0 && end > start ? markdown.slice(start, end + COST_CURVE_END.length) : '';
}

/** A results file with `body` as its cost curve section, in place of the old one or at the end. */
export function withCostCurve(markdown: string, body: string): string {
  const section = `${COST_CURVE_START}\n${body.trim()}\n${COST_CURVE_END}`;
  const old = costCurveSection(markdown);
  return old ? markdown.replace(old, section) : `${markdown.trimEnd()}\n\n${section}\n`;
}
