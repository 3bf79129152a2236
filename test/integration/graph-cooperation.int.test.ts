import { dataOf, useTestApi } from '../helpers/api';

const api = useTestApi();

interface NetworkAnswer {
  cooperationNetwork: {
    nodes: Array<{ ref: string; regency: { code: string; name: string }; agreementCount: number; partnerCount: number }>;
    edges: Array<{
      id: string;
      source: string;
      target: string;
      agreement: { key: string; title: string; date: string | null; dateInferred: boolean | null };
      sectors: Array<{ key: string }>;
      provenance: Array<{ quote: string | null }>;
    }>;
  };
}

const NETWORK = `query Network($provinceCode: ID, $sectorId: ID, $from: LocalDate, $to: LocalDate) {
  cooperationNetwork(provinceCode: $provinceCode, sectorId: $sectorId, from: $from, to: $to) {
    nodes { ref regency { code name } agreementCount partnerCount }
    edges { id source target agreement { key title date dateInferred } sectors { key } provenance { quote } }
  }
}`;

const MOU_EDGE = {
  id: 'Agreement:mou-serang-banyuwangi-2017|Regency:35.10|Regency:36.04',
  source: 'Regency:35.10',
  target: 'Regency:36.04',
  agreement: { key: 'mou-serang-banyuwangi-2017', date: '2017-03-22', dateInferred: true },
};

