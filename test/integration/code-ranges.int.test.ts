import { compileSort, compileWhere, ParamBag } from '../../src/filter/compile';
import { sortSpec, whereSpec } from '../../src/filter/spec';
import { MODEL } from '../../src/model';
import { dataOf, useTestApi } from '../helpers/api';
import { planOperators } from '../helpers/plan';

const api = useTestApi();

/** Every property the model says holds a related node's key (FieldModel.keyOf). */
const KEY_COPIES = MODEL.entities.flatMap((entity) =>
  Object.entries(entity.fields).flatMap(([property, field]) => (field.keyOf ? [{ entity, property, keyOf: field.keyOf }] : [])),
);

async function count(cypher: string): Promise<number> {
  const [row] = await api.database.executor.runText('READ', cypher);
  return Number(row?.count);
}

interface Page {
  totalCount: number;
  edges: Array<{ node: { code: string } }>;
}

/** A list's totalCount and first page of codes. */
async function page(field: string, where: string): Promise<{ totalCount: number; codes: string[] }> {
  const data = dataOf(await api.query<Record<string, Page>>(`{ ${field}(first: 100, where: ${where}) { totalCount edges { node { code } } } }`));
  const list = data[field];
  return { totalCount: list.totalCount, codes: list.edges.map((e) => e.node.code) };
}

describe('"in regency 36.04" is a range of the code index, not a walk', () => {
  // The compiler reads these copies instead of walking the relationship: the graph must agree.
  it.each(KEY_COPIES.map((c) => [`${c.entity.name}.${c.property}`, c] as const))('%s agrees with the graph', async (_name, copy) => {
    const { entity, property, keyOf } = copy;
    const target = MODEL.entity(keyOf.entity);
    if (keyOf.nests) {
      expect(await count(`MATCH (n:${entity.name}) WHERE n.${property} IS NOT NULL AND NOT n.code STARTS WITH n.${property} + '.' RETURN count(n) AS count`)).toBe(0);
    }
    const relationship = MODEL.relationships.find((r) => r.from === entity.name && r.to === target.name && r.out?.one);
    if (relationship) {
      const key = target.key.field;
      const disagreeing = `MATCH (n:${entity.name}) WHERE (n.${property} IS NOT NULL) <> EXISTS { (n)-[:${relationship.type}]->(:${target.name}) }
        OR EXISTS { MATCH (n)-[:${relationship.type}]->(t:${target.name}) WHERE t.${key} <> n.${property} } RETURN count(n) AS count`;
      expect(await count(disagreeing)).toBe(0);
    }
    expect(await count(`MATCH (n:${entity.name}) WHERE n.${property} IS NOT NULL RETURN count(n) AS count`)).toBeGreaterThan(0);
  });

  // `name: { startsWith: "" }` holds for every regency but makes the where say more than a key,
  // so the compiler walks the relationships: the answer it must equal.
  it.each([
    ['villages', '{ district: { regency: { code: { eq: "36.04" } } } }', '{ district: { regency: { code: { eq: "36.04" }, name: { startsWith: "" } } } }', 326],
    ['villages', '{ district: { regencyCode: { eq: "36.04" } } }', '{ district: { regency: { code: { eq: "36.04" }, name: { startsWith: "" } } } }', 326],
    ['districts', '{ regency: { province: { code: { eq: "36" } } } }', '{ regency: { province: { code: { eq: "36" }, name: { startsWith: "" } } } }', 155],
    ['regencies', '{ province: { code: { startsWith: "3" } } }', '{ province: { code: { startsWith: "3" }, name: { startsWith: "" } } }', 119],
    ['islands', '{ regency: { province: { code: { eq: "36" } } } }', '{ regency: { province: { code: { eq: "36" }, name: { startsWith: "" } } } }', 80],
    ['islands', '{ provinceCode: { eq: "36" } }', '{ provinceCode: { in: ["36"] } }', 80],
    ['villages', '{ district: { regency: { code: { eq: "36" } } } }', '{ district: { regency: { code: { eq: "36" }, name: { startsWith: "" } } } }', 0],
  ])('%s where %s answers as the walk does', async (field, ranged, walked, totalCount) => {
    const [fast, slow] = await Promise.all([page(field, ranged), page(field, walked)]);
    expect(fast).toEqual(slow);
    expect(fast.totalCount).toBe(totalCount);
  });

  it('reads the villages of a regency from the code index, in order, without expanding a relationship', async () => {
    const bag = new ParamBag();
    const where = compileWhere(whereSpec('Village'), { district: { regency: { code: { eq: '36.04' } } } }, 'n', bag);
    const sorted = compileSort(sortSpec('Village'), null, null, 'n', bag);
    const text = api.database.catalog.render('village/list', { where, after: sorted.after, orderBy: sorted.orderBy, sortKey: sorted.sortKey });
    const operators = await planOperators(api.database.driver, api.config.neo4j.database, text, { ...bag.values, limit: 21 });
    expect(operators).toContainEqual(expect.stringMatching(/^NodeUniqueIndexSeekByRange .*STARTS WITH/));
    expect(operators.some((o) => /^(Expand|NodeByLabelScan|Sort|Top) /.test(o))).toBe(false);
  });
});
