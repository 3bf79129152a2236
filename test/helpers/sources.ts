import path from 'node:path';
import type { Executor } from '../../src/db/executor';
import type { CypherCatalog } from '../../src/db/cypher-catalog';
import { readRegencies } from '../../src/seed/area-csv';
import { silentSeedLog } from '../../src/seed/seed-log';
import { readSourceDir, statementsOfSources, writeSources } from '../../src/seed/sources';
import { factsOf } from '../../src/seed/statements';
import type { FactRow, StatementRow } from '../../src/seed/statements';
import { validateSources } from '../../src/seed/source-validate';
import type { CheckedSource, RawSource } from '../../src/seed/source-validate';

/** The test-only sources of test/fixtures/sources/ (see its README), read as the seed reads files. */
export function fixtureSources(): RawSource[] {
  return readSourceDir(path.join(__dirname, '..', 'fixtures', 'sources'));
}

/** One fixture by its file name ("fixture-agreeing-report"), its JSON changed by `edit` when given. */
export function fixture(name: string, edit?: (json: Record<string, unknown>) => void): RawSource {
  const found = fixtureSources().find((source) => source.file.endsWith(`/${name}.json`));
  if (!found) throw new Error(`No fixture ${name} in test/fixtures/sources.`);
  const json = structuredClone(found.json) as Record<string, unknown>;
  edit?.(json);
  return { ...found, json };
}

/**
 * Writes the curated layer as the real sources (seed/sources) plus `extra` state it, exactly as
 * the seed does (one transaction, retracting what they no longer state). With no extra, puts
 * the graph back as the real sources alone state it.
 */
export async function seedCuratedWith(database: { executor: Executor; catalog: CypherCatalog }, extra: readonly RawSource[] = []): Promise<void> {
  await writeSources(database.executor, database.catalog, [...readSourceDir(), ...extra], silentSeedLog);
}

/**
 * Everything the curated layer holds, to compare two states: node and relationship counts by
 * label and type, and every node (backbone areas and the audit log aside: writes are recorded,
 * and retracting one is a write) and every relationship touching one,
 * with all their properties, in a stable order.
 */
export async function curatedSnapshot(executor: Executor): Promise<unknown> {
  const [counts] = await executor.runText(
    'READ',
    `CALL () { MATCH (n) WHERE NOT n:AuditEntry UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label }
     WITH collect([label, n]) AS nodes
     CALL () { MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type }
     RETURN nodes, collect([type, n]) AS relationships`,
  );
  const nodes = await executor.runText(
    'READ',
    `MATCH (n) WHERE NOT (n:Province OR n:Regency OR n:District OR n:Village OR n:Island OR n:AuditEntry)
     RETURN labels(n) AS labels, properties(n) AS properties ORDER BY labels(n)[0], coalesce(n.id, n.code)`,
  );
  const relationships = await executor.runText(
    'READ',
    `MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['IN_PROVINCE', 'IN_REGENCY', 'IN_DISTRICT']
     WITH a, r, b, labels(a)[0] + ':' + coalesce(a.id, a.code) AS from, labels(b)[0] + ':' + coalesce(b.id, b.code) AS to
     RETURN type(r) AS type, from, to, properties(r) AS properties ORDER BY type, from, to, r.fact`,
  );
  return { counts, nodes, relationships };
}

/**
 * What the real source files state, as the seed reads them: expectations that count over every
 * source (statistics, examples) are computed from this, so a new real source cannot break them.
 */
export function realSources(): { sources: CheckedSource[]; facts: FactRow[] } {
  return sourcesWith([]);
}

/** What the real source files and `extra` (fixtures) state together, as the seed reads them. */
export function sourcesWith(extra: readonly RawSource[]): { sources: CheckedSource[]; facts: FactRow[]; statements: StatementRow[] } {
  const codes = new Set(readRegencies().map((regency) => regency.code));
  const sources = validateSources([...readSourceDir(), ...extra], codes);
  const statements = statementsOfSources(sources);
  return { sources, facts: factsOf(statements), statements };
}
