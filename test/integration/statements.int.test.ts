import { listDataOf, useTestApi } from '../helpers/api';
import { curatedSnapshot, fixture, seedCuratedWith } from '../helpers/sources';

/**
 * Several sources per fact (docs/model.md, "Statements"): the test-only sources of
 * test/fixtures/sources are written beside the real ones, and the graph is put back as the
 * real sources alone state it after each step and at the end.
 */
const api = useTestApi();

const ARTICLE = 'bantenheadline-2017-03-mou-serang-banyuwangi';
const AGREEING = 'fixture-agreeing-report';
const DISAGREEING = 'fixture-disagreeing-report';
const TOURISM = '35.10-tourism-development-programs';

/**
 * The references among the article's and the fixtures': a real source added to seed/sources
 * later may state these facts too, and must not break the test.
 */
const ours = (refs: readonly Ref[]): string[] => refs.map((r) => r.source.key).filter((id) => [ARTICLE, AGREEING, DISAGREEING].includes(id));

interface Ref {
  source: { key: string };
  quote: string;
}
interface AdoptionValue {
  status: string;
  rank: string;
  rankReason: string | null;
  provenance: Ref[];
}
interface Adoption extends AdoptionValue {
  government: { code: string };
  statements: AdoptionValue[];
}

const ADOPTERS = `query ($id: ID!) {
  program(id: $id) {
    adopters { nodes {
      government { code } status rank rankReason provenance { source { key } quote }
      statements { status rank rankReason provenance { source { key } quote } }
    } }
  }
}`;

async function serangAdoption(): Promise<Adoption> {
  const data = listDataOf<{ program: { adopters: Adoption[] } }>(await api.query(ADOPTERS, { id: TOURISM }));
  const adoptions = data.program.adopters.filter((a) => a.government.code === '36.04');
  // However many sources state it, a fact is one relationship.
  expect(adoptions).toHaveLength(1);
  return adoptions[0] as Adoption;
}

let before: unknown;

