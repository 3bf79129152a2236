import 'reflect-metadata';
import { Kind, parse } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLSchema } from 'graphql';
import fs from 'node:fs/promises';
import path from 'node:path';
import { byKeyCypher, listCypher } from '../../src/compile/cypher';
import { HEAD_ORDER } from '../../src/compile/order';
import { compiledConnections, planOfConnectionField, planOfField } from '../../src/compile/plan';
import { HEAD_TITLES } from '../../src/official/holders';
import type { SelectionInfo } from '../../src/compile/plan';
import { createSchema } from '../../src/schema';

/**
 * Translation tests (in the manner of @neo4j/graphql's tck): the Cypher a selection compiles
 * to, pinned, with no database. src/compile/ is the code; the integration tests check that
 * the answers are the resolvers' own.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** The resolve info of the document's first root field, as graphql-js would hand it over. */
function infoOf(document: string, variableValues: Record<string, unknown> = {}): SelectionInfo {
  const parsed = parse(document);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let field: FieldNode | undefined;
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION && !field) field = definition.selectionSet.selections[0] as FieldNode;
  }
  if (!field) throw new Error('The document has no operation.');
  const rootField = schema.getQueryType()?.getFields()[field.name.value];
  if (!rootField) throw new Error(`No root field ${field.name.value}.`);
  return { schema, fragments, variableValues, fieldNodes: [field], returnType: rootField.type };
}

function byKey(document: string, entity: string, variables?: Record<string, unknown>) {
  const plan = planOfField(infoOf(document, variables), entity, 100);
  if (!plan) throw new Error('No plan.');
  return { plan, ...byKeyCypher(plan) };
}

function list(document: string, entity: string, variables?: Record<string, unknown>) {
  const plan = planOfConnectionField(infoOf(document, variables), entity, 100);
  if (!plan) throw new Error('No plan.');
  return { plan, ...listCypher(plan) };
}

