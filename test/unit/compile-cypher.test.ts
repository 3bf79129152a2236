import 'reflect-metadata';
import { Kind, parse } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLSchema } from 'graphql';
import { byKeyCypher, listCypher } from '../../src/compile/cypher';
import { planOfConnectionField, planOfField } from '../../src/compile/plan';
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
          'COLLECT { MATCH (n)<-[:IN_PROVINCE]-(x0:Regency) WITH x0 ORDER BY x0.code RETURN x0 {.code, .name, .kind, .provinceCode, __links: [' +
          '{totalCount: COUNT { (x0)<-[:IN_REGENCY]-(:District) }, ' +
          'nodes: COLLECT { MATCH (x0)<-[:IN_REGENCY]-(x1:District) WHERE $c0 IS NULL OR x1.code > $c0 WITH x1 ORDER BY x1.code LIMIT $c1 ' +
          // Only villages are IN_DISTRICT, so the count leaves the label out and reads the degree.
          'RETURN x1 {.code, .name, .regencyCode, __links: [COUNT { (x1)<-[:IN_DISTRICT]-() }]} }}' +
          ']} }' +
          ']} AS row',
      ].join('\n'),
    );
    expect(q.params).toEqual({ c0: null, c1: 101 });
  });

  it('a regency page brings its province; head(asOf:) and the connections paged by sort keys are left to their resolvers (bench Q1)', () => {
    const q = byKey(
      '{ regency(code: "36.04") { code province { code name } head { name } agencies { nodes { key name } } programs { nodes { since program { key name } } } agreements { nodes { key title parties { nodes { government { code } } } } } } }',
      'Regency',
    );
    expect(q.text).toBe(
      [
        'MATCH (n:Regency {code: $key})',
        'RETURN n {.code, .name, .kind, .provinceCode, __links: [' +
          'COLLECT { MATCH (n)-[:IN_PROVINCE]->(x0:Province) WITH x0 ORDER BY x0.code LIMIT 1 RETURN x0 {.code, .name} }[0]' +
          ']} AS row',
      ].join('\n'),
    );
    // Agencies, programs and agreements page by sort keys with list cursors, not written by the compiler yet (KEY_PAGED).
    expect(q.plan.links.map((link) => link.responseKey)).toEqual(['province']);
  });

  it('a root list keeps the list query\'s slots for src/filter and counts only when totalCount is asked for (bench Q4)', () => {
    const q = list('{ regencies(first: 1000) { edges { node { code name districts(first: 100) { edges { node { code name } } } } } } }', 'Regency');
    expect(q.text).toBe(
      [
        'RETURN',
        '  null AS totalCount,',
        '  COLLECT { MATCH (n:Regency) WHERE {{where}} AND {{after}} WITH n ORDER BY {{orderBy}} LIMIT $limit ' +
          'RETURN n {.code, .name, .kind, .provinceCode, sortKey: {{sortKey}}, __links: [' +
          '{totalCount: null, nodes: COLLECT { MATCH (n)<-[:IN_REGENCY]-(x0:District) WHERE $c0 IS NULL OR x0.code > $c0 WITH x0 ORDER BY x0.code LIMIT $c1 ' +
          'RETURN x0 {.code, .name, .regencyCode} }}' +
          ']} } AS nodes',
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
    expect(q.text).toContain('RETURN x0 {.code, .name, .regencyCode, __links: [COUNT { (x0)<-[:IN_DISTRICT]-() }]}');
    expect(byKey('{ regency(code: "36.04") { districts(first: 5) { unknownField } } }', 'Regency').plan.links).toEqual([]);
  });

  it('leaves to the resolvers what has logic of its own: arguments, backward pages, cursors it cannot read', () => {
    const links = (document: string): string[] => byKey(document, 'Province').plan.links.map((link) => link.responseKey);
    expect(links('{ province(code: "35") { cities: regencies(kind: CITY) { code } all: regencies { code } } }')).toEqual(['all']);
    const regency = (document: string): string[] => byKey(document, 'Regency').plan.links.map((link) => link.responseKey);
    expect(regency('{ regency(code: "36.04") { districts(last: 5) { edges { node { code } } } } }')).toEqual([]);
    expect(regency('{ regency(code: "36.04") { districts(first: 5, after: "not a cursor") { edges { node { code } } } } }')).toEqual([]);
    // head and officials take asOf; positions are told apart by title; partners is a path, not a relationship
    expect(regency('{ regency(code: "36.04") { head { name } officials { title } partners { code } } }')).toEqual([]);
  });

  it('honours @skip and @include', () => {
    const q = byKey('query ($no: Boolean!) { regency(code: "36.04") { agencies @include(if: $no) { name } province @skip(if: $no) { name } } }', 'Regency', { no: false });
    expect(q.plan.links.map((link) => link.responseKey)).toEqual(['province']);
  });
});