describe('statements from several sources', () => {
  beforeAll(async () => {
    await seedCuratedWith(api.database);
    before = await curatedSnapshot(api.database.executor);
  });

  // Inside the describe, so it runs before the API's own afterAll closes the connection.
  afterAll(async () => {
    await seedCuratedWith(api.database);
  });

  describe('a second source agreeing', () => {
    beforeAll(async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING)]);
    });

    it('adds a reference to each fact it states, never replacing the others, dated source first', async () => {
      const SIGNATORIES = `{ agreement(id: "mou-serang-banyuwangi-2017") {
        signatories { nodes { official { key } onBehalfOf { code } references { source { key } quote } } } } }`;
      type Signatories = { agreement: { signatories: Array<{ official: { key: string }; onBehalfOf: { code: string }; references: Ref[] }> } };
      const tatuOf = (data: Signatories) => data.agreement.signatories.filter((s) => s.official.key === 'ratu-tatu-chasanah');
      await seedCuratedWith(api.database);
      const alone = tatuOf(listDataOf<Signatories>(await api.query(SIGNATORIES)));
      await seedCuratedWith(api.database, [fixture(AGREEING)]);
      const data = listDataOf<Signatories>(await api.query(SIGNATORIES));
      const tatu = tatuOf(data);
      expect(tatu).toHaveLength(1);
      expect(tatu[0]?.onBehalfOf.code).toBe('36.04');
      const ids = tatu[0]?.references.map((p) => p.source.key) ?? [];
      // One reference more, the earlier ones kept; the fixture is dated (2017-03-23) and the
      // article prints no date, and undated sources come last.
      expect(ids).toEqual(expect.arrayContaining([...(alone[0]?.references.map((p) => p.source.key) ?? []), AGREEING]));
      expect(ids).toHaveLength((alone[0]?.references.length ?? 0) + 1);
      expect(ids.indexOf(AGREEING)).toBeLessThan(ids.indexOf(ARTICLE));
      expect(tatu[0]?.references[ids.indexOf(AGREEING)]?.quote).toContain('atas nama Pemkab Serang');
      // Anas is not stated by the fixture.
      const anas = data.agreement.signatories.find((s) => s.official.key === 'abdullah-azwar-anas');
      expect(anas?.references.map((p) => p.source.key)).not.toContain(AGREEING);
    });

    it('keeps one relationship per fact for traversals', async () => {
      const [row] = await api.database.executor.runText(
        'READ',
        `MATCH (:Regency {code: '36.04'})-[r:PARTY_TO]->(:Agreement {id: 'mou-serang-banyuwangi-2017'})
         RETURN count(r) AS relationships,
                COUNT { (st:Statement {fact: 'PARTY_TO|Regency:36.04|Agreement:mou-serang-banyuwangi-2017'}) } AS statements`,
      );
      expect(row?.relationships).toBe(1);
      expect(Number(row?.statements)).toBeGreaterThanOrEqual(2);
    });

    it("lists the source's own facts, found from the source", async () => {
      const data = listDataOf<{ source: { facts: Array<{ type: string; fromKey: string; toKey: string }> } }>(
        await api.query(`{ source(id: "${AGREEING}") { facts { nodes { type fromKey toKey } } } }`),
      );
      expect(data.source.facts.map((f) => f.type)).toEqual(['ADOPTED', 'PARTY_TO', 'SIGNED_MOU']);
    });

    it('shows a single value with NORMAL rank when the sources agree', async () => {
      const adoption = await serangAdoption();
      expect(adoption).toMatchObject({ status: 'PLANNED', rank: 'NORMAL', rankReason: null });
      expect(adoption.statements.map((s) => [s.status, s.rank, ours(s.provenance)])).toEqual([['PLANNED', 'NORMAL', [AGREEING, ARTICLE]]]);
    });
  });

  describe('a third source disagreeing', () => {
    beforeAll(async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING), fixture(DISAGREEING)]);
    });

    it('keeps both values with their references; the simple field shows the value more sources state', async () => {
      const adoption = await serangAdoption();
      expect(adoption.status).toBe('PLANNED');
      expect(ours(adoption.provenance)).toEqual([AGREEING, ARTICLE]);
      expect(adoption.statements.map((s) => [s.status, s.rank, ours(s.provenance)])).toEqual([
        ['PLANNED', 'NORMAL', [AGREEING, ARTICLE]],
        ['IN_PROGRESS', 'NORMAL', [DISAGREEING]],
      ]);
    });
  });

  describe("a node's own property: the MoU's date", () => {
    const DATE = `{ agreement(id: "mou-serang-banyuwangi-2017") {
      title date dateText
      propertyStatements(properties: [DATE]) {
        property value rank rankReason shown
        references { source { key } quote qualifiers { name value } }
      }
    } }`;
    interface DateStatement {
      property: string;
      value: string;
      rank: string;
      rankReason: string | null;
      shown: boolean;
      references: Array<Ref & { qualifiers: Array<{ name: string; value: string | null }> }>;
    }
    type Answer = { agreement: { title: string; date: string; dateText: string; propertyStatements: DateStatement[] } };
    const ask = async (): Promise<Answer['agreement']> => listDataOf<Answer>(await api.query(DATE)).agreement;
    const summary = (statements: readonly DateStatement[]) => statements.map((s) => [s.value, s.rank, s.shown, ours(s.references)]);

    it('a second source giving the same date adds a second reference to it, dated source first, each with its own wording', async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING)]);
      const agreement = await ask();
      // The fixture declares only the date: the title is still the article's.
      expect(agreement.title).toMatch(/Pemkab Serang and Pemkab Banyuwangi/);
      expect(agreement).toMatchObject({ date: '2017-03-22', dateText: 'Rabu (22/3)' });
      expect(summary(agreement.propertyStatements)).toEqual([['2017-03-22', 'NORMAL', true, [AGREEING, ARTICLE]]]);
      const [first] = agreement.propertyStatements;
      const wording = first?.references.map((r) => r.qualifiers.find((q) => q.name === 'dateText')?.value);
      expect(wording?.slice(0, 2)).toEqual(['22 Maret 2017', 'Rabu (22/3)']);
    });

    it('a third source giving another date shows both values with their ranks; the field shows the one more sources give', async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING), fixture(DISAGREEING)]);
      const agreement = await ask();
      expect(agreement.date).toBe('2017-03-22');
      expect(summary(agreement.propertyStatements)).toEqual([
        ['2017-03-22', 'NORMAL', true, [AGREEING, ARTICLE]],
        ['2017-03-21', 'NORMAL', false, [DISAGREEING]],
      ]);
    });

    it("a curator's PREFERRED rank on a property chooses the value and the wording the node shows", async () => {
      const preferred = fixture(DISAGREEING, (json) => {
        const [mou] = json.agreements as Array<Record<string, unknown>>;
        Object.assign(mou as object, { ranks: { date: { rank: 'PREFERRED', rankReason: 'The signing ceremony was on the Tuesday.' } } });
      });
      await seedCuratedWith(api.database, [fixture(AGREEING), preferred]);
      const agreement = await ask();
      expect(agreement).toMatchObject({ date: '2017-03-21', dateText: 'Selasa, 21 Maret 2017' });
      expect(agreement.propertyStatements.map((s) => [s.value, s.rank, s.rankReason, s.shown])).toEqual([
        ['2017-03-21', 'PREFERRED', 'The signing ceremony was on the Tuesday.', true],
        ['2017-03-22', 'NORMAL', null, false],
      ]);
    });

    it('refuses a node no source gives a required property of, and a rank of a property the entry does not give', async () => {
      const titleless = fixture(AGREEING, (json) => {
        json.agreements = [{ id: 'fixture-untitled-mou', date: '2017-03-22', sourcedFrom: { quote: 'Nota kesepahaman itu ditandatangani di Banyuwangi pada 22 Maret 2017.' } }];
      });
      await expect(seedCuratedWith(api.database, [titleless])).rejects.toThrow(/fixture-agreeing-report\.json: agreements\[0\]: Agreement:fixture-untitled-mou has no kind/);
      await expect(seedCuratedWith(api.database, [titleless])).rejects.toThrow(/Agreement:fixture-untitled-mou has no title/);
      const wrongRank = fixture(AGREEING, (json) => {
        const [mou] = json.agreements as Array<Record<string, unknown>>;
        Object.assign(mou as object, { ranks: { place: { rank: 'DEPRECATED', rankReason: 'x' } } });
      });
      await expect(seedCuratedWith(api.database, [wrongRank])).rejects.toThrow(/agreements\[0\]\.ranks\.place: ranks a property this entry does not give/);
    });
  });

  describe('a rank set by a curator', () => {
    const preferred = fixture(DISAGREEING, (json) => {
      const [adopted] = json.relationships as Array<Record<string, unknown>>;
      Object.assign(adopted as object, { rank: 'PREFERRED', rankReason: 'The later report: the program had started by April 2017.' });
    });
    const deprecated = fixture(DISAGREEING, (json) => {
      const [adopted] = json.relationships as Array<Record<string, unknown>>;
      Object.assign(adopted as object, { rank: 'DEPRECATED', rankReason: 'Misread: the program was still being planned.' });
    });

    it('PREFERRED chooses what the simple fields show, with its reason', async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING), preferred]);
      const adoption = await serangAdoption();
      expect(adoption).toMatchObject({ status: 'IN_PROGRESS', rank: 'PREFERRED', rankReason: 'The later report: the program had started by April 2017.' });
      expect(adoption.statements.map((s) => [s.status, s.rank])).toEqual([
        ['IN_PROGRESS', 'PREFERRED'],
        ['PLANNED', 'NORMAL'],
      ]);
    });

    it('DEPRECATED hides the value from the simple fields and keeps it, last, in the full form', async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING), deprecated]);
      const adoption = await serangAdoption();
      expect(adoption).toMatchObject({ status: 'PLANNED', rank: 'NORMAL' });
      expect(adoption.statements.map((s) => [s.status, s.rank, s.rankReason])).toEqual([
        ['PLANNED', 'NORMAL', null],
        ['IN_PROGRESS', 'DEPRECATED', 'Misread: the program was still being planned.'],
      ]);
    });

    it('refuses a rank without a reason, naming the file and field, and writes nothing', async () => {
      const noReason = fixture(DISAGREEING, (json) => {
        const [adopted] = json.relationships as Array<Record<string, unknown>>;
        Object.assign(adopted as object, { rank: 'DEPRECATED' });
      });
      const snapshot = await curatedSnapshot(api.database.executor);
      await expect(seedCuratedWith(api.database, [noReason])).rejects.toThrow(
        /fixture-disagreeing-report\.json: relationships\[0\]\.rankReason: say why the rank is DEPRECATED/,
      );
      expect(await curatedSnapshot(api.database.executor)).toEqual(snapshot);
    });
  });

  describe('terms of office', () => {
    const HEAD = `query ($asOf: LocalDate) { regency(code: "36.04") { head(asOf: $asOf) { key } } }`;
    const headOn = async (asOf: string): Promise<string | null> =>
      listDataOf<{ regency: { head: { key: string } | null } }>(await api.query(HEAD, { asOf })).regency.head?.key ?? null;

    it('a term from another source makes head(asOf:) answer within it, with the precision it gives', async () => {
      await seedCuratedWith(api.database);
      expect(await headOn('2019-06-01')).toBeNull();
      expect(await headOn('2017-03-22')).toBe('ratu-tatu-chasanah');
      await seedCuratedWith(api.database, [fixture(DISAGREEING)]);
      expect(await headOn('2019-06-01')).toBe('ratu-tatu-chasanah');
      expect(await headOn('2016-02-16')).toBeNull();
      expect(await headOn('2021-02-18')).toBeNull();
      // Ending known only to the year: held through the whole of 2021.
      const toTheYear = fixture(DISAGREEING, (json) => {
        const position = (json.relationships as Array<Record<string, unknown>>)[1] as Record<string, unknown>;
        Object.assign(position, { endDate: '2021-01-01', endPrecision: 'YEAR' });
      });
      await seedCuratedWith(api.database, [toTheYear]);
      expect(await headOn('2021-12-31')).toBe('ratu-tatu-chasanah');
      expect(await headOn('2022-01-01')).toBeNull();
    });

    it('shows every value of a position with its term, rank and references', async () => {
      await seedCuratedWith(api.database, [fixture(DISAGREEING)]);
      const data = listDataOf<{
        official: {
          positions: Array<{
            title: string;
            statements: Array<{
              start: { date: string; precision: string; inferred: boolean } | null;
              end: { date: string; precision: string } | null;
              attested: { date: string; text: string } | null;
              rank: string;
              references: Array<{ quote: string; source: { title: string } }>;
            }>;
          }>;
        };
      }>(
        await api.query(`{ official(id: "ratu-tatu-chasanah") { positions { nodes { title statements {
          start { date precision inferred } end { date precision } attested { date text } rank references { quote source { title } } } } } } }`),
      );
      const regent = data.official.positions.filter((p) => p.title === 'Regent');
      expect(regent).toHaveLength(1);
      const values = regent[0]?.statements ?? [];
      expect(values).toHaveLength(2);
      const term = values.find((v) => v.start !== null);
      expect(term).toMatchObject({
        start: { date: '2016-02-17', precision: 'DAY', inferred: false },
        end: { date: '2021-02-17', precision: 'DAY' },
        attested: null,
        rank: 'NORMAL',
      });
      expect(term?.references.map((r) => r.source.title)).toEqual(['Test fixture: a later report disagreeing with the article']);
      const attested = values.find((v) => v.start === null);
      expect(attested?.attested).toEqual({ date: '2017-03-22', text: 'Rabu (22/3)' });
    });

    describe('a vacant post and an unnamed holder are not "not recorded"', () => {
      const POST = `query ($code: ID!, $asOf: LocalDate) { regency(code: $code) {
        head(asOf: $asOf) { key }
        headPosition(asOf: $asOf) { title holder official { key } references { source { key } quote } }
        officials(asOf: $asOf) { nodes { title holder official { key } } }
      } }`;
      type Post = { title: string; holder: string; official: { key: string } | null; references?: Ref[] };
      type Answer = { regency: { head: { key: string } | null; headPosition: Post | null; officials: Post[] } };
      const ask = async (code: string, asOf: string): Promise<Answer['regency']> => listDataOf<Answer>(await api.query(POST, { code, asOf })).regency;

      beforeAll(async () => {
        await seedCuratedWith(api.database, [fixture(DISAGREEING)]);
      });

      it('NONE: on a day a source says the post of Bupati was vacant, headPosition says so and head is null', async () => {
        const vacant = await ask('36.04', '2021-02-20');
        expect(vacant.head).toBeNull();
        expect(vacant.headPosition).toMatchObject({ title: 'Regent', holder: 'NONE', official: null });
        expect(ours(vacant.headPosition?.references ?? [])).toEqual([DISAGREEING]);
        expect(vacant.officials).toContainEqual({ title: 'Regent', holder: 'NONE', official: null });
      });

      it('KNOWN within the term, and null (not recorded) where no source speaks of the post', async () => {
        expect((await ask('36.04', '2019-06-01')).headPosition).toMatchObject({ holder: 'KNOWN', official: { key: 'ratu-tatu-chasanah' } });
        const unrecorded = await ask('36.04', '2023-06-01');
        expect(unrecorded.headPosition).toBeNull();
        expect(unrecorded.head).toBeNull();
      });

      it('UNKNOWN: a Wali Kota of Kota Serang (36.73) the source does not name, not confused with Kabupaten Serang (36.04)', async () => {
        const kota = await ask('36.73', '2017-03-22');
        expect(kota.head).toBeNull();
        expect(kota.headPosition).toMatchObject({ title: 'Mayor', holder: 'UNKNOWN', official: null });
        expect((await ask('36.04', '2017-03-22')).headPosition).toMatchObject({ holder: 'KNOWN', official: { key: 'ratu-tatu-chasanah' } });
      });

      it('traversals never see them: no relationship, only the statements', async () => {
        const [row] = await api.database.executor.runText(
          'READ',
          `MATCH (st:Statement) WHERE st.fact STARTS WITH 'HOLDS_POSITION|NONE|' OR st.fact STARTS WITH 'HOLDS_POSITION|UNKNOWN|'
           RETURN count(st) AS statements, COUNT { (st)-[:SUBJECT]->() } AS subjects,
                  COUNT { ()-[r:HOLDS_POSITION]->() WHERE r.fact STARTS WITH 'HOLDS_POSITION|NONE|' OR r.fact STARTS WITH 'HOLDS_POSITION|UNKNOWN|' } AS relationships`,
        );
        expect(row).toEqual({ statements: 2, subjects: 0, relationships: 0 });
      });

      it('refuses NONE or UNKNOWN without the time it is about, and NONE where another relationship needs an entity', async () => {
        const timeless = fixture(DISAGREEING, (json) => {
          const rels = json.relationships as Array<Record<string, unknown>>;
          Object.assign(rels[2] as object, { startDate: null, endDate: null });
        });
        await expect(seedCuratedWith(api.database, [timeless])).rejects.toThrow(/relationships\[2\]\.from: NONE says who held the post only at a time/);
        const party = fixture(DISAGREEING, (json) => {
          (json.relationships as unknown[]).push({ type: 'PARTY_TO', from: 'NONE', to: 'Agreement:mou-serang-banyuwangi-2017', quote: 'Pemkab Serang kini sedang menjalankan program pengembangan pariwisata yang ditiru dari Banyuwangi.' });
        });
        await expect(seedCuratedWith(api.database, [party])).rejects.toThrow(/relationships\[4\]\.from: "NONE" is not a reference/);
      });
    });
  });

  describe('retraction', () => {
    it('removing the added sources returns the graph to exactly its earlier state', async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING), fixture(DISAGREEING)]);
      expect(await curatedSnapshot(api.database.executor)).not.toEqual(before);
      await seedCuratedWith(api.database);
      expect(await curatedSnapshot(api.database.executor)).toEqual(before);
    });

    it('removing one fact from a source removes exactly its reference', async () => {
      const withoutParty = fixture(AGREEING, (json) => {
        json.relationships = (json.relationships as Array<{ type: string }>).filter((r) => r.type !== 'PARTY_TO');
      });
      await seedCuratedWith(api.database, [fixture(AGREEING)]);
      await seedCuratedWith(api.database, [withoutParty]);
      const [row] = await api.database.executor.runText(
        'READ',
        `MATCH (st:Statement)-[:CITES]->(s:Source {id: $id}) RETURN collect(st.type) AS types`,
        { id: AGREEING },
      );
      expect([...(row?.types as string[])].sort()).toEqual(['ADOPTED', 'PROPERTY', 'SIGNED_MOU']);
      const [party] = await api.database.executor.runText(
        'READ',
        `MATCH (:Regency {code: '36.04'})-[r:PARTY_TO]->(:Agreement {id: 'mou-serang-banyuwangi-2017'})
         RETURN count(r) AS n, COUNT { (st:Statement {fact: r.fact}) } AS statements`,
      );
      expect(party).toEqual({ n: 1, statements: 1 });
    });

    it('seeding the same sources twice changes nothing', async () => {
      await seedCuratedWith(api.database, [fixture(AGREEING), fixture(DISAGREEING)]);
      const once = await curatedSnapshot(api.database.executor);
      await seedCuratedWith(api.database, [fixture(AGREEING), fixture(DISAGREEING)]);
      expect(await curatedSnapshot(api.database.executor)).toEqual(once);
    });
  });
});
