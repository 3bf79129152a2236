import { cellText, createFormatter, csvField, fitWidth, summaryLine, tableLayout } from '../../src/cli/cypher-format';
import type { RowFormatter } from '../../src/cli/cypher-format';
import type { Row } from '../../src/db/executor';

/** Runs a formatter over rows the way the command does, collecting what it would print. */
function render(formatter: RowFormatter, columns: string[], rows: Row[]): string {
  return formatter.start(columns) + rows.map((row) => formatter.row(row)).join('') + formatter.end();
}

describe('cells', () => {
  it('shows text as is, lists and maps as compact JSON, null as empty', () => {
    expect(cellText('Kabupaten Serang')).toBe('Kabupaten Serang');
    expect(cellText(42)).toBe('42');
    expect(cellText(false)).toBe('false');
    expect(cellText(['a', 1])).toBe('["a",1]');
    expect(cellText({ a: null })).toBe('{"a":null}');
    expect(cellText(null)).toBe('');
  });

  it('cuts long text with an ellipsis, counting characters not UTF-16 units', () => {
    expect(fitWidth('Kabupaten Banyuwangi', 10)).toBe('Kabupaten…');
    expect(fitWidth('short', 10)).toBe('short');
    expect(fitWidth('anything at all', 0)).toBe('anything at all');
    expect(fitWidth('😀😀😀😀😀', 4)).toBe('😀😀😀…');
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('writes a header and one CRLF-ended record per row, null as an empty field', () => {
    const out = render(createFormatter('csv', { maxWidth: 0 }), ['code', 'name', 'tags'], [
      { code: '36.04', name: 'Kabupaten Serang', tags: ['a', 'b'] },
      { code: '35.10', name: 'Say "Banyuwangi", twice', tags: null },
    ]);
    expect(out).toBe('code,name,tags\r\n36.04,Kabupaten Serang,"[""a"",""b""]"\r\n35.10,"Say ""Banyuwangi"", twice",\r\n');
  });

  it('writes the header alone for no rows, and nothing without columns', () => {
    expect(render(createFormatter('csv', { maxWidth: 0 }), ['a'], [])).toBe('a\r\n');
    expect(render(createFormatter('csv', { maxWidth: 0 }), [], [])).toBe('');
  });
});

describe('JSON', () => {
  const rows: Row[] = [
    { code: '36.04', n: 1 },
    { code: '35.10', n: null },
  ];

  it('streams one array, a row per line, that parses back to the rows', () => {
    const out = render(createFormatter('json', { maxWidth: 0 }), ['code', 'n'], rows);
    expect(out).toBe('[\n{"code":"36.04","n":1},\n{"code":"35.10","n":null}\n]\n');
    expect(JSON.parse(out)).toEqual(rows);
  });

  it('is an empty array for no rows', () => {
    expect(render(createFormatter('json', { maxWidth: 0 }), ['code'], [])).toBe('[]\n');
  });

  it('as JSON Lines is one object a line', () => {
    expect(render(createFormatter('jsonl', { maxWidth: 0 }), ['code', 'n'], rows)).toBe('{"code":"36.04","n":1}\n{"code":"35.10","n":null}\n');
  });
});

describe('the table', () => {
  it('aligns columns, numbers to the right, and shows null', () => {
    const out = render(createFormatter('table', { maxWidth: 80 }), ['code', 'name', 'villages'], [
      { code: '36.04', name: 'Kabupaten Serang', villages: 326 },
      { code: '35.10', name: 'Kabupaten Banyuwangi', villages: 217 },
      { code: '36.73', name: 'Kota Serang', villages: null },
    ]);
    expect(out).toBe(
      [
        'code  | name                 | villages',
        '------+----------------------+---------',
        '36.04 | Kabupaten Serang     |      326',
        '35.10 | Kabupaten Banyuwangi |      217',
        '36.73 | Kota Serang          |     null',
        '',
      ].join('\n'),
    );
  });

  it('prints the header alone for no rows', () => {
    expect(render(createFormatter('table', { maxWidth: 80 }), ['fact', 'problem'], [])).toBe('fact | problem\n-----+--------\n');
  });

  it('keeps every row on one line', () => {
    const out = render(createFormatter('table', { maxWidth: 80 }), ['quote'], [{ quote: 'one\ntwo\tthree' }]);
    expect(out.split('\n')[2]).toBe('one↵two three');
  });

  it('sizes columns from the first rows, prints them then, and cuts later wider values', () => {
    const formatter = createFormatter('table', { maxWidth: 80, sampleRows: 2 });
    expect(formatter.start(['name'])).toBe('');
    expect(formatter.row({ name: 'Serang' })).toBe('');
    expect(formatter.row({ name: 'Kediri' })).toBe('name\n------\nSerang\nKediri\n');
    expect(formatter.row({ name: 'Banyuwangi' })).toBe('Banyu…\n');
    expect(formatter.end()).toBe('');
  });

  it('caps a column at the maximum width', () => {
    const layout = tableLayout(['quote'], [{ quote: 'x'.repeat(500) }], 40);
    expect(layout.widths).toEqual([40]);
    const out = render(createFormatter('table', { maxWidth: 40 }), ['quote'], [{ quote: 'x'.repeat(500) }]);
    expect(out.split('\n')[2]).toBe(`${'x'.repeat(39)}…`);
  });
});

describe('the summary on stderr', () => {
  it('gives rows and time, and what a write changed', () => {
    expect(summaryLine({ rows: 83763, updates: {} }, 1923)).toBe('83,763 rows in 1.92 s');
    expect(summaryLine({ rows: 1, updates: {} }, 12_345)).toBe('1 row in 12.3 s');
    expect(summaryLine({ rows: 0, updates: { nodesCreated: 2, propertiesSet: 4 } }, 5)).toBe('0 rows in 0.01 s; 2 nodesCreated, 4 propertiesSet');
  });
});
