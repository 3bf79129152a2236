import { listDataOf, useTestApi } from '../helpers/api';

/** Every fact of the seed article (shared/MISSION.md, facts 1–8), read back through the API. */
const api = useTestApi();

const SOURCE_ID = 'bantenheadline-2017-03-mou-serang-banyuwangi';
const PROVENANCE = 'provenance { quote inferred note source { key publisher } }';

interface Provenance {
  quote: string;
  inferred: boolean;
  note: string | null;
  source: { key: string; publisher: string };
}

/** The article's reference among the fact's references (other sources may state it too). */
function expectSourced(provenance: Provenance[], quoteFragment: string): void {
  const article = provenance.filter((p) => p.source.key === SOURCE_ID);
  expect(article).toHaveLength(1);
  expect(article[0]?.source).toEqual({ key: SOURCE_ID, publisher: 'BantenHeadline.com' });
  expect(article[0]?.quote).toContain(quoteFragment);
}

describe('fact 1–2: the MoU of Kabupaten Serang and Kabupaten Banyuwangi', () => {
  it('says when, where, by whom, on which sectors, and who says so', async () => {
    const data = listDataOf<{
      regency: {
        name: string;
        partners: Array<{ code: string }>;
        agreements: Array<{
          kind: string; date: string; dateText: string; dateInferred: boolean; dateInference: string; place: string;
          parties: Array<{ government: { code: string; name: string }; provenance: Provenance[] }>;
          signatories: Array<{ official: { key: string; name: string }; onBehalfOf: { code: string }; provenance: Provenance[] }>;
          sectors: Array<{ priority: boolean; sector: { key: string; localName: string }; provenance: Provenance[] }>;
          sources: Provenance[];
        }>;
      };
    }>(
      await api.query(`{
        regency(code: "36.04") {
          name
          partners { nodes { code } }
          agreements { nodes {
            kind date dateText dateInferred dateInference place
            parties { nodes { government { code name } ${PROVENANCE} } }
            signatories { nodes { official { key name } onBehalfOf { code } ${PROVENANCE} } }
            sectors { nodes { priority sector { key localName } ${PROVENANCE} } }
            sources: sources { quote inferred note source { key publisher } }
          } }
        }
      }`),
    );
    expect(data.regency.partners).toEqual([{ code: '35.10' }]);
    expect(data.regency.agreements).toHaveLength(1);
    const mou = data.regency.agreements[0];
    expect(mou).toMatchObject({ kind: 'MOU', date: '2017-03-22', dateText: 'Rabu (22/3)', dateInferred: true, place: 'Pendopo Bupati Banyuwangi' });
    expect(mou.dateInference).toMatch(/2017/);
    expect(mou.dateInference).toMatch(/2021/);
    expect(mou.parties.map((p) => p.government)).toEqual([
      { code: '35.10', name: 'Kabupaten Banyuwangi' },
      { code: '36.04', name: 'Kabupaten Serang' },
    ]);
    mou.parties.forEach((p) => expectSourced(p.provenance, 'menandatangani memorandum of understanding'));
    expect(mou.signatories.map((s) => [s.official.name, s.onBehalfOf.code]).sort()).toEqual([
      ['Abdullah Azwar Anas', '35.10'],
      ['Ratu Tatu Chasanah', '36.04'],
    ]);
    mou.signatories.forEach((s) => expectSourced(s.provenance, 'MoU'));
    expect(mou.sectors.map((s) => [s.sector.key, s.sector.localName, s.priority])).toEqual([
      ['education', 'Pendidikan', true],
      ['health', 'Kesehatan', true],
      ['tourism', 'Pariwisata', true],
    ]);
    mou.sectors.forEach((s) => expectSourced(s.provenance, 'pendidikan, kesehatan, dan pengembangan pariwisata'));
    expect(mou.sources.length).toBeGreaterThan(0);
    expect(mou.sources.some((s) => s.inferred)).toBe(true);
  });
});

describe('fact 3: the ban on comparative studies, and Banyuwangi as "the best"', () => {
  it('records the ban as a Serang policy since 2016, and the ranking as a claim, not a fact', async () => {
    const data = listDataOf<{
      serang: { programs: Array<{ since: number | null; program: { kind: string; since: number | null; name: string }; provenance: Provenance[] }> };
      banyuwangi: { claims: Array<{ kind: string; text: string; sources: Provenance[] }> };
    }>(
      await api.query(`{
        serang: regency(code: "36.04") { programs { nodes { since program { kind since name } ${PROVENANCE} } } }
        banyuwangi: regency(code: "35.10") { claims { nodes { kind text sources { quote inferred note source { key publisher } } } } }
      }`),
    );
    const ban = data.serang.programs.find((p) => p.program.kind === 'POLICY');
    expect(ban?.program.since).toBe(2016);
    expectSourced(ban!.provenance, 'dilarang melakukan studi banding');
    const best = data.banyuwangi.claims.find((c) => c.kind === 'ASSESSMENT');
    expect(best?.text).toMatch(/best/i);
    expectSourced(best!.sources, 'pemerintah kabupaten terbaik di Indonesia');
  });
});

