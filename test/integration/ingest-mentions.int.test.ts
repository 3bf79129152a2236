import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApi } from '../helpers/api';
import type { TestApi } from '../helpers/api';
import { buildProject, runCommand } from '../helpers/command';
import { askWithToken, makeTokens } from '../helpers/curation';
import { curatedSnapshot } from '../helpers/sources';
import { resolveInGraph } from '../../src/ingest/candidates';

/**
 * Issue 10's "done when", through the real command and the real HTTP server: a second article
 * naming people and governments as a reporter does (test/fixtures/ingest/README.md) is planned,
 * applied, applied again without change, resolved by the aliases it left, and retracted by an
 * admin, the graph returning to exactly its earlier state.
 */
const fixtures = path.join(__dirname, '..', 'fixtures', 'ingest');
const SECOND = 'fixture-second-article';
const file = path.join(fixtures, `${SECOND}.json`);
const ingest = (args: string[]) => runCommand('dist/src/ingest/cli.js', args);

let api: TestApi;
let tokens: { file: string; tokens: Record<string, string>; remove: () => void };
let before: unknown;

interface Plan {
  sourceId: string;
  status: string;
  entities: { linked: string[]; created: string[] };
  mentions: Array<{ path: string; kind: string; ref: string; sentence: string }>;
  statements: { added: number; unchanged: number; retracted: string[] };
}

const read = (cypher: string, params: Record<string, unknown> = {}) => api.database.executor.runText('READ', cypher, params);

beforeAll(async () => {
  buildProject();
  tokens = await makeTokens([['mentions-admin-test', 'admin']]);
  api = await startTestApi({ API_TOKENS_FILE: tokens.file });
  before = await curatedSnapshot(api.database.executor);
}, 180_000);
afterAll(async () => {
  await api.database.executor.runText('WRITE', "MATCH (a:AuditEntry) WHERE a.who = 'mentions-admin-test' OR a.who STARTS WITH 'npm run ingest' DELETE a");
  await api.close();
  tokens.remove();
});

