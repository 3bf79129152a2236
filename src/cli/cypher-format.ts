/**
 * Turns streamed rows into text: an aligned table, CSV (RFC 4180) or JSON. Each formatter
 * returns the text to print for each step and keeps at most the rows a table needs to size
 * its columns, so a result of any length goes out row by row.
 */
import type { Plain } from '../db/convert';
import type { Row, StreamSummary } from '../db/executor';
import type { OutputFormat } from './cypher-args';

/** Called in order: `start` once with the columns, `row` per row, `end` once; each returns text to print. */
export interface RowFormatter {
  start(columns: readonly string[]): string;
  row(row: Row): string;
  end(): string;
}

export interface FormatOptions {
  /** Table only: widest column in characters (0: no limit); longer values end in "…". */
  readonly maxWidth: number;
  /** Table only: how many rows are held to size the columns before printing begins. */
  readonly sampleRows?: number;
}

export const DEFAULT_SAMPLE_ROWS = 200;

/** A value as one cell: text as is, lists and maps as compact JSON, null as the empty string. */
export function cellText(value: Plain | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record; RFC 4180 ends every record, the last too, with CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function csvFormatter(): RowFormatter {
  let columns: readonly string[] = [];
  return {
    start(keys) {
      columns = keys;
      return keys.length === 0 ? '' : csvRecord(keys);
    },
    row: (row) => (columns.length === 0 ? '' : csvRecord(columns.map((c) => cellText(row[c])))),
    end: () => '',
  };
}

/** One JSON array, opened at the start and closed at the end, a row per line in between. */
function jsonFormatter(): RowFormatter {
  let rows = 0;
  return {
    start: () => '[',
    row(row) {
      rows += 1;
      return `${rows === 1 ? '\n' : ',\n'}${JSON.stringify(row)}`;
    },
    end: () => (rows === 0 ? ']\n' : '\n]\n'),
  };
}

/** JSON Lines: one object a line, for tools that read a stream record by record. */
function jsonLinesFormatter(): RowFormatter {
  return { start: () => '', row: (row) => `${JSON.stringify(row)}\n`, end: () => '' };
}

/** Length in characters as a terminal shows them (code points, not UTF-16 units). */
function displayLength(text: string): number {
  return Array.from(text).length;
}

/** A table cell: line breaks and tabs become visible marks so every row stays one line. */
export function tableCell(value: Plain | undefined): string {
  if (value === null || value === undefined) return 'null';
  return cellText(value).replace(/\r?\n/g, '↵').replace(/[\t\r]/g, ' ');
}

/** Cuts text to `width` characters, marking the cut with "…"; width 0 means no limit. */
export function fitWidth(text: string, width: number): string {
  if (width === 0) return text;
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayLength(text)));
  return right ? fill + text : text + fill;
}

interface Layout {
  readonly widths: number[];
  /** Right-aligned: every value seen in the sample is a number. */
  readonly numeric: boolean[];
}

/** Sizes the columns from the header and the sampled rows, capped at `maxWidth`. */
export function tableLayout(columns: readonly string[], sample: readonly Row[], maxWidth: number): Layout {
  const widths = columns.map((c) => displayLength(fitWidth(c, maxWidth)));
  const numeric = columns.map(() => true);
  for (const row of sample) {
    columns.forEach((c, i) => {
      const value = row[c];
      if (value !== null && value !== undefined && typeof value !== 'number') numeric[i] = false;
      widths[i] = Math.max(widths[i] as number, displayLength(fitWidth(tableCell(value), maxWidth)));
    });
  }
  return { widths, numeric: numeric.map((n, i) => n && sample.some((row) => typeof row[columns[i] as string] === 'number')) };
}

function tableLine(cells: readonly string[], layout: Layout, alignNumbers: boolean): string {
  const parts = cells.map((cell, i) => {
    const width = layout.widths[i] as number;
    return pad(fitWidth(cell, width), width, alignNumbers && (layout.numeric[i] as boolean));
  });
  return `${parts.join(' | ').trimEnd()}\n`;
}

/**
 * An aligned table. It holds the first `sampleRows` rows to size the columns, prints them,
 * then prints every later row at once, cutting a value wider than its column with "…". So a
 * long result streams after its first rows, at the price of a column that may be narrower
 * than a late, long value.
 */
function tableFormatter(options: FormatOptions): RowFormatter {
  const sampleRows = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  let columns: readonly string[] = [];
  let sample: Row[] | undefined = [];
  let layout: Layout | undefined;
  const rowLine = (row: Row, l: Layout): string =>
    tableLine(
      columns.map((c) => tableCell(row[c])),
      l,
      true,
    );
  const flush = (): string => {
    const held = sample ?? [];
    layout = tableLayout(columns, held, options.maxWidth);
    sample = undefined;
    const rule = `${layout.widths.map((w) => '-'.repeat(w)).join('-+-')}\n`;
    const l = layout;
    return tableLine(columns, l, false) + rule + held.map((row) => rowLine(row, l)).join('');
  };
  return {
    start(keys) {
      columns = keys;
      return '';
    },
    row(row) {
      if (columns.length === 0) return '';
      if (sample) {
        sample.push(row);
        return sample.length >= sampleRows ? flush() : '';
      }
      return rowLine(row, layout as Layout);
    },
    end: () => (columns.length > 0 && sample ? flush() : ''),
  };
}

/** The formatter for an output format. */
export function createFormatter(format: OutputFormat, options: FormatOptions): RowFormatter {
  switch (format) {
    case 'table':
      return tableFormatter(options);
    case 'csv':
      return csvFormatter();
    case 'json':
      return jsonFormatter();
    case 'jsonl':
      return jsonLinesFormatter();
  }
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The line for stderr: "83,763 rows in 1.92 s", plus what a write changed ("; 1 nodesCreated"). */
export function summaryLine(summary: StreamSummary, ms: number): string {
  const rows = `${summary.rows.toLocaleString('en-US')} ${summary.rows === 1 ? 'row' : 'rows'} in ${seconds(ms)}`;
  const updates = Object.entries(summary.updates).map(([name, n]) => `${n.toLocaleString('en-US')} ${name}`);
  return updates.length === 0 ? rows : `${rows}; ${updates.join(', ')}`;
}
