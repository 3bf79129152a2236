import fs from 'node:fs';
import path from 'node:path';
import { startTestApi } from '../helpers/api';
import type { TestApi } from '../helpers/api';
import { buildProject } from '../helpers/command';
import { askWithToken, makeTokens } from '../helpers/curation';
import type { Answer } from '../helpers/curation';
import { curatedSnapshot } from '../helpers/sources';

/**
 * Curators' writes through the real HTTP server (issue 10): tokens made with the real `npm run
 * token` command, roles refused before any database work, the same write as `npm run ingest`,
 * and the audit log. The ingested fixture is retracted again by the admin's test.
 */
const fixtures = path.join(__dirname, '..', 'fixtures', 'sources');
const WHO = ['curator-test', 'other-curator-test', 'admin-test'];
const AGREEING = 'fixture-agreeing-report';
let tokens: Record<string, string> = {};
let file = '';
let removeTokens = (): void => {};
let api: TestApi;
let before: unknown;

const ask = <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> => askWithToken<T>(api.server.url, query, variables, token);

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
  const made = await makeTokens([['reader-test', 'reader'], ['curator-test', 'curator'], ['other-curator-test', 'curator'], ['admin-test', 'admin']]);
  ({ file, remove: removeTokens } = made);
  tokens = { reader: made.tokens['reader-test'] as string, curator: made.tokens['curator-test'] as string, otherCurator: made.tokens['other-curator-test'] as string, admin: made.tokens['admin-test'] as string };
  api = await startTestApi({ API_TOKENS_FILE: file });
  before = await curatedSnapshot(api.database.executor);
}, 180_000);
afterAll(async () => {
  await api.database.executor.runText('WRITE', 'MATCH (a:AuditEntry) WHERE a.who IN $who DELETE a', { who: WHO });
  await api.close();
  removeTokens();
});