describe('a second article named by names (npm run ingest, then retractSource)', () => {
  it('--dry-run links Ratu Tatu Chasanah, Kabupaten Serang and the Kepala DPMD Abdullah, makes Budi Santoso new, and writes nothing', async () => {
    const run = await ingest([file, '--dry-run', '--json']);
    expect(run.code).toBe(0);
    const [plan] = JSON.parse(run.stdout) as Plan[];
    expect(plan?.status).toBe('new');
    const byPath = Object.fromEntries((plan?.mentions ?? []).map((m) => [m.path, [m.kind, m.ref]]));
    expect(byPath).toEqual({
      'relationships[0].from': ['linked', 'Official:ratu-tatu-chasanah'],
      'relationships[0].to': ['linked', 'Regency:36.04'],
      'relationships[1].from': ['linked', 'Official:abdullah-dpmd-serang'],
      'relationships[1].to': ['linked', 'Agency:36.04-dpmd'],
      'relationships[2].from': ['linked', 'Official:abdullah-dpmd-serang'],
      'relationships[2].to': ['linked', 'Official:ratu-tatu-chasanah'],
      'relationships[3].from': ['new', 'Official:budi-santoso'],
      'relationships[3].to': ['linked', 'Official:ratu-tatu-chasanah'],
    });
    expect(plan?.entities.created).toEqual(['Official:budi-santoso']);
    expect(plan?.entities.linked).not.toContain('Official:abdullah-azwar-anas');

    const text = await ingest([file, '--dry-run']);
    expect(text.stdout).toContain('mention at relationships[0].from: "Bu Ratu Tatu" → Official:ratu-tatu-chasanah (by words of the name)');
    expect(text.stdout).toContain('mention at relationships[2].from: "Kang Dul" → Official:abdullah-dpmd-serang (by key)');
    expect(text.stdout).toContain('mention at relationships[3].from: "Budi Santoso" → new Official:budi-santoso');
    expect(await curatedSnapshot(api.database.executor)).toEqual(before);
  });

  it('applies: the new official, the visit and the aliases are in the graph; a second run changes nothing', async () => {
    const first = await ingest([file]);
    expect(first.stderr).toMatch(/applied 1 file in one transaction/);
    expect(first.code).toBe(0);
    const [row] = await read(
      `MATCH (budi:Official {id: 'budi-santoso'})-[v:ACCOMPANIED]->(tatu:Official {id: 'ratu-tatu-chasanah'})
       MATCH (dul:Official {id: 'abdullah-dpmd-serang'})
       RETURN budi {.name, .isGroup} AS budi, toString(v.date) AS date, dul.aliases AS dulAliases, tatu.aliases AS tatuAliases,
              COUNT { (:Official {id: 'abdullah-dpmd-serang'})-[:ACCOMPANIED]->(tatu) } AS dulVisits`,
    );
    expect(row).toEqual({
      budi: { name: 'Budi Santoso', isGroup: false },
      date: '2017-05-10',
      dulAliases: ['Kang Dul'],
      // "Tatu" is her nickname already; "Bu Ratu Tatu" is kept without the honorific.
      tatuAliases: ['Ratu Tatu'],
      // The article's visit (22 March) and this one (10 May): two facts, not two values of one.
      dulVisits: 2,
    });
    const once = await curatedSnapshot(api.database.executor);

    const second = await ingest([file, '--json']);
    expect(second.code).toBe(0);
    const [plan] = JSON.parse(second.stdout) as Plan[];
    expect(plan).toMatchObject({ status: 'unchanged', statements: { added: 0, retracted: [] }, entities: { created: [] } });
    expect(plan?.mentions.find((m) => m.path === 'relationships[3].from')).toMatchObject({ kind: 'linked', ref: 'Official:budi-santoso' });
    expect(await curatedSnapshot(api.database.executor)).toEqual(once);
  });

  it('the next source resolves by the aliases this one left: "Kang Dul" is the Kepala DPMD', async () => {
    const executor = api.database.executor;
    expect(await resolveInGraph(executor, { label: 'Official', text: 'Kang Dul' })).toEqual({ kind: 'linked', ref: 'Official:abdullah-dpmd-serang', by: 'alias' });
    expect(await resolveInGraph(executor, { label: 'Official', text: 'Pak Budi Santoso' })).toMatchObject({ kind: 'linked', ref: 'Official:budi-santoso' });
  });

  it("refuses a mention the graph cannot decide, listing the candidates, with the file's other problems, and writes nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { source: { id: string }; relationships: Array<Record<string, unknown>> };
    json.source.id = 'fixture-ambiguous';
    (json.relationships[0] as Record<string, unknown>).to = { mention: 'Serang', label: 'Regency' };
    (json.relationships[1] as Record<string, unknown>).from = { mention: 'Someone', key: 'Official:nobody-here' };
    (json.relationships[2] as Record<string, unknown>).quote = 'Not in the text.';
    fs.writeFileSync(path.join(dir, 'ambiguous.json'), JSON.stringify(json));
    fs.copyFileSync(path.join(fixtures, `${SECOND}.txt`), path.join(dir, 'ambiguous.txt'));
    const snapshot = await curatedSnapshot(api.database.executor);
    const run = await ingest([path.join(dir, 'ambiguous.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ambiguous\.json: relationships\[0\]\.to: "Serang" could be \d+ Regency nodes; write the key of the one meant: .*Regency:36\.04 \(Kabupaten Serang \(36\.04\)\).*Regency:36\.73/);
    expect(run.stderr).toMatch(/ambiguous\.json: relationships\[1\]\.from: "Official:nobody-here": no Official has this key in the graph/);
    expect(run.stderr).toMatch(/ambiguous\.json: relationships\[2\]\.quote: the passage "Not in the text\." is not in the text verbatim/);
    expect(run.stderr).toMatch(/ingest refused: 3 problems:/);
    expect(await curatedSnapshot(api.database.executor)).toEqual(snapshot);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an admin retracts it through GraphQL: the graph is exactly as before the ingest', async () => {
    const answer = await askWithToken<{ retractSource: boolean }>(api.server.url, `mutation { retractSource(id: "${SECOND}") }`, {}, tokens.tokens['mentions-admin-test']);
    expect(answer.data?.retractSource).toBe(true);
    expect(await curatedSnapshot(api.database.executor)).toEqual(before);
    const [gone] = await read(`MATCH (dul:Official {id: 'abdullah-dpmd-serang'}) RETURN EXISTS { (:Official {id: 'budi-santoso'}) } AS budi, dul.aliases AS aliases`);
    expect(gone).toEqual({ budi: false, aliases: null });
  });
});
