import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { compileSort, compileWhere, ParamBag } from '../../src/filter/compile';
import { SortDirection } from '../../src/filter/inputs';
import { sortSpec, whereSpec } from '../../src/filter/spec';

const REGENCY_WHERE = whereSpec('Regency');
const REGENCY_SORT = sortSpec('Regency');
const PROGRAM_WHERE = whereSpec('Program');
const PROGRAM_SORT = sortSpec('Program');

describe('compileWhere', () => {
  it('compiles nothing to true', () => {
    expect(compileWhere(REGENCY_WHERE, null, 'n', new ParamBag())).toBe('true');
    expect(compileWhere(REGENCY_WHERE, {}, 'n', new ParamBag())).toBe('true');
  });

  it('keeps every value in a parameter and folds names', () => {
    const bag = new ParamBag();
    const cypher = compileWhere(REGENCY_WHERE, { code: { in: ['36.04', "x' OR 1=1"] }, name: { contains: 'Kab. Serang' } }, 'n', bag);
    expect(cypher).toBe('n.code IN $w0 AND n.searchText CONTAINS $w1');
    expect(bag.values).toEqual({ w0: ['36.04', "x' OR 1=1"], w1: 'kabupaten serang' });
  });

  it('compiles AND, OR and NOT', () => {
    const bag = new ParamBag();
    const cypher = compileWhere(
      REGENCY_WHERE,
      { OR: [{ provinceCode: { eq: '36' } }, { code: { eq: '35.10' } }], NOT: { kind: { eq: 'CITY' } } },
      'n',
      bag,
    );
    expect(cypher).toBe('(n.code STARTS WITH $w0 OR n.code = $w1) AND NOT (n.kind = $w2)');
    expect(bag.values.w0).toBe('36.');
  });

  it('reads "in regency 36.04" as a range of the code, at any depth, instead of walking', () => {
    const village = whereSpec('Village');
    const compiled = (spec: typeof village, where: Record<string, unknown>): [string, Record<string, unknown>] => {
      const bag = new ParamBag();
      return [compileWhere(spec, where, 'n', bag), bag.values];
    };
    expect(compiled(village, { district: { regency: { code: { eq: '36.04' } } } })).toEqual(['n.code STARTS WITH $w0', { w0: '36.04.' }]);
    expect(compiled(village, { district: { regencyCode: { eq: '36.04' } } })).toEqual(['n.code STARTS WITH $w0', { w0: '36.04.' }]);
    expect(compiled(village, { district: { regency: { province: { code: { eq: '36' } } } } })).toEqual(['n.code STARTS WITH $w0', { w0: '36.' }]);
    expect(compiled(village, { districtCode: { startsWith: '36.04.' } })).toEqual(['n.code STARTS WITH $w0', { w0: '36.04.' }]);
    // A list of codes is no one range: the copy of the key answers it.
    expect(compiled(village, { district: { code: { in: ['36.04.01', '36.04.02'] } } })).toEqual(['n.districtCode IN $w0', { w0: ['36.04.01', '36.04.02'] }]);
    // A regency "code" that is no regency code, or a prefix longer than one, matches nothing.
    expect(compiled(village, { district: { regency: { code: { eq: '36' } } } })).toEqual(['false', {}]);
    expect(compiled(village, { districtCode: { startsWith: '36.04.01.2' } })).toEqual(['false', {}]);
    // Anything more than a key is walked, as before.
    expect(compiled(village, { district: { regency: { code: { eq: '36.04' }, kind: { eq: 'CITY' } } } })[0]).toBe(
      'EXISTS { MATCH (n)-[:IN_DISTRICT]->(m0:District) WHERE EXISTS { MATCH (m0)-[:IN_REGENCY]->(m1:Regency) WHERE m1.code = $w0 AND m1.kind = $w1 } }',
    );
    // An island's regencyCode is null for an island of no regency, and its code does not nest one: the copy answers.
    const island = whereSpec('Island');
    expect(compiled(island, { regency: { code: { eq: '36.04' } } })).toEqual(['n.regencyCode = $w0', { w0: '36.04' }]);
    expect(compiled(island, { regency: { province: { code: { eq: '36' } } } })).toEqual(['n.regencyCode STARTS WITH $w0', { w0: '36.' }]);
    expect(compiled(island, { provinceCode: { eq: '36' } })).toEqual(['n.code STARTS WITH $w0', { w0: '36.' }]);
  });

  it('compiles relationship conditions to EXISTS and COUNT subqueries', () => {
    const bag = new ParamBag();
    const cypher = compileWhere(
      REGENCY_WHERE,
      { agreements: { some: { parties: { some: { province: { name: { eq: 'Jawa Timur' } } } } } } },
      'n',
      bag,
    );
    expect(cypher).toBe(
      'EXISTS { MATCH (n)-[:PARTY_TO]->(m0:Agreement) WHERE EXISTS { MATCH (m1:Regency)-[:PARTY_TO]->(m0) WHERE EXISTS { MATCH (m1)-[:IN_PROVINCE]->(m2:Province) WHERE toLower(m2.name) = $w0 } } }',
    );
    expect(bag.values).toEqual({ w0: 'jawa timur' });
    const counted = compileWhere(PROGRAM_WHERE, { adopters: { count: { gte: 2 } }, since: { lt: 2020 } }, 'p', new ParamBag());
    expect(counted).toBe('COUNT { MATCH (m0:Regency)-[:ADOPTED]->(p) } >= $w0 AND p.since < $w1');
  });

  it('compiles none and all', () => {
    const cypher = compileWhere(REGENCY_WHERE, { agencies: { none: { kind: { eq: 'HEALTH' } }, all: { governmentCode: { eq: '36.04' } } } }, 'n', new ParamBag());
    expect(cypher).toBe(
      'NOT EXISTS { MATCH (m0:Agency)-[:PART_OF]->(n) WHERE m0.kind = $w0 } AND NOT EXISTS { MATCH (m1:Agency)-[:PART_OF]->(n) WHERE NOT (m1.governmentCode = $w1) }',
    );
  });

  it('compiles a radius to a point-index distance predicate, in metres, and refuses a place off the earth', () => {
    const bag = new ParamBag();
    const island = whereSpec('Island');
    const cypher = compileWhere(island, { near: { latitude: -8.2, longitude: 114.4, km: 10 }, outermostSmall: true }, 'n', bag);
    expect(cypher).toBe('point.distance(n.coordinate, point({latitude: $w0, longitude: $w1})) <= $w2 AND coalesce(n.outermostSmall, false) = $w3');
    expect(bag.values).toEqual({ w0: -8.2, w1: 114.4, w2: 10000, w3: true });
    expect(() => compileWhere(island, { near: { latitude: 91, longitude: 0, km: 1 } }, 'n', new ParamBag())).toThrow(/not a place on the earth/);
    expect(() => compileWhere(island, { near: { latitude: 0, longitude: 0, km: -1 } }, 'n', new ParamBag())).toThrow(/km must be from 0 to 2000/);
  });

  it('refuses a where nested too deep', () => {
    let where: Record<string, unknown> = { code: { eq: '36.04' } };
    for (let i = 0; i < 10; i += 1) where = { NOT: where };
    expect(() => compileWhere(REGENCY_WHERE, where, 'n', new ParamBag())).toThrow(GraphQLError);
  });
});

