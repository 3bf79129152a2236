/**
 * The graph's side of entity resolution (src/ingest/resolve.ts): the candidates a mention may
 * mean, read from Neo4j (cypher/ingest/), then resolved by the pure rules.
 */
import { nameWords, toLuceneQuery } from '../common/normalize';
import type { Executor } from '../db/executor';
import { MODEL } from '../model';
import { entityByRefBranches } from '../model/cypher';
import { explicitRef, resolveMention } from './resolve';
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

/** Which of the `Label:key` references the graph holds a node for. */
export async function existingRefs(executor: Executor, refs: readonly string[]): Promise<Set<string>> {
  const parsed = refs.flatMap((ref) => {
    const found = explicitRef(ref);
    return found ? [found] : [];
  });
  if (parsed.length === 0) return new Set();
  const rows = await executor.readRendered('ingest/existing', { branches: entityByRefBranches(MODEL) }, { refs: parsed });
  return new Set(rows.map((row) => String(row.ref)));
}

/** Resolves a mention against the graph: an explicit key by looking it up, a name among its candidates. */
export async function resolveInGraph(executor: Executor, mention: Mention): Promise<Resolution> {
  const explicit = explicitRef(mention.text);
  if (explicit && explicit.label === mention.label) {
    // The node the key names, if the graph holds it, is the one candidate; the pure rule decides.
    const found = [...(await existingRefs(executor, [mention.text.trim()]))].map((ref) => ({ ref, name: '', aliases: [], governments: [], titles: [], places: [], description: '' }));
    return resolveMention(mention, found);
  }
  return resolveMention(mention, await candidatesOf(executor, mention));
}