describe('compiling a selection into one Cypher query', () => {
  it('a province with its regencies, their first districts and village counts (bench Q3) is one query', () => {
    const q = byKey(
      '{ province(code: "35") { code name regencies { code name districts(first: 100) { totalCount edges { node { code name villageCount } } } } } }',
      'Province',
    );
    expect(q.text).toBe(
      [
        'MATCH (n:Province {code: $key})',
        'RETURN n {.code, .name, __links: [' +
          'COLLECT { MATCH (n)<-[:IN_PROVINCE]-(x0:Regency) WITH x0 ORDER BY x0.code RETURN x0 {.code, .name, __links: [' +
          '{totalCount: COUNT { (x0)<-[:IN_REGENCY]-(:District) }, ' +
          'nodes: COLLECT { MATCH (x0)<-[:IN_REGENCY]-(x1:District) WHERE $c0 IS NULL OR x1.code > $c0 WITH x1 ORDER BY x1.code LIMIT $c1 ' +
          // Only villages are IN_DISTRICT, so the count leaves the label out and reads the degree.
          'RETURN x1 {.code, .name, __links: [COUNT { (x1)<-[:IN_DISTRICT]-() }]} }}' +
          ']} }' +
          ']} AS row',
      ].join('\n'),
    );
    expect(q.params).toEqual({ c0: null, c1: 101 });
  });

  it('a regency page with its province, head, agencies, programs and agreements with their parties (bench Q1) is one query', () => {
    const q = byKey(
      '{ regency(code: "36.04") { code province { code name } head { name } agencies { nodes { key name } } programs { nodes { since program { key name } } } agreements { nodes { key title parties { nodes { government { code } } } } } } }',
      'Regency',
    );
    expect(q.text).toBe(
      [
        'MATCH (n:Regency {code: $key})',
        // only the key and the fields selected: every other field of the selection is a link
        'RETURN n {.code, __links: [' +
          'COLLECT { MATCH (n)-[:IN_PROVINCE]->(x0:Province) WITH x0 ORDER BY x0.code LIMIT 1 RETURN x0 {.code, .name} }[0], ' +
          // head with no asOf: picked as cypher/regency/head.cypher picks it
          'COLLECT { MATCH (n)<-[x2:HOLDS_POSITION]-(x1:Official) WHERE x2.title IN $c0 WITH x1, x2 ' +
          'ORDER BY x2.endDate IS NULL DESC, x2.startDate DESC, x2.attestedOn DESC LIMIT 1 RETURN x1 {.id, .name} }[0], ' +
          // curated connections page on their loaders' sort keys, which each item carries for its list cursor
          '{totalCount: null, nodes: COLLECT { MATCH (n)<-[:PART_OF]-(x3:Agency) WITH x3, [x3.id] AS x4 WHERE $c1 IS NULL OR x4 > $c1 ' +
          'WITH x3, x4 ORDER BY x4 LIMIT $c2 RETURN x3 {.id, .name, sortKey: x4} }}, ' +
          // relationship rows (ProgramRun) with the other end where selected
          '{totalCount: null, nodes: COLLECT { MATCH (n)-[x5:RUNS]->(x6:Program) WITH x5, x6, [x6.id, x5.fact] AS x7 WHERE $c3 IS NULL OR x7 > $c3 ' +
          'WITH x5, x6, x7 ORDER BY x7 LIMIT $c4 RETURN x5 {.since, .fact, .valueKey, governmentCode: n.code, programId: x6.id, sortKey: x7, ' +
          '__links: [x6 {.id, .name}]} }}, ' +
          // agreements newest first, undated last
          '{totalCount: null, nodes: COLLECT { MATCH (n)-[:PARTY_TO]->(x8:Agreement) WITH x8, [coalesce(-(x8.date.year * 1000 + x8.date.ordinalDay), 0), x8.id] AS x9 ' +
          'WHERE $c5 IS NULL OR x9 > $c5 WITH x8, x9 ORDER BY x9 LIMIT $c6 ' +
          'RETURN x8 {.id, .title, sortKey: x9, __links: [' +
          '{totalCount: null, nodes: COLLECT { MATCH (x8)<-[x10:PARTY_TO]-(x11:Regency) WITH x10, x11, [x11.code, x10.fact] AS x12 WHERE $c7 IS NULL OR x12 > $c7 ' +
          'WITH x10, x11, x12 ORDER BY x12 LIMIT $c8 RETURN x10 {.fact, .valueKey, agreementId: x8.id, governmentCode: x11.code, sortKey: x12, ' +
          '__links: [x11 {.code}]} }}' +
          ']} }}' +
          ']} AS row',
      ].join('\n'),
    );
    expect(q.params).toEqual({ c0: HEAD_TITLES, c1: null, c2: 21, c3: null, c4: 21, c5: null, c6: 21, c7: null, c8: 21 });
  });

  it('a backward page reads nearest first from the cursor; the page comes round in attach.ts', () => {
    const cursor = Buffer.from(JSON.stringify(['l', ['36.04-dinkes']])).toString('base64url');
    const q = byKey('query ($before: String) { regency(code: "36.04") { agencies(last: 2, before: $before) { nodes { key } } } }', 'Regency', { before: cursor });
    expect(q.text).toContain('WITH x0, [x0.id] AS x1 WHERE $c0 IS NULL OR x1 < $c0 WITH x0, x1 ORDER BY x1 DESC LIMIT $c1');
    expect(q.params).toEqual({ c0: ['36.04-dinkes'], c1: 3 });
    const districts = byKey('{ regency(code: "36.04") { districts(last: 5) { edges { node { code } } } } }', 'Regency');
    expect(districts.text).toContain('WHERE $c0 IS NULL OR x0.code < $c0 WITH x0 ORDER BY x0.code DESC LIMIT $c1');
  });

  it('writes each connection\'s sort key as its loader\'s query computes it, so that a cursor is the same whichever path wrote it', async () => {
    // Each compiled connection: its loader's query in cypher/, and the names the query gives the other end and the relationship.
    const LOADERS: Record<string, [file: string, m: string, r: string]> = {
      'Regency.districts': ['regency/districts', 'd', ''],
      'Regency.islands': ['regency/islands', 'i', ''],
      'Regency.agencies': ['regency/agencies', 'a', ''],
      'Regency.programs': ['regency/programs', 'p', 'run'],
      'Regency.agreements': ['regency/agreements', 'a', ''],
      'Regency.claims': ['regency/claims', 'c', ''],
      'District.villages': ['district/villages', 'v', ''],
      'Official.signedAgreements': ['official/signed', 'a', 's'],
      'Program.runners': ['program/runners', 'r', 'run'],
      'Agreement.parties': ['agreement/parties', 'r', 'p'],
      'Agreement.signatories': ['agreement/signatures', 'o', 's'],
      'Agreement.sectors': ['agreement/sectors', 's', 'c'],
      'Sector.agreements': ['sector/agreements', 'a', ''],
      'Sector.programs': ['sector/programs', 'p', ''],
    };
    const compiled = compiledConnections(schema);
    expect(compiled.map((c) => c.field).sort()).toEqual(Object.keys(LOADERS).sort());
    for (const { field, order } of compiled) {
      const [file, m, r] = LOADERS[field] as [string, string, string];
      const text = await fs.readFile(path.join(__dirname, '..', '..', 'cypher', `${file}.cypher`), 'utf8');
      const key = order.sortKey(m, r);
      // key cursors: the loader compares the key itself; list cursors: it computes sortKey
      expect({ field, found: text.includes(order.cursor === 'key' ? `${key} > $after` : `${key} AS sortKey`) }).toEqual({ field, found: true });
    }
  });

  it('picks a head as cypher/regency/head.cypher does', async () => {
    const text = await fs.readFile(path.join(__dirname, '..', '..', 'cypher', 'regency', 'head.cypher'), 'utf8');
    expect(text).toContain(`ORDER BY ${HEAD_ORDER('h')}`);
  });

  it('a root list keeps the list query\'s slots for src/filter and counts only when totalCount is asked for (bench Q4)', () => {
    const q = list('{ regencies(first: 1000) { edges { node { code name districts(first: 100) { edges { node { code name } } } } } } }', 'Regency');
    expect(q.text).toBe(
      [
        'WITH',
        '  null AS totalCount,',
        '  COLLECT { MATCH (n:Regency) WHERE {{where}} AND {{after}} WITH n ORDER BY {{orderBy}} LIMIT $limit ' +
          'RETURN n {.code, .name, sortKey: {{sortKey}}, __links: [' +
          '{totalCount: null, nodes: COLLECT { MATCH (n)<-[:IN_REGENCY]-(x0:District) WHERE $c0 IS NULL OR x0.code > $c0 WITH x0 ORDER BY x0.code LIMIT $c1 ' +
          'RETURN x0 {.code, .name} }}' +
          ']} } AS nodes',
        // a row per regency: one record of them all is read byte by byte across its Bolt chunks
        'UNWIND CASE size(nodes) WHEN 0 THEN [null] ELSE nodes END AS node',
        'RETURN totalCount, node',
      ].join('\n'),
    );
    expect(list('{ regencies { totalCount edges { node { province { name } } } } }', 'Regency').text).toContain('COUNT { MATCH (n:Regency) WHERE {{where}} } AS totalCount');
  });

  it('gives one text per selection shape: values are parameters, aliases and fragments change nothing', () => {
    const first = byKey('{ regency(code: "36.04") { districts(first: 5) { edges { node { code } } } } }', 'Regency');
    const cursor = Buffer.from(JSON.stringify(['k', '36.04.05'])).toString('base64url');
    const second = byKey(
      `query Page($after: String) { regency(code: "35.10") { d: districts(first: 10, after: $after) { ...Codes } } } fragment Codes on DistrictConnection { edges { node { code } } }`,
      'Regency',
      { after: cursor },
    );
    expect(second.text).toBe(first.text);
    expect(first.params).toEqual({ c0: null, c1: 6 });
    expect(second.params).toEqual({ c0: '36.04.05', c1: 11 });
    expect(second.plan.links.map((link) => link.responseKey)).toEqual(['d']);
  });

  it('a connection\'s cursor and pageInfo come from the page itself; a field it does not know leaves it to its resolver', () => {
    const q = byKey('{ regency(code: "36.04") { districts(first: 5) { edges { cursor node { villageCount } } pageInfo { hasNextPage endCursor } } } }', 'Regency');
    expect(q.text).toContain('RETURN x0 {.code, __links: [COUNT { (x0)<-[:IN_DISTRICT]-() }]}');
    expect(byKey('{ regency(code: "36.04") { districts(first: 5) { unknownField } } }', 'Regency').plan.links).toEqual([]);
  });

  it('leaves to the resolvers what has logic of its own: arguments, cursors it cannot read, rows it cannot carry', () => {
    const links = (document: string): string[] => byKey(document, 'Province').plan.links.map((link) => link.responseKey);
    expect(links('{ province(code: "35") { cities: regencies(kind: CITY) { code } all: regencies { code } } }')).toEqual(['all']);
    const regency = (document: string): string[] => byKey(document, 'Regency').plan.links.map((link) => link.responseKey);
    expect(regency('{ regency(code: "36.04") { districts(first: 5, after: "not a cursor") { edges { node { code } } } } }')).toEqual([]);
    // a key cursor where a list cursor belongs (and back) is refused by the resolver, so it is left to it
    const keyCursor = Buffer.from(JSON.stringify(['k', '36.04-dinkes'])).toString('base64url');
    expect(regency(`{ regency(code: "36.04") { agencies(after: "${keyCursor}") { nodes { key } } } }`)).toEqual([]);
    // head(asOf:) picks by the statements of a day; officials are positions, told apart by title; partners is a path, not a relationship
    expect(regency('{ regency(code: "36.04") { head(asOf: "2017-03-22") { name } officials { nodes { title } } partners { nodes { code } } } }')).toEqual([]);
    // an adoption's status and date are no declared property of ADOPTED, so its rows are left to their loader
    expect(regency('{ regency(code: "36.04") { adoptedPrograms { nodes { status } } } }')).toEqual([]);
  });

  it('carries the key and the fields selected, or every field when a selected field runs a resolver of its own', () => {
    const projected = (document: string): string => /RETURN (n \{[^_]*?)(__links|\} AS row)/.exec(byKey(document, 'Regency').text)?.[1] ?? '';
    // plain fields in the model's order, the key always (cursors and links name it); `key` reads the key; __typename reads nothing
    expect(projected('{ regency(code: "36.04") { __typename name kind agencies { nodes { name } } } }')).toBe('n {.code, .name, .kind, ');
    expect(projected('{ regency(code: "36.04") { key agencies { nodes { name } } } }')).toBe('n {.code, ');
    // `id` and officials run resolvers of their own (the global id, positions): they may read any property of the row
    expect(projected('{ regency(code: "36.04") { id agencies { nodes { name } } } }')).toBe('n {.code, .name, .kind, .provinceCode, ');
    expect(projected('{ regency(code: "36.04") { officials { nodes { title } } agencies { nodes { name } } } }')).toBe('n {.code, .name, .kind, .provinceCode, ');
    expect(byKey('{ regency(code: "36.04") { agencies { nodes { id name } } } }', 'Regency').text).toContain('RETURN x0 {.id, .name, .shortName, .kind, .governmentCode, sortKey: x1}');
  });

  it('honours @skip and @include', () => {
    const q = byKey('query ($no: Boolean!) { regency(code: "36.04") { agencies @include(if: $no) { nodes { name } } province @skip(if: $no) { name } } }', 'Regency', { no: false });
    expect(q.plan.links.map((link) => link.responseKey)).toEqual(['province']);
  });
});
