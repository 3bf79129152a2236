import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { cypherDir } from '../src/app';
import { compileSort, compileWhere, ParamBag } from '../src/filter/compile';
import { SortDirection } from '../src/filter/inputs';
import { sortSpec, whereSpec } from '../src/filter/spec';
import { dbHits, runScript, withReadSession } from './profile';

/**
 * Database hits and rows of a root list's Cypher, as the API compiles it now and as it did
 * before: with every sort key wrapped in coalesce and no predicate on it (the first two), and
 * with "in regency 36.04" walked through the relationships instead of read as a range of the code.
 * `node dist/bench/profile-list.js bolt://localhost:7687`. Prints one line per query; the
 * answers (totalCount and the page's keys) are compared, so the two forms are known to agree.
 */
interface Form {
  readonly where: string;
  readonly orderBy: string;
  readonly sortKey: string;
  readonly after: string;
  readonly params: Record<string, unknown>;
}

/** The first page of a list as the API compiles it now. */
function now(entity: string, where: Record<string, unknown> | null, field = 'CODE'): Form {
  const bag = new ParamBag();
  const compiled = compileWhere(whereSpec(entity), where, 'n', bag);
  const sorted = compileSort(sortSpec(entity), field === 'CODE' ? null : [{ field, direction: SortDirection.ASC }], null, 'n', bag);
  return { where: compiled, orderBy: sorted.orderBy, sortKey: sorted.sortKey, after: sorted.after, params: bag.values };
}

/** The first page as compiled before: every sort key in coalesce, no predicate on it, and the given where. */
function before(property: string, where = 'true', params: Record<string, unknown> = {}): Form {
  const columns = property === 'code' ? ["coalesce(n.code, '')", 'n.code'] : [`coalesce(n.${property}, '')`, 'n.code'];
  return { where, orderBy: columns.join(', '), sortKey: `[${columns.join(', ')}]`, after: 'true', params };
}

/** The first page in code order as compiled before "in regency" was read as a range: the same sort, the where walked. */
function walked(entity: string, where: string, params: Record<string, unknown>): Form {
  return { ...now(entity, null), where, params };
}

const IN_REGENCY_3604 = 'EXISTS { MATCH (n)-[:IN_DISTRICT]->(m0:District) WHERE EXISTS { MATCH (m0)-[:IN_REGENCY]->(m1:Regency) WHERE m1.code = $w0 } }';
const TOURISM_AGREEMENT = 'EXISTS { MATCH (n)-[:PARTY_TO]->(m0:Agreement) WHERE EXISTS { MATCH (m0)-[:COVERS]->(m1:Sector) WHERE m1.id = $w0 } }';

const CASES: ReadonlyArray<{ name: string; entity: string; forms: readonly Form[] }> = [
  { name: 'villages, first page, code order', entity: 'Village', forms: [now('Village', null), before('code')] },
  { name: 'villages, first page, by name', entity: 'Village', forms: [now('Village', null, 'NAME'), before('name')] },
  {
    name: 'villages of regency 36.04 (where: { district: { regency: { code: { eq: "36.04" } } } })',
    entity: 'Village',
    forms: [now('Village', { district: { regency: { code: { eq: '36.04' } } } }), walked('Village', IN_REGENCY_3604, { w0: '36.04' })],
  },
  {
    name: 'districts of province 36 (where: { regency: { provinceCode: { eq: "36" } } })',
    entity: 'District',
    forms: [
      now('District', { regency: { provinceCode: { eq: '36' } } }),
      walked('District', 'EXISTS { MATCH (n)-[:IN_REGENCY]->(m0:Regency) WHERE m0.provinceCode = $w0 }', { w0: '36' }),
    ],
  },
  {
    name: 'islands of province 36 (where: { provinceCode: { eq: "36" } })',
    entity: 'Island',
    forms: [now('Island', { provinceCode: { eq: '36' } }), walked('Island', 'n.provinceCode = $w0', { w0: '36' })],
  },
  {
    name: 'regencies of province 35 (where: { province: { code: { eq: "35" } } })',
    entity: 'Regency',
    forms: [now('Regency', { province: { code: { eq: '35' } } }), walked('Regency', 'EXISTS { MATCH (n)-[:IN_PROVINCE]->(m0:Province) WHERE m0.code = $w0 }', { w0: '35' })],
  },
  {
    name: 'regencies with an agreement in tourism (where: { agreements: { some: { sectors: { some: { id: { eq: "tourism" } } } } } })',
    entity: 'Regency',
    forms: [now('Regency', { agreements: { some: { sectors: { some: { id: { eq: 'tourism' } } } } } }), walked('Regency', TOURISM_AGREEMENT, { w0: 'tourism' })],
  },
];

async function main(): Promise<void> {
  const catalog = CypherCatalog.load(cypherDir());
  await withReadSession(process.argv[2] ?? 'bolt://localhost:7687', async (session) => {
    for (const c of CASES) {
      const answers: string[] = [];
      for (const [i, form] of c.forms.entries()) {
        const text = catalog.render(`${c.entity.toLowerCase()}/list`, { where: form.where, orderBy: form.orderBy, sortKey: form.sortKey, after: form.after });
        const result = await session.run(`PROFILE ${text}`, { ...form.params, limit: neo4j.int(21), withProvince: false });
        const plan = result.summary.profile;
        if (!plan) throw new Error('no profile');
        const row = result.records[0];
        answers.push(JSON.stringify([row?.get('totalCount'), row?.get('nodes').map((n: { code: string }) => n.code)]));
        process.stdout.write(`${c.name} | ${i === 0 ? 'now' : 'before'} | ${dbHits(plan)} db hits | ${row?.get('totalCount')} matching, ${row?.get('nodes').length} rows\n`);
      }
      if (answers[0] !== answers[1]) throw new Error(`${c.name}: the two forms answer differently`);
    }
  });
}

runScript(main);
