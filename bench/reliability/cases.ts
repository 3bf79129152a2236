/**
 * Hostile requests, by class, as a client at fault would send them. Deterministic (a seeded
 * generator), so a run can be repeated and a failing case named by its class and index. Every
 * case here is the client's fault: the only acceptable answers are 4xx with a code (or a 200
 * where the request is in fact valid, e.g. an unknown id answers null).
 */

export type CaseClass =
  | 'wrong-types'
  | 'out-of-range'
  | 'invalid-cursor'
  | 'long-strings'
  | 'injection'
  | 'deep-nesting'
  | 'alias-bombs'
  | 'fragment-cycles'
  | 'limits'
  | 'protocol'
  | 'get';

export const CASE_CLASSES: readonly CaseClass[] = [
  'wrong-types',
  'out-of-range',
  'invalid-cursor',
  'long-strings',
  'injection',
  'deep-nesting',
  'alias-bombs',
  'fragment-cycles',
  'limits',
  'protocol',
  'get',
];

export interface FuzzCase {
  readonly class: CaseClass;
  readonly name: string;
  readonly method: string;
  /** Path and query string, e.g. `/graphql?query=...`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** A small seeded generator (mulberry32): the same seed gives the same cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function post(klass: CaseClass, name: string, query: string, variables?: unknown): FuzzCase {
  const body = JSON.stringify(variables === undefined ? { query } : { query, variables });
  return { class: klass, name, method: 'POST', path: '/graphql', headers: JSON_HEADERS, body };
}

function raw(klass: CaseClass, name: string, method: string, headers: Record<string, string>, body?: string, path = '/graphql'): FuzzCase {
  return { class: klass, name, method, path, headers, body };
}

/** Root lists and the fields each can show; used to build syntactically valid queries. */
const LISTS = ['provinces', 'regencies', 'districts', 'villages', 'officials', 'agencies', 'programs', 'agreements'] as const;
const LIST_FIELD: Readonly<Record<(typeof LISTS)[number], string>> = {
  provinces: 'code',
  regencies: 'code',
  districts: 'code',
  villages: 'code',
  officials: 'id',
  agencies: 'id',
  programs: 'id',
  agreements: 'id',
};
const SINGLES = [
  ['province', 'code'],
  ['regency', 'code'],
  ['district', 'code'],
  ['village', 'code'],
  ['official', 'id'],
  ['agency', 'id'],
  ['program', 'id'],
  ['agreement', 'id'],
  ['sector', 'id'],
  ['source', 'id'],
  ['claim', 'id'],
] as const;

function listQuery(list: (typeof LISTS)[number], args: string): string {
  return `{ ${list}(${args}) { totalCount edges { cursor node { ${LIST_FIELD[list]} } } } }`;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const WRONG_VALUES = ['"ten"', '1.5', 'true', 'null', '[1, 2]', '{ a: 1 }', 'NOPE', '$undeclared', '""', '-'];
const WRONG_VARIABLES: readonly unknown[] = ['ten', 1.5, true, null, [1, 2], { a: 1 }, '', 1e308, -0.5, '36'];

function wrongTypes(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const value = pick(random, WRONG_VALUES);
    const list = pick(random, LISTS);
    const [single, key] = pick(random, SINGLES);
    const variable = pick(random, WRONG_VARIABLES);
    switch (i % 10) {
      case 0:
        cases.push(post('wrong-types', `first: ${value}`, listQuery(list, `first: ${value}`)));
        break;
      case 1:
        cases.push(post('wrong-types', `${single}(${key}: ${value})`, `{ ${single}(${key}: ${value}) { ${key} } }`));
        break;
      case 2:
        cases.push(post('wrong-types', `where: ${value}`, listQuery(list, `where: ${value}`)));
        break;
      case 3:
        cases.push(post('wrong-types', `sort: ${value}`, listQuery(list, `sort: ${value === 'null' ? '[{ field: NOPE }]' : value}`)));
        break;
      case 4:
        cases.push(post('wrong-types', `$first = ${JSON.stringify(variable)}`, `query Q($first: Int!) { ${list}(first: $first) { totalCount } }`, { first: variable }));
        break;
      case 5:
        cases.push(post('wrong-types', `$code = ${JSON.stringify(variable)}`, `query Q($code: ID!) { ${single}(${key}: $code) { ${key} } }`, { code: variable }));
        break;
      case 6:
        cases.push(post('wrong-types', `neighbourhood depth ${value}`, `{ neighbourhood(of: "Regency:36.04", depth: ${value}) { truncated } }`));
        break;
      case 7:
        cases.push(post('wrong-types', `$where = ${JSON.stringify(variable)}`, `query Q($where: RegencyWhere) { regencies(where: $where) { totalCount } }`, { where: variable }));
        break;
      case 8:
        cases.push(post('wrong-types', `in: ${value}`, listQuery('regencies', `where: { code: { in: ${value} } }`)));
        break;
      default:
        cases.push(post('wrong-types', `cooperationNetwork(from: ${value})`, `{ cooperationNetwork(from: ${value}) { nodes { ref } } }`));
    }
  }
  return cases;
}

const NUMBERS = ['-1', '0', '101', '1000', '2147483647', '-2147483648', '2147483648', '99999999999999999999', '1e3', '-0'];

function outOfRange(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const n = pick(random, NUMBERS);
    const list = pick(random, LISTS);
    switch (i % 9) {
      case 0:
        cases.push(post('out-of-range', `first: ${n}`, listQuery(list, `first: ${n}`)));
        break;
      case 1:
        cases.push(post('out-of-range', `search first ${n}`, `{ search(query: "serang", first: ${n}) { score } }`));
        break;
      case 2:
        cases.push(post('out-of-range', `neighbourhood depth ${n}`, `{ neighbourhood(of: "Regency:36.04", depth: ${n}) { truncated } }`));
        break;
      case 3:
        cases.push(post('out-of-range', `neighbourhood limit ${n}`, `{ neighbourhood(of: "Regency:36.04", limit: ${n}) { truncated } }`));
        break;
      case 4:
        cases.push(post('out-of-range', `path maxLength ${n}`, `{ path(from: "Regency:36.04", to: "Regency:35.10", maxLength: ${n}) { length } }`));
        break;
      case 5:
        cases.push(post('out-of-range', `count gte ${n}`, listQuery('programs', `where: { adopters: { count: { gte: ${n} } } }`)));
        break;
      case 6: {
        const date = pick(random, ['"2017-02-30"', '"9999-99-99"', '"0000-00-00"', '"-2017-03-22"', '"2017-3-22"', '"20170322"', '"2017-03-22T00:00:00Z"', '"+275760-09-13"']);
        cases.push(post('out-of-range', `date ${date}`, `{ cooperationNetwork(from: ${date}) { nodes { ref } } }`));
        break;
      }
      case 7:
        cases.push(post('out-of-range', `period reversed`, `{ cooperationNetwork(from: "2018-01-01", to: "2017-01-01") { nodes { ref } } }`));
        break;
      default:
        cases.push(post('out-of-range', `regency head asOf`, `{ regency(code: "36.04") { head(asOf: ${pick(random, ['"2017-13-01"', '"x"', '"99999-01-01"'])}) { name } } }`));
    }
  }
  return cases;
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const CURSORS = [
  '',
  'abc',
  '!!!',
  '====',
  b64('[]'),
  b64('null'),
  b64('{"a":1}'),
  b64('["k"]'),
  b64('["k",5]'),
  b64('["s","x",5]'),
  b64('["s","code:ASC",[{"a":1}]]'),
  b64('["s","code:ASC",[null,null,null,null]]'),
  b64('["s","NAME:ASC|code:ASC",["x"]]'),
  b64('["s","NAME:DESC|code:ASC",[1e308,"x"]]'),
  b64('["s","NAME:ASC|code:ASC",[["nested"],{"o":1}]]'),
  b64('['.repeat(5000) + ']'.repeat(5000)),
  'x'.repeat(20000),
  b64('"\u0000"'),
  '%00',
  b64('["k","\' OR 1=1 //"]'),
];

function invalidCursor(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const cursor = CURSORS[i % CURSORS.length];
    const list = pick(random, LISTS);
    const sort = pick(random, ['', ', sort: [{ field: NAME }]', ', sort: [{ field: NAME, direction: DESC }]']);
    const useVariable = random() < 0.5;
    cases.push(
      useVariable
        ? post('invalid-cursor', `${list} $after #${i % CURSORS.length}`, `query Q($after: String) { ${list}(first: 2, after: $after${list === 'agreements' || list === 'officials' ? '' : sort}) { totalCount } }`, { after: cursor })
        : post('invalid-cursor', `${list} after #${i % CURSORS.length}`, `{ ${list}(first: 2, after: ${JSON.stringify(cursor)}) { totalCount } }`),
    );
  }
  return cases;
}

