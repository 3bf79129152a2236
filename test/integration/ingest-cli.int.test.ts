import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApi } from '../helpers/api';
import type { TestApi } from '../helpers/api';
import { buildProject, runCommand } from '../helpers/command';
import { curatedSnapshot } from '../helpers/sources';
import { silentSeedLog } from '../../src/seed/seed-log';
import { readSourceDir, writeSources } from '../../src/seed/sources';

/**
 * `npm run ingest` as a curator runs it: the compiled command as a child process against the
 * tests' Neo4j (NEO4J_URI from the global setup), with the test fixtures of
 * test/fixtures/sources as the files to ingest. A dry run writes nothing; an applied source
 * is removed again at the end.
 */
const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test', 'fixtures', 'sources');

const ingest = (args: string[]) => runCommand('dist/src/ingest/cli.js', args);

interface Plan {
  sourceId: string;
  status: string;
  entities: { linked: string[]; created: string[] };
  statements: { added: number; unchanged: number; retracted: string[] };
  referencesAdded: string[];
  disagreements: Array<{ fact: string; given: string; shown: string; shownBy: string[] }>;
}

let api: TestApi;
const statementCount = async (): Promise<unknown> => (await api.database.executor.runText('READ', 'MATCH (st:Statement) RETURN count(st) AS n'))[0]?.n;

beforeAll(async () => {
  buildProject();
  api = await startTestApi();
}, 180_000);
afterAll(async () => {
  await api.database.executor.runText('WRITE', "MATCH (a:AuditEntry) WHERE a.who STARTS WITH 'npm run ingest' DELETE a");
  await api.close();
});

