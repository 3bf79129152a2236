import fs from 'node:fs';
import path from 'node:path';
import { HeaderError, parseHeader, statementOf } from '../../src/cli/cypher-header';
import { LiteralError, parseCypherLiteral } from '../../src/cli/cypher-literal';

describe('Cypher literals of :param lines', () => {
  it('reads strings in either quote, with escapes', () => {
    expect(parseCypherLiteral("'36.04'")).toBe('36.04');
    expect(parseCypherLiteral('"Ratu \\"Tatu\\""')).toBe('Ratu "Tatu"');
    expect(parseCypherLiteral("'it\\'s\\n\\u00e9'")).toBe("it's\né");
  });

  it('reads numbers, booleans and null', () => {
    expect(parseCypherLiteral('20')).toBe(20);
    expect(parseCypherLiteral('-1.5e2')).toBe(-150);
    expect(parseCypherLiteral('TRUE')).toBe(true);
    expect(parseCypherLiteral('false')).toBe(false);
    expect(parseCypherLiteral('null')).toBeNull();
  });

  it('reads lists and maps, nested, with plain, quoted or backquoted keys', () => {
    expect(parseCypherLiteral("['35', '36']")).toEqual(['35', '36']);
    expect(parseCypherLiteral('[]')).toEqual([]);
    expect(parseCypherLiteral("{code: '36.04', `odd key`: [1, {x: null}], 'q': true}")).toEqual({
      code: '36.04',
      'odd key': [1, { x: null }],
      q: true,
    });
  });

  it.each([
    ["date('2017-03-22')", '"date" is not a literal'],
    ["'open", 'a string is not closed'],
    ['[1 2]', 'a list needs ","'],
    ['{a 1}', 'a ":" must follow the key "a"'],
    ['1 2', 'unexpected "2"'],
    ['', 'a value is missing'],
    ['12345678901234567890', 'too large'],
  ])('refuses %j', (text, message) => {
    expect(() => parseCypherLiteral(text)).toThrow(LiteralError);
    expect(() => parseCypherLiteral(text)).toThrow(message);
  });
});

describe('the header of a .cypher file', () => {
  const file = [
    '// Question: Who signed what,',
    '// and when?',
    '//',
    '// :param code => \'36.04\'',
    "//   :param sectorIds=>['health']",
    '// :param limit => 20',
    '//   code: a regency code.',
    '',
    '// Example result: none',
    'MATCH (r:Regency {code: $code})',
    "// :param notHeader => 'ignored below the first statement line'",
    'RETURN r;',
    '',
  ].join('\n');

  it('gives the question and the declared defaults, in order', () => {
    const header = parseHeader(file);
    expect(header.question).toBe('Who signed what, and when?');
    expect(header.params).toEqual({ code: '36.04', sectorIds: ['health'], limit: 20 });
    expect(Object.keys(header.params)).toEqual(['code', 'sectorIds', 'limit']);
  });

  it('is empty for inline text without comments', () => {
    expect(parseHeader('RETURN 1')).toEqual({ params: {}, question: null });
  });

  it('names the line of a malformed :param', () => {
    expect(() => parseHeader('// ok\n// :param code = 1\nRETURN 1')).toThrow(new HeaderError('line 2: a parameter line reads ":param name => value", not "// :param code = 1".'));
    expect(() => parseHeader("// :param d => date('2017-03-22')\nRETURN $d")).toThrow(/^line 1: the default of \$d: "date" is not a literal/);
  });

  it('sends the statement without a final semicolon', () => {
    expect(statementOf('\nMATCH (n)\nRETURN n;  \n')).toBe('MATCH (n)\nRETURN n');
    expect(statementOf("RETURN ';' AS s")).toBe("RETURN ';' AS s");
  });
});

describe('every file in cypher/examples', () => {
  const dir = path.resolve(__dirname, '../../cypher/examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher'));

  it('is at least a dozen research questions', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s has a question, parameters with defaults, an example result and uses them', (name) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const header = parseHeader(text);
    expect(header.question).toMatch(/\?/);
    expect(text).toMatch(/^\/\/ Example result/m);
    const declared = Object.keys(header.params);
    expect(declared.length).toBeGreaterThan(0);
    const body = statementOf(text.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n'));
    const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...declared].sort());
  });

  it.each(files)('%s only reads (no write clause)', (name) => {
    const body = fs
      .readFileSync(path.join(dir, name), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n');
    expect(body).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|LOAD CSV)\b/i);
  });
});