function longString(random: () => number): string {
  const length = pick(random, [1_000, 5_000, 20_000, 60_000, 90_000]);
  const unit = pick(random, ['a', 'ä', '36.', '%', '\\', '"', ' ', 'Kab. ', '🙂']);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function longStrings(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const text = longString(random);
    const list = pick(random, LISTS);
    const [single, key] = pick(random, SINGLES);
    switch (i % 6) {
      case 0:
        cases.push(post('long-strings', `search ${text.length}`, 'query Q($q: String!) { search(query: $q) { score } }', { q: text }));
        break;
      case 1:
        cases.push(post('long-strings', `${single} ${text.length}`, `query Q($k: ID!) { ${single}(${key}: $k) { ${key} } }`, { k: text }));
        break;
      case 2:
        cases.push(post('long-strings', `contains ${text.length}`, `query Q($t: String) { regencies(where: { name: { contains: $t } }) { totalCount } }`, { t: text }));
        break;
      case 3:
        cases.push(post('long-strings', `startsWith ${text.length}`, `query Q($t: String) { ${list}(where: { ${LIST_FIELD[list]}: { startsWith: $t } }) { totalCount } }`, { t: text }));
        break;
      case 4:
        cases.push(post('long-strings', `entity ${text.length}`, 'query Q($r: ID!) { entity(ref: $r) { __typename } }', { r: `Regency:${text}` }));
        break;
      default:
        cases.push(post('long-strings', `literal ${text.length}`, `{ regencies(name: ${JSON.stringify(text)}) { totalCount } }`));
    }
  }
  return cases;
}