describe('fact 4: who accompanied Ratu Tatu Chasanah', () => {
  it('lists the five agency heads and the Setda section heads, on 21 March', async () => {
    const data = listDataOf<{
      official: {
        name: string;
        nickname: string;
        positions: Array<{ localTitle: string; government: { code: string } }>;
        accompaniedBy: Array<{
          date: string; dateText: string;
          official: { key: string; name: string; isGroup: boolean; agency: { shortName: string; government: { code: string } } | null };
          provenance: Provenance[];
        }>;
      };
    }>(
      await api.query(`{
        official(id: "ratu-tatu-chasanah") {
          name nickname
          positions { nodes { localTitle government { code } } }
          accompaniedBy { nodes {
            date dateText
            official { key name isGroup agency { shortName government { code } } }
            ${PROVENANCE}
          } }
        }
      }`),
    );
    const tatu = data.official;
    expect(tatu).toMatchObject({ name: 'Ratu Tatu Chasanah', nickname: 'Tatu' });
    expect(tatu.positions).toEqual([{ localTitle: 'Bupati', government: { code: '36.04' } }]);
    const companions = Object.fromEntries(tatu.accompaniedBy.map((a) => [a.official.agency?.shortName, a.official.name]));
    expect(companions).toEqual({
      Bappeda: 'Anang Mulyana',
      Dindikbud: 'Asep Nugrahajaya',
      Dinkes: 'Sri Nurhayati',
      Disparpora: 'Tahyudin',
      DPMD: 'Abdullah',
      Setda: expect.stringContaining('Kepala bagian'),
    });
    expect(tatu.accompaniedBy.filter((a) => a.official.isGroup)).toHaveLength(1);
    for (const entry of tatu.accompaniedBy) {
      expect(entry.date).toBe('2017-03-21');
      expect(entry.official.agency?.government.code).toBe('36.04');
      expectSourced(entry.provenance, 'Selasa (21/3)');
    }
  });

  it('keeps Kepala DPMD Abdullah and Abdullah Azwar Anas two people', async () => {
    const data = listDataOf<{ officials: { edges: Array<{ node: { key: string; name: string; positions: Array<{ government: { code: string } }> } }> } }>(
      await api.query('{ officials(name: "Abdullah", first: 10) { edges { node { key name positions { nodes { government { code } } } } } } }'),
    );
    const people = data.officials.edges.map((e) => e.node);
    expect(people).toHaveLength(2);
    expect(new Set(people.map((p) => p.key)).size).toBe(2);
    expect(people.map((p) => [p.name, p.positions[0].government.code]).sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ['Abdullah', '36.04'],
      ['Abdullah Azwar Anas', '35.10'],
    ]);
  });

  it('answers the question from the other side: whom Anang Mulyana accompanied', async () => {
    const data = listDataOf<{ official: { accompanied: Array<{ official: { key: string } }> } }>(
      await api.query('{ official(id: "anang-mulyana") { accompanied { nodes { official { key } } } } }'),
    );
    expect(data.official.accompanied).toEqual([{ official: { key: 'ratu-tatu-chasanah' } }]);
  });
});

describe('facts 5–7: programs run, adopted and practised', () => {
  it('scholarships for poor students: Banyuwangi\'s program, already run by Serang', async () => {
    const data = listDataOf<{ program: { sectors: Array<{ key: string }>; origin: { government: { code: string }; provenance: Provenance[] }; runners: Array<{ government: { code: string }; provenance: Provenance[] }> } }>(
      await api.query(`{ program(id: "35.10-scholarships-for-poor-students") {
        sectors { key } origin { government { code } ${PROVENANCE} } runners { nodes { government { code } ${PROVENANCE} } } } }`),
    );
    expect(data.program.sectors).toEqual([{ key: 'education' }]);
    expect(data.program.origin.government.code).toBe('35.10');
    expect(data.program.runners.map((r) => r.government.code)).toEqual(['35.10', '36.04']);
    const serang = data.program.runners.find((r) => r.government.code === '36.04');
    expectSourced(serang!.provenance, 'beasiswa untuk siswa miskin');
  });

  it('tourism development: Serang plans to adopt it from Banyuwangi', async () => {
    const data = listDataOf<{ regency: { adoptedPrograms: Array<{ status: string; from: { code: string }; program: { key: string; origin: { government: { code: string } } }; provenance: Provenance[] }> } }>(
      await api.query(`{ regency(code: "36.04") { adoptedPrograms { nodes { status from { code } program { key origin { government { code } } } ${PROVENANCE} } } } }`),
    );
    expect(data.regency.adoptedPrograms).toHaveLength(1);
    const adoption = data.regency.adoptedPrograms[0];
    expect(adoption).toMatchObject({ status: 'PLANNED', from: { code: '35.10' }, program: { key: '35.10-tourism-development-programs', origin: { government: { code: '35.10' } } } });
    expectSourced(adoption.provenance, 'mengadopsi program pengembangan pariwisata');
  });

  it('Banyuwangi\'s festivals without an event organiser, independent surveys and IT', async () => {
    const data = listDataOf<{ regency: { programs: Array<{ program: { key: string; kind: string }; provenance: Provenance[] }> } }>(
      await api.query(`{ regency(code: "35.10") { programs { nodes { program { key kind } ${PROVENANCE} } } } }`),
    );
    const practices = Object.fromEntries(data.regency.programs.filter((p) => p.program.kind === 'PRACTICE').map((p) => [p.program.key, p.provenance[0].quote]));
    expect(practices['35.10-festivals-without-event-organiser']).toContain('100 festival');
    expect(practices['35.10-independent-surveys']).toContain('survei independen');
    expect(practices['35.10-information-technology']).toContain('informasi teknologi');
  });
});