describe('curators write through GraphQL, behind roles', () => {
  it('npm run token keeps only the hash of each token and prints the token once', () => {
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ name: string; role: string; sha256: string }>;
    expect(entries.map((e) => [e.name, e.role])).toEqual([
      ['reader-test', 'reader'],
      ['curator-test', 'curator'],
      ['other-curator-test', 'curator'],
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

  it("a curator ranks a statement of its own source, with a reason; the graph shows the rank and NORMAL undoes it", async () => {
    const RANK = `mutation ($sourceId: ID!, $fact: String!, $rank: Rank!, $reason: String) { setStatementRank(sourceId: $sourceId, fact: $fact, rank: $rank, reason: $reason) }`;
    const ADOPTIONS = `{ regency(code: "36.04") { adoptedPrograms(first: 10) { nodes { fact rank rankReason } } } }`;
    type Adoptions = { regency: { adoptedPrograms: { nodes: Array<{ fact: string; rank: string; rankReason: string | null }> } } };
    const fact = 'ADOPTED|Regency:36.04|Program:35.10-tourism-development-programs';
    const adoption = async () => (await ask<Adoptions>(ADOPTIONS)).data?.regency.adoptedPrograms.nodes.find((n) => n.fact === fact);
    expect(await adoption()).toEqual({ fact, rank: 'NORMAL', rankReason: null });

    const noReason = await ask(RANK, { sourceId: AGREEING, fact, rank: 'PREFERRED' }, tokens.curator);
    expect([noReason.status, noReason.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const noFact = await ask(RANK, { sourceId: AGREEING, fact: 'ADOPTED|Regency:36.04|Program:nothing', rank: 'NORMAL' }, tokens.curator);
    expect([noFact.status, noFact.errors?.[0]?.message]).toEqual([400, `Source ${AGREEING} states nothing about the fact ADOPTED|Regency:36.04|Program:nothing.`]);
    const seedFile = await ask(RANK, { sourceId: 'bantenheadline-2017-03-mou-serang-banyuwangi', fact, rank: 'NORMAL' }, tokens.admin);
    expect([seedFile.status, seedFile.errors?.[0]?.message]).toEqual([400, expect.stringContaining('is a file of seed/sources')]);
    const otherCurator = await ask(RANK, { sourceId: AGREEING, fact, rank: 'PREFERRED', reason: 'x' }, tokens.otherCurator);
    expect([otherCurator.status, otherCurator.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);

    const ranked = await ask<{ setStatementRank: boolean }>(RANK, { sourceId: AGREEING, fact, rank: 'PREFERRED', reason: 'Confirmed by the minutes of the meeting.' }, tokens.curator);
    expect(ranked.data?.setStatementRank).toBe(true);
    expect(await adoption()).toMatchObject({ rank: 'PREFERRED', rankReason: 'Confirmed by the minutes of the meeting.' });
    const stored = await api.database.executor.runText('READ', 'MATCH (s:Source {id: $id}) RETURN s.document AS document, s.ingestedBy AS by', { id: AGREEING });
    expect(stored[0]?.by).toBe('curator-test');
    expect(String(stored[0]?.document)).toContain('"rank":"PREFERRED"');

    const DATE = 'PROPERTY|Agreement:mou-serang-banyuwangi-2017|date';
    await ask(RANK, { sourceId: AGREEING, fact: DATE, rank: 'PREFERRED', reason: 'The agreement says so.' }, tokens.admin);
    const dates = await ask<{ agreement: { propertyStatements: Array<{ value: string; rank: string }> } }>(
      `{ agreement(id: "mou-serang-banyuwangi-2017") { propertyStatements(properties: [DATE]) { value rank } } }`,
    );
    expect(dates.data?.agreement.propertyStatements).toEqual([{ value: '2017-03-22', rank: 'PREFERRED' }]);

    for (const f of [fact, DATE]) await ask(RANK, { sourceId: AGREEING, fact: f, rank: 'NORMAL' }, tokens.curator);
    expect(await adoption()).toMatchObject({ rank: 'NORMAL', rankReason: null });
  });

  it("a curator changes only the sources it ingested: another curator's retraction and re-ingest get 403", async () => {
    const RETRACT = `mutation ($id: ID!) { retractSource(id: $id) }`;
    const retract = await ask(RETRACT, { id: AGREEING }, tokens.otherCurator);
    expect([retract.status, retract.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
    const reingest = await ask(INGEST, source, tokens.otherCurator);
    expect([reingest.status, reingest.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
    const unknown = await ask(RETRACT, { id: 'no-such-source' }, tokens.admin);
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await storedSources()).toBe(1);
  });

  it('the curator retracts its source, which returns the graph to exactly its earlier state; the audit log shows each write, page by page', async () => {
    const RETRACT = `mutation ($id: ID!) { retractSource(id: $id) }`;
    const byCurator = await ask<{ retractSource: boolean }>(RETRACT, { id: AGREEING }, tokens.curator);
    expect(byCurator.data?.retractSource).toBe(true);
    expect(await curatedSnapshot(api.database.executor)).toEqual(before);
    expect((await ask(RETRACT, { id: AGREEING }, tokens.admin)).status).toBe(400);

    type Log = { auditLog: Array<{ id: string; who: string; action: string; sourceIds: string[]; planHash: string | null; detail: string }> };
    expect((await ask(`{ auditLog { who } }`, {}, tokens.curator)).status).toBe(403);
    const log = await ask<Log>(`{ auditLog(first: 20) { id who action sourceIds planHash detail } }`, {}, tokens.admin);
    expect(log.errors).toBeUndefined();
    const ours = (log.data?.auditLog ?? []).filter((e) => WHO.includes(e.who));
    expect(ours.map((e) => [e.who, e.action])).toEqual([
      ['curator-test', 'retractSource'],
      ['curator-test', 'setStatementRank'],
      ['curator-test', 'setStatementRank'],
      ['admin-test', 'setStatementRank'],
      ['curator-test', 'setStatementRank'],
      ['curator-test', 'ingestSource'],
      ['curator-test', 'ingestSource'],
    ]);
    expect(ours.every((e) => e.sourceIds.includes(AGREEING))).toBe(true);
    expect(ours[5]?.planHash).toMatch(/^[0-9a-f]{64}$/);
    // What each changed: the first ingest added statements, the second none; the rank says which fact.
    expect(JSON.parse(ours[6]?.detail ?? '[]')).toEqual([expect.objectContaining({ sourceId: AGREEING, status: 'new', statementsAdded: expect.any(Number) })]);
    expect(JSON.parse(ours[6]?.detail ?? '[]')[0].statementsAdded).toBeGreaterThan(0);
    expect(JSON.parse(ours[5]?.detail ?? '[]')).toEqual([expect.objectContaining({ status: 'unchanged', statementsAdded: 0, retracted: [] })]);
    expect(JSON.parse(ours[4]?.detail ?? '{}')).toEqual({ sourceId: AGREEING, fact: 'ADOPTED|Regency:36.04|Program:35.10-tourism-development-programs', rank: 'PREFERRED', reason: 'Confirmed by the minutes of the meeting.' });
    expect(JSON.parse(ours[0]?.detail ?? '{}')).toEqual({ removed: AGREEING });
    const all = log.data?.auditLog ?? [];
    const page = await ask<Log>(`query ($after: ID) { auditLog(first: 2, after: $after) { id } }`, { after: all[1]?.id }, tokens.admin);
    expect(page.data?.auditLog.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    const badAfter = await ask(`{ auditLog(after: "nope") { id } }`, {}, tokens.admin);
    expect([badAfter.status, badAfter.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('with READS_NEED_TOKEN=true, a read without a known token gets 401 and a reader token is answered', async () => {
    const closed = await startTestApi({ API_TOKENS_FILE: file, READS_NEED_TOKEN: 'true' });
    try {
      const QUERY = '{ regency(code: "36.04") { name } }';
      for (const token of [undefined, 'dgt_not-a-token']) {
        const refused = await askWithToken(closed.server.url, QUERY, {}, token);
        expect([refused.status, refused.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      const answered = await askWithToken<{ regency: { name: string } }>(closed.server.url, QUERY, {}, tokens.reader);
      expect([answered.status, answered.data?.regency.name]).toEqual([200, 'Kabupaten Serang']);
    } finally {
      await closed.close();
    }
  });

  it('a write outlasting REQUEST_TIMEOUT_MS is answered with its result, not REQUEST_TIMEOUT: writes get WRITE_TIMEOUT_MS', async () => {
    // Planning and writing the whole curated layer takes longer than 150 ms here (about 0.5 s
    // measured); without the write's own deadline this request would be answered 503.
    const quick = await startTestApi({ API_TOKENS_FILE: file, REQUEST_TIMEOUT_MS: '150', NEO4J_TRANSACTION_TIMEOUT_MS: '100' });
    try {
      const applied = await askWithToken<{ ingestSource: Array<{ status: string }> }>(quick.server.url, INGEST, source, tokens.curator);
      expect([applied.status, applied.data?.ingestSource[0]?.status]).toEqual([200, 'NEW']);
      const retracted = await askWithToken<{ retractSource: boolean }>(quick.server.url, `mutation { retractSource(id: "${AGREEING}") }`, {}, tokens.curator);
      expect([retracted.status, retracted.data?.retractSource]).toEqual([200, true]);
    } finally {
      await quick.close();
    }
    expect(await curatedSnapshot(api.database.executor)).toEqual(before);
  });

  it('two ingestSource requests at the same moment both land whole, with no duplicate statement or fact', async () => {
    const DISAGREEING = 'fixture-disagreeing-report';
    const disagreeing = {
      document: fs.readFileSync(path.join(fixtures, `${DISAGREEING}.json`), 'utf8'),
      text: fs.readFileSync(path.join(fixtures, `${DISAGREEING}.txt`), 'utf8'),
    };
    const answers = await Promise.all([source, disagreeing].map((s) => ask<{ ingestSource: Array<{ status: string }> }>(INGEST, s, tokens.curator)));
    expect(answers.map((a) => [a.status, a.data?.ingestSource[0]?.status])).toEqual([
      [200, 'NEW'],
      [200, 'NEW'],
    ]);
    const [row] = await api.database.executor.runText(
      'READ',
      `RETURN COUNT { MATCH (s:Source) WHERE s.document IS NOT NULL } AS stored,
              COUNT { MATCH (st:Statement) WITH st.id AS id, count(*) AS n WHERE n > 1 RETURN id } AS duplicateStatements,
              COUNT { MATCH ()-[r]->() WHERE r.fact IS NOT NULL WITH type(r) AS t, r.fact AS fact, count(*) AS n WHERE n > 1 RETURN fact } AS duplicateFacts`,
    );
    expect(row).toEqual({ stored: 2, duplicateStatements: 0, duplicateFacts: 0 });
    for (const id of [AGREEING, DISAGREEING]) await ask(`mutation ($id: ID!) { retractSource(id: $id) }`, { id }, tokens.curator);
    expect(await curatedSnapshot(api.database.executor)).toEqual(before);
  });

  it('introspection shows the mutations, each saying the role it needs', async () => {
    const schema = await ask<{ __schema: { mutationType: { fields: Array<{ name: string; description: string }> } } }>(
      '{ __schema { mutationType { fields { name description } } } }',
    );
    const fields = schema.data?.__schema.mutationType.fields ?? [];
    expect(fields.find((f) => f.name === 'ingestSource')?.description).toMatch(/role curator or admin/);
    expect(fields.find((f) => f.name === 'retractSource')?.description).toMatch(/role curator \(for a source it ingested\) or admin/);
    expect(fields.find((f) => f.name === 'setStatementRank')?.description).toMatch(/role curator \(for a source it ingested\) or admin/);
  });
});