describe('npm run ingest -- --dry-run', () => {
  it('is the script that builds, then runs the compiled command', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.ingest).toBe('npm run build --silent && node dist/src/ingest/cli.js');
  });

  it('prints the plan of a second report: the entities it links, the references it adds, and writes nothing', async () => {
    const before = await statementCount();
    const run = await ingest([path.join(fixtures, 'fixture-agreeing-report.json'), '--dry-run']);
    expect(run.stderr).toContain('dry run: nothing was written (1 file checked).');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('source fixture-agreeing-report (new)');
    expect(run.stdout).toMatch(/entities: \d+ linked \(.*Agreement:mou-serang-banyuwangi-2017.*Official:ratu-tatu-chasanah.*Regency:36\.04.*\), 0 new/);
    expect(run.stdout).toContain('PARTY_TO|Regency:36.04|Agreement:mou-serang-banyuwangi-2017');
    expect(await statementCount()).toBe(before);
  });

  it('with --json, says where a source disagrees with what the graph shows', async () => {
    const run = await ingest([path.join(fixtures, 'fixture-disagreeing-report.json'), '--dry-run', '--json']);
    expect(run.code).toBe(0);
    const [plan] = JSON.parse(run.stdout) as Plan[];
    expect(plan?.status).toBe('new');
    const adoption = plan?.disagreements.find((d) => d.fact === 'ADOPTED|Regency:36.04|Program:35.10-tourism-development-programs');
    expect(adoption).toMatchObject({ given: expect.stringContaining('status=IN_PROGRESS'), shown: expect.stringContaining('status=PLANNED') });
    expect(adoption?.shownBy).toContain('bantenheadline-2017-03-mou-serang-banyuwangi');
    const date = plan?.disagreements.find((d) => d.fact === 'PROPERTY|Agreement:mou-serang-banyuwangi-2017|date');
    expect(date).toMatchObject({ given: expect.stringContaining('date=2017-03-21'), shown: expect.stringContaining('date=2017-03-22') });
  });

  it('says a source the graph holds already is unchanged', async () => {
    const run = await ingest([path.join(root, 'seed', 'sources'), '--dry-run', '--json']);
    expect(run.code).toBe(0);
    const plans = JSON.parse(run.stdout) as Plan[];
    const article = plans.find((p) => p.sourceId === 'bantenheadline-2017-03-mou-serang-banyuwangi');
    expect(article).toMatchObject({ status: 'unchanged', statements: { added: 0, retracted: [] } });
  });

  it('lists every problem of a file at once, with its file and field, and exits 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
    const json = JSON.parse(fs.readFileSync(path.join(fixtures, 'fixture-agreeing-report.json'), 'utf8')) as { relationships: Array<Record<string, unknown>> };
    Object.assign(json.relationships[0] as object, { to: 'Agreement:no-such-mou', quote: 'Not in the text.' });
    fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(json));
    fs.copyFileSync(path.join(fixtures, 'fixture-agreeing-report.txt'), path.join(dir, 'broken.txt'));
    const run = await ingest([path.join(dir, 'broken.json'), '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ingest refused: \d+ problems:/);
    expect(run.stderr).toMatch(/broken\.json: relationships\[0\]\.to: "Agreement:no-such-mou": no Agreement with the id "no-such-mou"/);
    expect(run.stderr).toMatch(/broken\.json: relationships\[0\]\.quote: the passage "Not in the text\." is not in the text verbatim/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

});

describe('npm run ingest (applying)', () => {
  const AGREEING = 'fixture-agreeing-report';
  let before: unknown;
  beforeAll(async () => {
    before = await curatedSnapshot(api.database.executor);
  });
  afterAll(async () => {
    // As an admin's retraction will: the source leaves the stored set, and the layer is written again.
    await writeSources(api.database.executor, api.database.catalog, readSourceDir(), silentSeedLog, { remove: [AGREEING] });
  });

  it('applies a source in one transaction, keeps its file on its Source node and records the write; a second run changes nothing', async () => {
    const first = await ingest([path.join(fixtures, `${AGREEING}.json`)]);
    expect(first.stderr).toMatch(/applied 1 file in one transaction/);
    expect(first.code).toBe(0);
    const [audit] = await api.database.executor.runText('READ', 'MATCH (a:AuditEntry) RETURN a.who AS who, a.action AS action, a.sourceIds AS ids, a.planHash AS hash ORDER BY a.at DESC LIMIT 1');
    expect(audit).toMatchObject({ who: `npm run ingest (${os.userInfo().username})`, action: 'ingestSource', ids: [AGREEING], hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [stored] = await api.database.executor.runText('READ', 'MATCH (s:Source {id: $id}) RETURN s.text AS text, s.document IS NOT NULL AS kept', { id: AGREEING });
    expect(stored).toEqual({ text: fs.readFileSync(path.join(fixtures, `${AGREEING}.txt`), 'utf8'), kept: true });
    const once = await curatedSnapshot(api.database.executor);
    expect(once).not.toEqual(before);

    const second = await ingest([path.join(fixtures, `${AGREEING}.json`)]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`source ${AGREEING} (unchanged)`);
    expect(await curatedSnapshot(api.database.executor)).toEqual(once);
  });

  it('is kept by a later seed of seed/sources, and removing it returns the graph to exactly its earlier state', async () => {
    const once = await curatedSnapshot(api.database.executor);
    await writeSources(api.database.executor, api.database.catalog, readSourceDir(), silentSeedLog);
    expect(await curatedSnapshot(api.database.executor)).toEqual(once);
    await writeSources(api.database.executor, api.database.catalog, readSourceDir(), silentSeedLog, { remove: [AGREEING] });
    expect(await curatedSnapshot(api.database.executor)).toEqual(before);
  });

  it('two ingests at the same moment both land, whole, with no duplicate: the layer is written under one lock', async () => {
    const DISAGREEING = 'fixture-disagreeing-report';
    const runs = await Promise.all([AGREEING, DISAGREEING].map((name) => ingest([path.join(fixtures, `${name}.json`)])));
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    const [row] = await api.database.executor.runText(
      'READ',
      `MATCH (s:Source) WHERE s.id IN $ids
       RETURN collect(s.id) AS kept,
              COUNT { MATCH (st:Statement)-[:CITES]->(:Source {id: $disagreeing}) } AS disagreeing,
              COUNT { MATCH (st:Statement) WITH st.id AS id, count(*) AS n WHERE n > 1 RETURN id } AS duplicateStatements,
              COUNT { MATCH ()-[r:ADOPTED]->() WITH r.fact AS fact, count(*) AS n WHERE n > 1 RETURN fact } AS duplicateFacts`,
      { ids: [AGREEING, DISAGREEING], disagreeing: DISAGREEING },
    );
    expect([...(row?.kept as string[])].sort()).toEqual([AGREEING, DISAGREEING]);
    expect(Number(row?.disagreeing)).toBeGreaterThan(0);
    expect(row).toMatchObject({ duplicateStatements: 0, duplicateFacts: 0 });
    await writeSources(api.database.executor, api.database.catalog, readSourceDir(), silentSeedLog, { remove: [DISAGREEING] });
  });

  it('refuses a file of seed/sources: the seed writes those', async () => {
    const run = await ingest([path.join(root, 'seed', 'sources')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/source\.id: "bantenheadline-2017-03-mou-serang-banyuwangi" is also the id of seed\/sources\//);
  });
});