describe('compileSort', () => {
  it('defaults to the unique key and breaks ties by it', () => {
    const sorted = compileSort(REGENCY_SORT, null, null, 'n', new ParamBag());
    expect(sorted.orderBy).toBe('n.code');
    expect(sorted.sortKey).toBe('[n.code]');
    // a predicate on the first key lets Neo4j read the page in index order
    expect(sorted.after).toBe('n.code IS NOT NULL');
    const byName = compileSort(REGENCY_SORT, [{ field: 'NAME', direction: SortDirection.DESC }], null, 'n', new ParamBag());
    expect(byName.orderBy).toBe('n.name DESC, n.code');
    expect(byName.sortKey).toBe('[n.name, n.code]');
    expect(byName.signature).toBe('NAME:DESC');
  });

  it('builds the keyset condition from a cursor, typed by the field', () => {
    const bag = new ParamBag();
    const sorted = compileSort(PROGRAM_SORT, [{ field: 'SINCE', direction: SortDirection.DESC }], [2016, 'p-1'], 'n', bag);
    expect(sorted.after).toBe(
      '((coalesce(n.since, -9007199254740991) < $w0) OR (coalesce(n.since, -9007199254740991) = $w0 AND n.id > $w1))',
    );
    expect(bag.values).toEqual({ w0: 2016, w1: 'p-1' });
  });

  it('refuses a cursor made under another sort, and a field sorted twice', () => {
    expect(() => compileSort(REGENCY_SORT, [{ field: 'NAME', direction: SortDirection.ASC }], ['x'], 'n', new ParamBag())).toThrow(/another sort order/);
    expect(() =>
      compileSort(REGENCY_SORT, [{ field: 'NAME', direction: SortDirection.ASC }, { field: 'NAME', direction: SortDirection.DESC }], null, 'n', new ParamBag()),
    ).toThrow('The sort names NAME twice.');
  });
});
