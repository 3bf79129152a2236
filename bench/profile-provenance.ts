import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { cypherDir } from '../src/app';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { MODEL } from '../src/model';
import { entityByRefBranches } from '../src/model/cypher';

/**
 * Database hits of the provenance look-ups (issue 9): a source's facts and a node's sources,
 * as the API runs them now and as they ran before statements (their text kept below):
 * `node dist/bench/profile-provenance.js bolt://localhost:7687`. The "before" forms scanned
 * every relationship or every SOURCED_FROM whatever they found, so their cost on today's
 * graph is what it was (they find nothing now that quotes live on statements).
 */
const BEFORE = {
  facts: `UNWIND $keys AS key
RETURN key, COLLECT { MATCH (a)-[r]->(b) WHERE r.sourceId = key RETURN r.quote } AS value`,
  nodeProvenance: `UNWIND $keys AS key
WITH key, split(key, ':')[0] AS label, substring(key, size(split(key, ':')[0]) + 1) AS id
RETURN key, COLLECT {
  MATCH (n)-[s:SOURCED_FROM]->(src:Source)
  WHERE label IN labels(n) AND (n.id = id OR n.code = id)
  WITH s, src ORDER BY src.id
  RETURN s {.quote, .inferred, .note, sourceId: src.id}
} AS value`,
};

function hits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
}

async function main(): Promise<void> {
  const uri = process.argv[2] ?? 'bolt://localhost:7687';
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'daerah-graph-local'));
  const catalog = CypherCatalog.load(cypherDir());
  const cases = [
    { name: "a source's facts (source/facts)", keys: ['bantenheadline-2017-03-mou-serang-banyuwangi'], now: catalog.get('source/facts'), before: BEFORE.facts },
    {
      name: "a node's sources (source/node-provenance)",
      keys: ['Official:ratu-tatu-chasanah'],
      now: catalog.render('source/node-provenance', { entityByRef: entityByRefBranches(MODEL) }),
      before: BEFORE.nodeProvenance,
    },
    {
      name: "a fact's references (statement/by-facts)",
      keys: ['SIGNED_MOU|Official:ratu-tatu-chasanah|Agreement:mou-serang-banyuwangi-2017'],
      now: catalog.get('statement/by-facts'),
      before: null,
    },
  ];
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    for (const c of cases) {
      for (const [form, text] of [['now', c.now], ['before', c.before]] as const) {
        if (text === null) continue;
        const result = await session.run(`PROFILE ${text}`, { keys: c.keys });
        const plan = result.summary.profile;
        if (!plan) throw new Error('no profile');
        const found = result.records.reduce((sum, record) => sum + (record.get('value') as unknown[]).length, 0);
        process.stdout.write(`${c.name} | ${form} | ${hits(plan)} db hits | ${found} found\n`);
      }
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