describe('fact 8: Anas offers help', () => {
  it('is a commitment stated by Anas, about both governments', async () => {
    const data = listDataOf<{ claim: { kind: string; statedBy: { key: string }; about: Array<{ code: string }>; sources: Provenance[] } }>(
      await api.query('{ claim(id: "anas-offers-help-to-serang") { kind statedBy { key } about { code } sources { quote inferred note source { key publisher } } } }'),
    );
    expect(data.claim).toMatchObject({ kind: 'COMMITMENT', statedBy: { key: 'abdullah-azwar-anas' }, about: [{ code: '35.10' }, { code: '36.04' }] });
    expectSourced(data.claim.sources, 'siap membantu');
  });
});

describe('provenance is queryable', () => {
  it('lists what the source states, every curated relationship with a verbatim quote', async () => {
    const data = listDataOf<{ sources: Array<{ key: string; dateline: string; editorCode: string; facts: Array<{ type: string; quote: string }> }> }>(
      await api.query('{ sources(first: 100) { nodes { key dateline editorCode facts(first: 100) { nodes { type quote } } } } }'),
    );
    // The article and the backbone's Source at least; other real sources may follow.
    expect(data.sources.length).toBeGreaterThanOrEqual(2);
    const source = data.sources.find((s) => s.key === SOURCE_ID);
    if (!source) throw new Error('The article is not among the sources.');
    expect(source).toMatchObject({ key: SOURCE_ID, dateline: 'SERANG', editorCode: 'Red – 05' });
    const types = new Set(source.facts.map((f) => f.type));
    for (const type of ['SIGNED_MOU', 'PARTY_TO', 'COVERS', 'ACCOMPANIED', 'ADOPTED', 'RUNS', 'HOLDS_POSITION']) expect(types).toContain(type);
    expect(source.facts.every((f) => typeof f.quote === 'string' && f.quote.length > 10)).toBe(true);
  });
});

describe('search', () => {
  const first = async (query: string) => {
    const data = listDataOf<{ search: Array<{ type: string; node: { code?: string; key?: string } }> }>(
      await api.query('query ($q: String!) { search(query: $q) { type node { ... on Regency { code } ... on Official { key } ... on Agency { key } ... on Program { key } } } }', { q: query }),
    );
    return data.search;
  };

  it.each(['Kab. Serang', 'Kabupaten Serang', 'Pemkab Serang', 'kabupaten  SERANG'])('finds Kabupaten Serang for "%s", not Kota Serang', async (query) => {
    const hits = await first(query);
    expect(hits[0]).toEqual({ type: 'REGENCY', node: { code: '36.04' } });
    expect(hits.some((h) => h.node.code === '36.73')).toBe(false);
  });

  it('finds Kota Serang for "Kota Serang" and "Pemkot Serang"', async () => {
    expect((await first('Kota Serang'))[0]).toEqual({ type: 'REGENCY', node: { code: '36.73' } });
    expect((await first('Pemkot Serang'))[0]).toEqual({ type: 'REGENCY', node: { code: '36.73' } });
  });

  it('finds officials by nickname, ignoring case and accents', async () => {
    expect((await first('Tatu'))[0]).toEqual({ type: 'OFFICIAL', node: { key: 'ratu-tatu-chasanah' } });
    expect((await first('TÁTU'))[0]).toEqual({ type: 'OFFICIAL', node: { key: 'ratu-tatu-chasanah' } });
  });

  it('finds agencies by short name', async () => {
    expect((await first('Dinkes'))[0]).toEqual({ type: 'AGENCY', node: { key: '36.04-dinkes' } });
  });

  it('finds as you type and filters by type', async () => {
    expect((await first('Banyuw'))[0]).toEqual({ type: 'REGENCY', node: { code: '35.10' } });
    const data = listDataOf<{ search: Array<{ type: string }> }>(await api.query('{ search(query: "Serang", types: [AGENCY], first: 20) { type } }'));
    expect(data.search.length).toBe(6);
    expect(data.search.every((h) => h.type === 'AGENCY')).toBe(true);
  });
});