const INJECTIONS = [
  "' OR 1=1 --",
  '") MATCH (n) DETACH DELETE n //',
  "36.04' }) MATCH (n) RETURN n //",
  '`) RETURN 1 //',
  '{{where}}',
  '$code',
  '${process.env}',
  '\u0000',
  '\\',
  '\\u0000',
  '.*',
  '(?i).*',
  '[a-',
  '%',
  '_',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\ud800',
  '\u202eserang',
  'Regency:36.04") RETURN 1 //',
  'Regency:',
  ':',
  'Foo:bar',
  'Regency:36.04:x',
  '__proto__',
  'constructor',
  '{"$gt": ""}',
  'CALL dbms.components()',
  'null',
  '36.04\n',
];

function injection(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const text = INJECTIONS[i % INJECTIONS.length];
    const list = pick(random, LISTS);
    const [single, key] = pick(random, SINGLES);
    const variables = { t: text };
    switch (Math.floor(i / INJECTIONS.length) % 9) {
      case 0:
        cases.push(post('injection', `search #${i % INJECTIONS.length}`, 'query Q($t: String!) { search(query: $t) { score } }', variables));
        break;
      case 1:
        cases.push(post('injection', `${single} #${i % INJECTIONS.length}`, `query Q($t: ID!) { ${single}(${key}: $t) { ${key} } }`, variables));
        break;
      case 2:
        cases.push(post('injection', `entity #${i % INJECTIONS.length}`, 'query Q($t: ID!) { entity(ref: $t) { __typename } }', variables));
        break;
      case 3:
        cases.push(post('injection', `path #${i % INJECTIONS.length}`, 'query Q($t: ID!) { path(from: $t, to: "Regency:36.04") { length } }', variables));
        break;
      case 4:
        cases.push(post('injection', `contains #${i % INJECTIONS.length}`, `query Q($t: String) { ${list}(where: { OR: [{ ${LIST_FIELD[list]}: { startsWith: $t } }] }) { totalCount } }`, variables));
        break;
      case 5:
        cases.push(post('injection', `name #${i % INJECTIONS.length}`, `query Q($t: String) { regencies(name: $t) { totalCount } }`, variables));
        break;
      case 6:
        cases.push(post('injection', `in #${i % INJECTIONS.length}`, `query Q($t: ID!) { ${list}(where: { ${LIST_FIELD[list]}: { in: [$t, "36"] } }) { totalCount } }`, variables));
        break;
      case 7:
        cases.push(post('injection', `neighbourhood #${i % INJECTIONS.length}`, 'query Q($t: ID!) { neighbourhood(of: $t) { truncated } }', variables));
        break;
      default:
        cases.push(post('injection', `cooperation #${i % INJECTIONS.length}`, 'query Q($t: ID) { cooperationNetwork(provinceCode: $t, sectorId: $t) { nodes { ref } } }', variables));
    }
  }
  return cases;
}

