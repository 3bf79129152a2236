import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApi } from '../helpers/api';
import type { TestApi } from '../helpers/api';
import { buildProject, runCommand } from '../helpers/command';
import { curatedSnapshot } from '../helpers/sources';

/**
 * Curators' writes through the real HTTP server (issue 10): tokens made with the real `npm run
 * token` command, roles refused before any database work, the same write as `npm run ingest`,
 * and the audit log. The ingested fixture is retracted again by the admin's test.
 */
const fixtures = path.join(__dirname, '..', 'fixtures', 'sources');
const AGREEING = 'fixture-agreeing-report';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokens-'));
const file = path.join(dir, 'tokens.json');
const tokens: Record<string, string> = {};
let api: TestApi;
let before: unknown;

interface Answer<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> {
  const response = await fetch(api.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
}

const INGEST = `mutation ($document: String!, $text: String!, $dryRun: Boolean) {
  ingestSource(document: $document, text: $text, dryRun: $dryRun) { sourceId status linked created statementsAdded referencesAdded disagreements { fact } }
}`;
const source = {
  document: fs.readFileSync(path.join(fixtures, `${AGREEING}.json`), 'utf8'),
  text: fs.readFileSync(path.join(fixtures, `${AGREEING}.txt`), 'utf8'),
};
const storedSources = async (): Promise<number> =>
  Number((await api.database.executor.runText('READ', 'MATCH (s:Source) WHERE s.document IS NOT NULL RETURN count(s) AS n'))[0]?.n);

beforeAll(async () => {
  buildProject();
  for (const [name, role] of [['reader-test', 'reader'], ['curator-test', 'curator'], ['admin-test', 'admin']] as const) {
    const run = await runCommand('dist/src/auth/cli.js', ['create', '--role', role, '--name', name, '--file', file]);
    if (run.code !== 0) throw new Error(run.stderr);
    tokens[role] = run.stdout.trim();
  }
  api = await startTestApi({ API_TOKENS_FILE: file });
  before = await curatedSnapshot(api.database.executor);
}, 180_000);
afterAll(async () => {
  await api.database.executor.runText('WRITE', "MATCH (a:AuditEntry) WHERE a.who IN ['curator-test', 'admin-test'] DELETE a");
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('curators write through GraphQL, behind roles', () => {
  it('npm run token keeps only the hash of each token and prints the token once', () => {
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ name: string; role: string; sha256: string }>;
    expect(entries.map((e) => [e.name, e.role])).toEqual([
      ['reader-test', 'reader'],
      ['curator-test', 'curator'],
      ['admin-test', 'admin'],
    ]);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(tokens.curator as string);
    expect(tokens.curator).toMatch(/^dgt_[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a write without a token (401), with an unknown token (401) and with a reader token (403), writing nothing', async () => {
    const none = await ask(INGEST, source);
    expect([none.status, none.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const unknown = await ask(INGEST, source, 'dgt_not-a-token');
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const reader = await ask(INGEST, source, tokens.reader);
    expect([reader.status, reader.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
    expect(await storedSources()).toBe(0);
  });

  it('a curator sees the plan with dryRun, then applies; a second apply is UNCHANGED', async () => {
    type Plan = { ingestSource: Array<{ sourceId: string; status: string; linked: string[]; created: string[]; statementsAdded: number; referencesAdded: string[] }> };
    const dry = await ask<Plan>(INGEST, { ...source, dryRun: true }, tokens.curator);
    expect(dry.status).toBe(200);
    expect(dry.data?.ingestSource[0]).toMatchObject({ sourceId: AGREEING, status: 'NEW', created: [] });
    expect(dry.data?.ingestSource[0]?.linked).toEqual(expect.arrayContaining(['Official:ratu-tatu-chasanah', 'Regency:36.04']));
    expect(await storedSources()).toBe(0);
    const applied = await ask<Plan>(INGEST, source, tokens.curator);
    expect(applied.status).toBe(200);
    expect(await storedSources()).toBe(1);
    const again = await ask<Plan>(INGEST, source, tokens.curator);
    expect(again.data?.ingestSource[0]).toMatchObject({ status: 'UNCHANGED', statementsAdded: 0 });
  });

  it('refuses a document that is not JSON or breaks the format with 400, listing the problems', async () => {
    const notJson = await ask(INGEST, { document: '{', text: 'x' }, tokens.curator);
    expect([notJson.status, notJson.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const wrong = await ask(INGEST, { document: source.document.replace('"PARTY_TO"', '"PARTY_OF"'), text: source.text }, tokens.curator);
    expect([wrong.status, wrong.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(wrong.errors?.[0]?.message).toMatch(/relationships\[0\]\.type: must be one of/);
  });

  it('only an admin retracts a source, which returns the graph to exactly its earlier state; the audit log shows each write', async () => {
    const RETRACT = `mutation ($id: ID!) { retractSource(id: $id) }`;
    const byCurator = await ask(RETRACT, { id: AGREEING }, tokens.curator);
    expect([byCurator.status, byCurator.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
    const byAdmin = await ask<{ retractSource: boolean }>(RETRACT, { id: AGREEING }, tokens.admin);
    expect(byAdmin.data?.retractSource).toBe(true);
    type Log = { auditLog: Array<{ who: string; action: string; sourceIds: string[]; planHash: string | null }> };
    expect((await ask(`{ auditLog { who } }`, {}, tokens.curator)).status).toBe(403);
    const log = await ask<Log>(`{ auditLog(first: 10) { who action sourceIds planHash } }`, {}, tokens.admin);
    expect(log.data?.auditLog.map((e) => [e.who, e.action, e.sourceIds])).toEqual([
      ['admin-test', 'retractSource', [AGREEING]],
      ['curator-test', 'ingestSource', [AGREEING]],
      ['curator-test', 'ingestSource', [AGREEING]],
    ]);
    expect(log.data?.auditLog[1]?.planHash).toMatch(/^[0-9a-f]{64}$/);
    // The audit entries aside (the writes are recorded), the graph is exactly as before the ingest.
    await api.database.executor.runText('WRITE', "MATCH (a:AuditEntry) WHERE a.who IN ['curator-test', 'admin-test'] DELETE a");
    expect(await curatedSnapshot(api.database.executor)).toEqual(before);
  });

  it('introspection shows the mutations, each saying the role it needs', async () => {
    const schema = await ask<{ __schema: { mutationType: { fields: Array<{ name: string; description: string }> } } }>(
      '{ __schema { mutationType { fields { name description } } } }',
    );
    const fields = schema.data?.__schema.mutationType.fields ?? [];
    expect(fields.find((f) => f.name === 'ingestSource')?.description).toMatch(/role curator or admin/);
    expect(fields.find((f) => f.name === 'retractSource')?.description).toMatch(/role admin/);
  });
});
