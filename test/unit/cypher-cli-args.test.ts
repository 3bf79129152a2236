import { DEFAULT_MAX_WIDTH, UsageError, mergeParams, paramNotes, parseCypherArgs, parseParamValue } from '../../src/cli/cypher-args';

describe('the cypher command line', () => {
  it('takes a file or a query with table output, read-only, by default', () => {
    expect(parseCypherArgs(['cypher/examples/mou-network.cypher'])).toEqual({
      help: false,
      query: 'cypher/examples/mou-network.cypher',
      params: [],
      format: 'table',
      write: false,
      maxWidth: DEFAULT_MAX_WIDTH,
    });
  });

  it('reads parameters in order, split at the first "=" only', () => {
    const args = parseCypherArgs(['MATCH (n) RETURN n', '--param', 'code=36.04', '-p', 'q=a=b', '--param=empty=']);
    expect(args).toMatchObject({ params: [{ name: 'code', raw: '36.04' }, { name: 'q', raw: 'a=b' }, { name: 'empty', raw: '' }] });
  });

  it('reads the format, the width and --write, as separate or inline values', () => {
    expect(parseCypherArgs(['q.cypher', '--format', 'csv'])).toMatchObject({ format: 'csv' });
    expect(parseCypherArgs(['q.cypher', '--format=JSON'])).toMatchObject({ format: 'json' });
    expect(parseCypherArgs(['q.cypher', '-f', 'jsonl', '--write', '--max-width', '0'])).toMatchObject({
      format: 'jsonl',
      write: true,
      maxWidth: 0,
    });
  });

  it('answers --help wherever it stands', () => {
    expect(parseCypherArgs(['--help'])).toEqual({ help: true });
    expect(parseCypherArgs(['q.cypher', '-h', '--format', 'nope'])).toEqual({ help: true });
  });

  it('takes a query that starts with a dash after --', () => {
    expect(parseCypherArgs(['--', '-weird.cypher'])).toMatchObject({ query: '-weird.cypher' });
  });

  it.each([
    [[], 'Give a .cypher file or a query in quotes'],
    [['a.cypher', 'b.cypher'], 'Give one file or one query in quotes, not 2 arguments'],
    [['q', '--format', 'xml'], '--format must be one of table, csv, json, jsonl, not "xml"'],
    [['q', '--format'], '--format needs a value'],
    [['q', '--param', 'code'], '--param takes name=value'],
    [['q', '--param', '1x=2'], '--param takes name=value'],
    [['q', '--max-width', '2'], '--max-width must be 0 (no limit) or a whole number of at least 4'],
    [['q', '--write=yes'], '--write takes no value'],
    [['q', '--limit', '3'], 'Unknown option "--limit"'],
  ])('refuses %j with a sentence', (argv, message) => {
    expect(() => parseCypherArgs(argv)).toThrow(UsageError);
    expect(() => parseCypherArgs(argv)).toThrow(message);
  });
});

describe('a --param value', () => {
  it('is JSON when it parses: numbers, booleans, null, lists, maps, quoted text', () => {
    expect(parseParamValue('42')).toBe(42);
    expect(parseParamValue('2.5')).toBe(2.5);
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('null')).toBeNull();
    expect(parseParamValue('["36.04", 1]')).toEqual(['36.04', 1]);
    expect(parseParamValue('{"a": [1]}')).toEqual({ a: [1] });
    expect(parseParamValue('"36.04"')).toBe('36.04');
  });

  it('is the text as typed otherwise', () => {
    expect(parseParamValue('Banyuwangi')).toBe('Banyuwangi');
    expect(parseParamValue('36.04.01')).toBe('36.04.01');
    expect(parseParamValue('')).toBe('');
    expect(parseParamValue("['single']")).toBe("['single']");
  });

  it('stays text when the file declares a text default, so 35.10 is not the number 35.1', () => {
    expect(parseParamValue('35.10', '36.04')).toBe('35.10');
    expect(parseParamValue('36', '')).toBe('36');
    expect(parseParamValue('"quoted"', '36.04')).toBe('quoted');
    expect(parseParamValue('35.10', null)).toBe(35.1);
  });

  it('overrides the file defaults and keeps the others', () => {
    const defaults = { code: '36.04', limit: 20, kinds: ['MOU'] };
    expect(mergeParams(defaults, [{ name: 'code', raw: '35.10' }, { name: 'limit', raw: '5' }, { name: 'extra', raw: 'x' }])).toEqual({
      code: '35.10',
      limit: 5,
      kinds: ['MOU'],
      extra: 'x',
    });
  });

  it('gets a note when its name is not declared or when a code-like value becomes a number', () => {
    expect(paramNotes({ code: '36.04' }, [{ name: 'cod', raw: '35.10' }])).toEqual([
      'Note: the file declares no parameter $cod (it declares $code).',
      `Note: $cod is sent as the number 35.1; for text such as a region code, quote it: cod='"35.10"'.`,
    ]);
    expect(paramNotes({}, [{ name: 'x', raw: '1' }])).toEqual([]);
    expect(paramNotes({ code: '36.04' }, [{ name: 'code', raw: '35.10' }])).toEqual([]);
  });
});
