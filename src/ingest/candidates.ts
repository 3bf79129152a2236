/**
 * The graph's side of entity resolution (src/ingest/resolve.ts): the candidates a mention may
 * mean, read from Neo4j (cypher/ingest/), then resolved by the pure rules.
 */
import { toLuceneQuery } from '../common/normalize';
import type { Executor } from '../db/executor';
import { MODEL } from '../model';
import { entityByRefBranches } from '../model/cypher';
import { explicitRef, nameWords, resolveMention } from './resolve';
import type { Candidate, Mention, Resolution } from './resolve';

/** Candidates read per mention: more than a curator could tell apart in a plan. */
const MAX_CANDIDATES = 25;

/** The nodes of the mention's label whose names or aliases hold every word of it. */
export async function candidatesOf(executor: Executor, mention: Mention): Promise<Candidate[]> {
  const query = toLuceneQuery(nameWords(mention.text).join(' '));
  if (query === null) return [];
  const rows = await executor.read('ingest/candidates', { label: mention.label, query, limit: MAX_CANDIDATES });
  return rows as unknown as Candidate[];
}

/** Resolves a mention against the graph: an explicit key by looking it up, a name among its candidates. */
export async function resolveInGraph(executor: Executor, mention: Mention): Promise<Resolution> {
  const explicit = explicitRef(mention.text);
  if (explicit && explicit.label === mention.label) {
    const rows = await executor.readRendered('ingest/by-ref', { branches: entityByRefBranches(MODEL) }, { ref: explicit });
    const found: Candidate[] = rows.map((row) => ({ ref: String(row.ref), name: '', aliases: [], governments: [], titles: [], description: '' }));
    return resolveMention(mention, found);
  }
  return resolveMention(mention, await candidatesOf(executor, mention));
}