describe('cooperationNetwork', () => {
  it('has Serang and Banyuwangi joined by their MoU, with its sectors and quote, in one round trip', async () => {
    const response = await api.query<NetworkAnswer>(NETWORK);
    const network = dataOf(response).cooperationNetwork;
    // Other sources may add agreements (and partners): the article's MoU is asserted on.
    const serang = network.nodes.find((n) => n.ref === 'Regency:36.04');
    expect(serang).toMatchObject({ regency: { code: '36.04', name: 'Kabupaten Serang' } });
    expect(network.nodes.find((n) => n.ref === 'Regency:35.10')?.regency.name).toBe('Kabupaten Banyuwangi');
    expect(network.nodes.map((n) => n.ref)).toEqual([...network.nodes.map((n) => n.ref)].sort());
    const mou = network.edges.filter((e) => e.id === MOU_EDGE.id);
    expect(mou).toHaveLength(1);
    expect(mou[0]).toMatchObject(MOU_EDGE);
    expect(mou[0]?.sectors.map((s) => s.key)).toEqual(expect.arrayContaining(['education', 'health', 'tourism']));
    // Both PARTY_TO cite the same sentence of the article: it is given once.
    const quotes = mou[0]?.provenance.map((p) => p.quote) ?? [];
    expect(quotes.filter((q) => q?.includes('melakukan kerja sama dengan Pemkab Banyuwangi'))).toHaveLength(1);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('filters by a party\'s province (Jawa Timur, 35) and keeps the partner from Banten', async () => {
    const response = await api.query<NetworkAnswer>(NETWORK, { provinceCode: '35' });
    const network = dataOf(response).cooperationNetwork;
    expect(network.nodes.map((n) => n.ref)).toEqual(expect.arrayContaining(['Regency:35.10', 'Regency:36.04']));
    expect(network.edges.map((e) => e.id)).toContain(MOU_EDGE.id);
    // Every edge kept has a party in Jawa Timur.
    expect(network.edges.every((e) => [e.source, e.target].some((ref) => ref.startsWith('Regency:35.')))).toBe(true);
    const elsewhere = dataOf(await api.query<NetworkAnswer>(NETWORK, { provinceCode: '11' })).cooperationNetwork;
    expect(elsewhere.edges.map((e) => e.id)).not.toContain(MOU_EDGE.id);
    expect(elsewhere.edges.every((e) => [e.source, e.target].some((ref) => ref.startsWith('Regency:11.')))).toBe(true);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('filters by sector: tourism keeps the MoU, a sector it does not cover leaves nothing', async () => {
    const tourism = await api.query<NetworkAnswer>(NETWORK, { sectorId: 'tourism', provinceCode: '35' });
    expect(dataOf(tourism).cooperationNetwork.edges.map((e) => e.agreement.key)).toEqual(['mou-serang-banyuwangi-2017']);
    expect(tourism.extensions?.cypherRoundTrips).toBe(1);
    const agriculture = await api.query<NetworkAnswer>(NETWORK, { sectorId: 'agriculture' });
    expect(dataOf(agriculture).cooperationNetwork).toEqual({ nodes: [], edges: [] });
  });

  it('filters by period: 2017 keeps the MoU, a period that excludes 2017 is empty', async () => {
    const dates = (answer: NetworkAnswer): Array<string | null> => answer.cooperationNetwork.edges.map((e) => e.agreement.date);
    const in2017 = dataOf(await api.query<NetworkAnswer>(NETWORK, { from: '2017-01-01', to: '2017-12-31' }));
    expect(in2017.cooperationNetwork.edges.map((e) => e.id)).toContain(MOU_EDGE.id);
    expect(dates(in2017).every((d) => d !== null && d >= '2017-01-01' && d <= '2017-12-31')).toBe(true);
    const onTheDay = dataOf(await api.query<NetworkAnswer>(NETWORK, { from: '2017-03-22', to: '2017-03-22' }));
    expect(onTheDay.cooperationNetwork.edges.map((e) => e.id)).toContain(MOU_EDGE.id);
    expect(dates(onTheDay).every((d) => d === '2017-03-22')).toBe(true);
    const laterResponse = await api.query<NetworkAnswer>(NETWORK, { from: '2018-01-01' });
    const later = dataOf(laterResponse);
    expect(later.cooperationNetwork.edges.map((e) => e.id)).not.toContain(MOU_EDGE.id);
    expect(dates(later).every((d) => d !== null && d >= '2018-01-01')).toBe(true);
    expect(laterResponse.extensions?.cypherRoundTrips).toBe(1);
    const earlier = dataOf(await api.query<NetworkAnswer>(NETWORK, { to: '2016-12-31', provinceCode: '36' }));
    expect(earlier.cooperationNetwork.edges.map((e) => e.id)).not.toContain(MOU_EDGE.id);
    expect(dates(earlier).every((d) => d !== null && d <= '2016-12-31')).toBe(true);
  });

  it('refuses an empty period and malformed codes', async () => {
    const cases: Array<[Record<string, unknown>, RegExp, string]> = [
      [{ from: '2018-01-01', to: '2017-01-01' }, /"from" \(2018-01-01\) is after "to" \(2017-01-01\)/, 'from'],
      [{ provinceCode: '3' }, /"3" is not a province code/, 'provinceCode'],
      [{ sectorId: 'Tourism' }, /lower-case slugs/, 'sectorId'],
    ];
    for (const [variables, message, argumentName] of cases) {
      const response = await api.query(NETWORK, variables);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
    const notADate = await api.query(NETWORK, { from: '2017-02-30' });
    expect(notADate.errors?.[0]?.message).toMatch(/LocalDate/);
  });
});

interface Regency {
  code: string;
}
interface DiffusionAnswer {
  programDiffusion: {
    program: { key: string };
    origin: { government: Regency; provenance: Array<{ quote: string | null; inferred: boolean }> } | null;
    runners: Array<{ government: Regency; since: number | null }>;
    adoptions: Array<{
      government: Regency;
      from: Regency | null;
      status: string;
      date: string | null;
      generation: number | null;
      provenance: Array<{ quote: string | null; inferred: boolean; note: string | null; source: { title: string } }>;
    }>;
    tree: Array<{
      ref: string;
      parentRef: string | null;
      generation: number | null;
      government: Regency & { name: string };
      isOrigin: boolean;
      runs: boolean;
      adoptionStatus: string | null;
    }>;
  } | null;
}

const DIFFUSION = `query Diffusion($id: ID!) {
  programDiffusion(programId: $id) {
    program { key }
    origin { government { code } provenance { quote inferred } }
    runners { government { code } since }
    adoptions { government { code } from { code } status date generation provenance { quote inferred note source { title } } }
    tree { ref parentRef generation government { code name } isOrigin runs adoptionStatus }
  }
}`;

describe('programDiffusion', () => {
  it('shows Banyuwangi\'s tourism programs planned by Serang (PLANNED, from 35.10), as a timeline and a tree', async () => {
    const response = await api.query<DiffusionAnswer>(DIFFUSION, { id: '35.10-tourism-development-programs' });
    const diffusion = dataOf(response).programDiffusion;
    if (!diffusion) throw new Error('no diffusion');
    expect(diffusion.program.key).toBe('35.10-tourism-development-programs');
    expect(diffusion.origin?.government.code).toBe('35.10');
    expect(diffusion.origin?.provenance[0]?.inferred).toBe(true);
    expect(diffusion.runners.map((r) => r.government.code)).toEqual(['35.10']);
    expect(diffusion.adoptions).toHaveLength(1);
    const [adoption] = diffusion.adoptions;
    expect(adoption).toMatchObject({ government: { code: '36.04' }, from: { code: '35.10' }, status: 'PLANNED', date: null, generation: 1 });
    expect(adoption?.provenance[0]?.quote).toBe('“Ke depan, kami akan banyak mengadopsi program pengembangan pariwisata,” ujar Tatu.');
    expect(adoption?.provenance[0]?.note).toMatch(/^Planned/);
    expect(adoption?.provenance[0]?.source.title).toMatch(/BantenHeadline/);
    expect(diffusion.tree).toEqual([
      {
        ref: 'Regency:35.10',
        parentRef: null,
        generation: 0,
        government: { code: '35.10', name: 'Kabupaten Banyuwangi' },
        isOrigin: true,
        runs: true,
        adoptionStatus: null,
      },
      {
        ref: 'Regency:36.04',
        parentRef: 'Regency:35.10',
        generation: 1,
        government: { code: '36.04', name: 'Kabupaten Serang' },
        isOrigin: false,
        runs: false,
        adoptionStatus: 'PLANNED',
      },
    ]);
    // The diffusion query, then the source document of the quotes.
    expect(response.extensions?.cypherRoundTrips).toBe(2);
  });

  it('shows a program Serang runs too without a recorded adoption: a runner outside the tree of adoptions', async () => {
    const response = await api.query<DiffusionAnswer>(DIFFUSION, { id: '35.10-scholarships-for-poor-students' });
    const diffusion = dataOf(response).programDiffusion;
    expect(diffusion?.runners.map((r) => r.government.code)).toEqual(['35.10', '36.04']);
    expect(diffusion?.adoptions).toEqual([]);
    expect(diffusion?.tree.map((n) => [n.ref, n.parentRef, n.generation, n.runs])).toEqual([
      ['Regency:35.10', null, 0, true],
      ['Regency:36.04', null, null, true],
    ]);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('is null for a program that does not exist, and refuses a malformed id', async () => {
    expect(dataOf(await api.query<DiffusionAnswer>(DIFFUSION, { id: 'no-such-program' })).programDiffusion).toBeNull();
    const bad = await api.query(DIFFUSION, { id: 'Program:35.10-tourism-development-programs' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'programId' });
  });
});