/** `{ regency { province { regencies { province ... } } } }`, `levels` fields deep. */
function nestedFields(levels: number): string {
  let inner = 'code';
  for (let level = levels; level > 1; level--) inner = level % 2 === 0 ? `province { ${inner} }` : `regencies { ${inner} }`;
  return `{ regency(code: "36.04") { ${inner} } }`;
}

function nestedWhere(levels: number, operator: 'AND' | 'OR' | 'NOT' | 'some'): string {
  let where = '{ code: { eq: "36.04" } }';
  for (let level = 0; level < levels; level++) {
    where =
      operator === 'NOT' ? `{ NOT: ${where} }` : operator === 'some' ? `{ districts: { some: { regency: ${where} } } }` : `{ ${operator}: [${where}] }`;
  }
  return listQuery('regencies', `where: ${where}`);
}

/** A where variable of `levels` nested ANDs, as JSON text (too deep for JSON.stringify to write). */
function nestedWhereBody(levels: number): string {
  const where = `${'{"AND":['.repeat(levels)}{"code":{"eq":"36.04"}}${']}'.repeat(levels)}`;
  return `{"query":"query Q($w: RegencyWhere) { regencies(where: $w) { totalCount } }","variables":{"w":${where}}}`;
}

function deepNesting(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const levels = pick(random, [7, 13, 20, 50, 200, 1000]);
    switch (i % 5) {
      case 0:
        cases.push(post('deep-nesting', `fields ${levels}`, nestedFields(levels)));
        break;
      case 1:
        cases.push(post('deep-nesting', `where AND ${levels}`, nestedWhere(levels, pick(random, ['AND', 'OR'] as const))));
        break;
      case 2:
        cases.push(post('deep-nesting', `where NOT/some ${levels}`, nestedWhere(Math.min(levels, 500), pick(random, ['NOT', 'some'] as const))));
        break;
      case 3:
        cases.push(raw('deep-nesting', `$where ${levels * 10}`, 'POST', JSON_HEADERS, nestedWhereBody(levels * 10)));
        break;
      default: {
        const depth = levels * 20;
        const body = `{"query":"query Q($w: [ID!]) { regencies(where: { code: { in: $w } }) { totalCount } }","variables":{"w":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
        cases.push(raw('deep-nesting', `JSON array ${depth}`, 'POST', JSON_HEADERS, body));
      }
    }
  }
  return cases;
}

function aliases(n: number, field: (i: number) => string): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
}

function aliasBombs(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const n = pick(random, [16, 50, 100, 1000, 5000]);
    switch (i % 4) {
      case 0:
        cases.push(post('alias-bombs', `${n} contains`, aliases(n, () => 'villages(first: 100, where: { name: { contains: "a" } }) { totalCount }')));
        break;
      case 1:
        cases.push(post('alias-bombs', `${n} search`, aliases(n, (j) => `search(query: "serang${j}") { score }`)));
        break;
      case 2:
        cases.push(post('alias-bombs', `${n} __typename`, aliases(n, () => '__typename')));
        break;
      default:
        cases.push(post('alias-bombs', `${n} statistics`, aliases(n, () => 'statistics { provinces { villages } }')));
    }
  }
  return cases;
}

/**
 * The request of the issue: about 1 KB, fragments F0..F23 where each spreads the next twice
 * (under two aliases of a field, so validation cannot merge them away); expanded, 2^24 spreads.
 */
export function fragmentDagQuery(levels = 24): string {
  const fragments: string[] = [];
  for (let level = 0; level < levels; level++) {
    const body = level === levels - 1 ? 'code' : `...F${level + 1} ...F${level + 1}`;
    fragments.push(`fragment F${level} on Regency { ${body} }`);
  }
  return `{ regency(code: "36.04") { ...F0 } } ${fragments.join(' ')}`;
}

function fragmentCycles(random: () => number, count: number): FuzzCase[] {
  const shapes: Array<() => [string, string]> = [
    () => ['self cycle', '{ regency(code: "36.04") { ...A } } fragment A on Regency { ...A }'],
    () => ['two cycle', '{ regency(code: "36.04") { ...A } } fragment A on Regency { ...B } fragment B on Regency { ...A }'],
    () => {
      const n = pick(random, [10, 100, 300]);
      const fragments = Array.from({ length: n }, (_, j) => `fragment F${j} on Regency { code ...F${(j + 1) % n} }`).join(' ');
      return [`cycle of ${n}`, `{ regency(code: "36.04") { ...F0 } } ${fragments}`];
    },
    () => ['cycle through a field', '{ regency(code: "36.04") { ...A } } fragment A on Regency { province { ...B } } fragment B on Province { regencies { ...A } }'],
    () => ['unknown fragment', '{ regency(code: "36.04") { ...Nope } }'],
    () => ['wrong type', '{ regency(code: "36.04") { ...A } } fragment A on Village { code }'],
    () => [`DAG ${pick(random, [16, 20, 24, 30])}`, fragmentDagQuery(pick(random, [16, 20, 24, 30]))],
    () => ['DAG 24 (the issue)', fragmentDagQuery(24)],
    () => ['duplicate fragment names', '{ regency(code: "36.04") { ...A } } fragment A on Regency { code } fragment A on Regency { name }'],
  ];
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const [name, query] = shapes[i % shapes.length]();
    cases.push(post('fragment-cycles', name, query));
  }
  return cases;
}

function limits(random: () => number, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    switch (i % 6) {
      case 0: {
        const n = pick(random, [1_001, 5_000, 10_000]);
        const codes = Array.from({ length: n }, (_, j) => `36.${String(j).padStart(2, '0')}`);
        cases.push(post('limits', `in of ${n}`, 'query Q($c: [ID!]) { regencies(where: { code: { in: $c } }) { totalCount } }', { c: codes }));
        break;
      }
      case 1: {
        const n = pick(random, [51, 200, 1000]);
        cases.push(post('limits', `${n} directives`, `{ regency(code: "36.04") { code ${'@include(if: true) '.repeat(n)} } }`));
        break;
      }
      case 2: {
        const n = pick(random, [1_001, 3_000, 20_000]);
        cases.push(post('limits', `${n} tokens`, `{ regency(code: "36.04") { ${'code '.repeat(n)} } }`));
        break;
      }
      case 3:
        cases.push(post('limits', 'costly', '{ regencies(first: 100) { edges { node { districts(first: 100) { edges { node { villages(first: 100) { totalCount } } } } } } } }'));
        break;
      case 4: {
        const n = pick(random, [60, 150, 400]);
        const spreads = Array.from({ length: n }, (_, j) => `...F${j}`).join(' ');
        const fragments = Array.from({ length: n }, (_, j) => `fragment F${j} on Regency { code }`).join(' ');
        cases.push(post('limits', `${n} fragments`, `{ regency(code: "36.04") { ${spreads} } } ${fragments}`));
        break;
      }
      default: {
        const n = pick(random, [40, 200, 1000]);
        const conditions = Array.from({ length: n }, (_, j) => `{ name: { contains: "x${j}" } }`).join(', ');
        cases.push(post('limits', `OR of ${n}`, listQuery('villages', `where: { OR: [${conditions}] }`)));
      }
    }
  }
  return cases;
}

const PROTOCOL: readonly FuzzCase[] = [
  raw('protocol', 'invalid JSON', 'POST', JSON_HEADERS, '{"query": '),
  raw('protocol', 'empty body', 'POST', JSON_HEADERS, ''),
  raw('protocol', 'body null', 'POST', JSON_HEADERS, 'null'),
  raw('protocol', 'body number', 'POST', JSON_HEADERS, '42'),
  raw('protocol', 'body string', 'POST', JSON_HEADERS, '"{ sectors { id } }"'),
  raw('protocol', 'batch array', 'POST', JSON_HEADERS, '[{"query":"{ sectors { id } }"}]'),
  raw('protocol', 'empty batch', 'POST', JSON_HEADERS, '[]'),
  raw('protocol', 'query number', 'POST', JSON_HEADERS, '{"query": 5}'),
  raw('protocol', 'query object', 'POST', JSON_HEADERS, '{"query": {"a": 1}}'),
  raw('protocol', 'no query', 'POST', JSON_HEADERS, '{"variables": {}}'),
  raw('protocol', 'empty query', 'POST', JSON_HEADERS, '{"query": ""}'),
  raw('protocol', 'variables string', 'POST', JSON_HEADERS, '{"query": "{ sectors { id } }", "variables": "x"}'),
  raw('protocol', 'variables array', 'POST', JSON_HEADERS, '{"query": "{ sectors { id } }", "variables": [1]}'),
  raw('protocol', 'operationName number', 'POST', JSON_HEADERS, '{"query": "{ sectors { id } }", "operationName": 5}'),
  raw('protocol', 'unknown operationName', 'POST', JSON_HEADERS, '{"query": "query A { sectors { id } }", "operationName": "B"}'),
  raw('protocol', 'two anonymous operations', 'POST', JSON_HEADERS, '{"query": "{ sectors { id } } { sources { id } }"}'),
  raw('protocol', 'two operations, no name', 'POST', JSON_HEADERS, '{"query": "query A { sectors { id } } query B { sources { id } }"}'),
  raw('protocol', 'mutation', 'POST', JSON_HEADERS, '{"query": "mutation { x }"}'),
  raw('protocol', 'subscription', 'POST', JSON_HEADERS, '{"query": "subscription { x }"}'),
  raw('protocol', 'extensions string', 'POST', JSON_HEADERS, '{"query": "{ sectors { id } }", "extensions": "x"}'),
  raw('protocol', 'bogus persisted query', 'POST', JSON_HEADERS, '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}'),
  raw('protocol', 'persisted query version 2', 'POST', JSON_HEADERS, '{"extensions": {"persistedQuery": {"version": 2, "sha256Hash": "abc"}}}'),
  raw('protocol', 'text/plain', 'POST', { 'content-type': 'text/plain' }, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'form urlencoded', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, 'query=%7B%20sectors%20%7B%20id%20%7D%20%7D'),
  raw('protocol', 'multipart', 'POST', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\n\r\n--x--'),
  raw('protocol', 'no content-type', 'POST', {}, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'application/graphql', 'POST', { 'content-type': 'application/graphql' }, '{ sectors { id } }'),
  raw('protocol', 'json with odd charset', 'POST', { 'content-type': 'application/json; charset=latin-9' }, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'gzip claimed', 'POST', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'invalid UTF-8', 'POST', JSON_HEADERS, Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]).toString('latin1')),
  raw('protocol', 'BOM', 'POST', JSON_HEADERS, '\ufeff{"query": "{ sectors { id } }"}'),
  raw('protocol', 'body over 100 KB', 'POST', JSON_HEADERS, `{"query": "{ sectors { id } }", "variables": {"x": "${'a'.repeat(150_000)}"}}`),
  raw('protocol', 'body over 1 MB', 'POST', JSON_HEADERS, `{"query": "${' '.repeat(1_200_000)}{ sectors { id } }"}`),
  raw('protocol', 'PUT', 'PUT', JSON_HEADERS, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'DELETE', 'DELETE', JSON_HEADERS, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'PATCH', 'PATCH', JSON_HEADERS, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'OPTIONS', 'OPTIONS', {}),
  raw('protocol', 'accept text/html POST', 'POST', { ...JSON_HEADERS, accept: 'text/html' }, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'accept nothing acceptable', 'POST', { ...JSON_HEADERS, accept: 'image/png' }, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'accept multipart', 'POST', { ...JSON_HEADERS, accept: 'multipart/mixed; deferSpec=20220824' }, '{"query": "{ sectors { id } }"}'),
  raw('protocol', 'syntax error', 'POST', JSON_HEADERS, '{"query": "{ sectors { id }"}'),
  raw('protocol', 'lexer error', 'POST', JSON_HEADERS, '{"query": "{ sectors { id ^ } }"}'),
  raw('protocol', 'unterminated string', 'POST', JSON_HEADERS, '{"query": "{ regency(code: \\"36.04) { code } }"}'),
  raw('protocol', 'invalid escape', 'POST', JSON_HEADERS, '{"query": "{ regency(code: \\"\\\\uZZZZ\\") { code } }"}'),
  raw('protocol', 'defer', 'POST', JSON_HEADERS, '{"query": "{ regency(code: \\"36.04\\") { code ... @defer { name } } }"}'),
  raw('protocol', 'unknown directive', 'POST', JSON_HEADERS, '{"query": "{ regency(code: \\"36.04\\") @nope { code } }"}'),
  raw('protocol', 'skip with variable missing', 'POST', JSON_HEADERS, '{"query": "query Q($s: Boolean!) { sectors @skip(if: $s) { id } }"}'),
  raw('protocol', 'path with dots', 'GET', {}, undefined, '/../../etc/passwd'),
  raw('protocol', 'odd path', 'POST', JSON_HEADERS, '{"query": "{ sectors { id } }"}', '/graphql/%ff%fe'),
  raw('protocol', 'query string junk', 'POST', JSON_HEADERS, '{"query": "{ sectors { id } }"}', '/graphql?%%%'),
  raw('protocol', 'introspection in production', 'POST', JSON_HEADERS, '{"query": "{ __schema { types { name } } }"}'),
  raw('protocol', '__type in production', 'POST', JSON_HEADERS, '{"query": "{ __type(name: \\"Regency\\") { name } }"}'),
  raw('protocol', 'suggestion bait', 'POST', JSON_HEADERS, '{"query": "{ regencie { code } }"}'),
];

function protocol(_random: () => number, count: number): FuzzCase[] {
  return Array.from({ length: count }, (_, i) => PROTOCOL[i % PROTOCOL.length]);
}

function get(random: () => number, count: number): FuzzCase[] {
  const shapes: Array<() => [string, string, Record<string, string>]> = [
    () => ['GET no query', '/graphql', {}],
    () => ['GET query', `/graphql?query=${encodeURIComponent('{ sectors { id } }')}`, {}],
    () => ['GET query, preflight header', `/graphql?query=${encodeURIComponent('{ sectors { id } }')}`, { 'apollo-require-preflight': 'true' }],
    () => ['GET mutation', `/graphql?query=${encodeURIComponent('mutation { x }')}`, { 'apollo-require-preflight': 'true' }],
    () => ['GET bad variables', `/graphql?query=${encodeURIComponent('query Q($c: ID!) { regency(code: $c) { code } }')}&variables=%7Bnot-json`, { 'apollo-require-preflight': 'true' }],
    () => ['GET variables array', `/graphql?query=${encodeURIComponent('{ sectors { id } }')}&variables=%5B1%5D`, { 'apollo-require-preflight': 'true' }],
    () => ['GET extensions junk', `/graphql?query=${encodeURIComponent('{ sectors { id } }')}&extensions=x`, { 'apollo-require-preflight': 'true' }],
    () => ['GET two queries', `/graphql?query=a&query=b`, { 'apollo-require-preflight': 'true' }],
    () => ['GET html', '/graphql', { accept: 'text/html' }],
    () => ['GET long query', `/graphql?query=${encodeURIComponent(`{ search(query: "${'a'.repeat(pick(random, [5000, 30000]))}") { score } }`)}`, { 'apollo-require-preflight': 'true' }],
    () => ['GET first 101', `/graphql?query=${encodeURIComponent('{ regencies(first: 101) { totalCount } }')}`, { 'apollo-require-preflight': 'true' }],
    () => ['GET root', '/', {}],
    () => ['HEAD', '/graphql', {}],
  ];
  const cases: FuzzCase[] = [];
  for (let i = 0; cases.length < count; i++) {
    const [name, path, headers] = shapes[i % shapes.length]();
    cases.push(raw('get', name, name === 'HEAD' ? 'HEAD' : 'GET', headers, undefined, path));
  }
  return cases;
}

const GENERATORS: Record<CaseClass, (random: () => number, count: number) => FuzzCase[]> = {
  'wrong-types': wrongTypes,
  'out-of-range': outOfRange,
  'invalid-cursor': invalidCursor,
  'long-strings': longStrings,
  injection,
  'deep-nesting': deepNesting,
  'alias-bombs': aliasBombs,
  'fragment-cycles': fragmentCycles,
  limits,
  protocol,
  get,
};

/** `perClass` cases of each class (protocol and GET cases repeat their fixed list). */
export function fuzzCases(perClass: number, seed = 14, classes: readonly CaseClass[] = CASE_CLASSES): FuzzCase[] {
  return classes.flatMap((klass, i) => GENERATORS[klass](seededRandom(seed + i), perClass));
}
