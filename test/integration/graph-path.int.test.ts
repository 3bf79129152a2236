import { pathText } from '../../src/graph/graph.repository';
import { dataOf, useTestApi } from '../helpers/api';
import { profiledOperators, totalDbHits } from '../helpers/plan';

const api = useTestApi();

interface Provenance {
  quote: string | null;
  inferred: boolean;
  note: string | null;
  source?: { title: string };
}
interface PathAnswer {
  path: {
    length: number;
    nodes: Array<{ ref: string; label: string; key: string; kind: string | null; displayName: string; hops: number }>;
    edges: Array<{ id: string; type: string; source: string; target: string; provenance: Provenance[] }>;
  } | null;
}

const PATH = `query Path($from: ID!, $to: ID!, $maxLength: Int, $types: [RelationshipType!]) {
  path(from: $from, to: $to, maxLength: $maxLength, relationshipTypes: $types) {
    length
    nodes { ref label key kind displayName hops }
    edges { id type source target provenance { quote inferred note } }
  }
}`;

const ARTICLE = 'Pemkab Serang and Pemkab Banyuwangi sign an MoU (BantenHeadline.com report)';

describe('path', () => {
  it('joins Anang Mulyana to Abdullah Azwar Anas through Tatu and the MoU, with the quote of each step, in one round trip', async () => {
    const response = await api.query<PathAnswer>(PATH, { from: 'Official:anang-mulyana', to: 'Official:abdullah-azwar-anas' });
    const path = dataOf(response).path;
    expect(path).not.toBeNull();
    expect(path?.length).toBe(3);
    expect(path?.nodes.map((n) => n.ref)).toEqual([
      'Official:anang-mulyana',
      'Official:ratu-tatu-chasanah',
      'Agreement:mou-serang-banyuwangi-2017',
      'Official:abdullah-azwar-anas',
    ]);
    expect(path?.nodes.map((n) => n.hops)).toEqual([0, 1, 2, 3]);
    expect(path?.nodes[2]).toMatchObject({ label: 'AGREEMENT', kind: 'MOU', key: 'mou-serang-banyuwangi-2017' });
    expect(path?.nodes[0]).toMatchObject({ label: 'OFFICIAL', kind: 'PERSON', displayName: 'Anang Mulyana' });
    expect(path?.edges.map((e) => e.type)).toEqual(['ACCOMPANIED', 'SIGNED_MOU', 'SIGNED_MOU']);
    // Each edge keeps its own direction: the last one runs from Anas to the MoU, against the path.
    expect(path?.edges.map((e) => [e.source, e.target])).toEqual([
      ['Official:anang-mulyana', 'Official:ratu-tatu-chasanah'],
      ['Official:ratu-tatu-chasanah', 'Agreement:mou-serang-banyuwangi-2017'],
      ['Official:abdullah-azwar-anas', 'Agreement:mou-serang-banyuwangi-2017'],
    ]);
    // The article's words for each step (other sources may add their own references).
    const [accompanied, signedByTatu] = path?.edges ?? [];
    const fromArticle = accompanied?.provenance.find((p) => p.quote?.includes('Kepala Bappeda Anang Mulyana'));
    expect(fromArticle).toMatchObject({ inferred: true });
    expect(fromArticle?.note).toMatch(/2017/);
    expect(signedByTatu?.provenance.some((p) => p.quote?.includes('Bupati Serang Ratu Tatu Chasanah yang menandatangani'))).toBe(true);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('names the source document of each step with one more round trip', async () => {
    const response = await api.query<{ path: { edges: Array<{ provenance: Array<{ source: { title: string } }> }> } }>(
      `{ path(from: "Official:anang-mulyana", to: "Official:abdullah-azwar-anas") { edges { provenance { source { title } } } } }`,
    );
    const titles = dataOf(response).path.edges.map((e) => e.provenance.map((p) => p.source.title));
    expect(titles).toHaveLength(3);
    for (const step of titles) expect(step).toContain(ARTICLE);
    expect(response.extensions?.cypherRoundTrips).toBe(2);
  });

  it('joins Kabupaten Serang (36.04) and Kabupaten Banyuwangi (35.10) in two steps through a shared agreement or program', async () => {
    const response = await api.query<PathAnswer>(PATH, { from: 'Regency:36.04', to: 'Regency:35.10' });
    const path = dataOf(response).path;
    expect(path?.length).toBe(2);
    expect(path?.nodes[0]?.ref).toBe('Regency:36.04');
    expect(path?.nodes[2]?.ref).toBe('Regency:35.10');
    // Several paths are shortest (the MoU, the scholarships, the tourism programs): any one will do.
    expect(['AGREEMENT', 'PROGRAM']).toContain(path?.nodes[1]?.label);
    expect(path?.nodes[0]).toMatchObject({ kind: 'REGENCY', displayName: 'Kabupaten Serang' });
    for (const edge of path?.edges ?? []) {
      expect(['PARTY_TO', 'RUNS', 'ADOPTED', 'ORIGINATED_IN']).toContain(edge.type);
      expect(edge.provenance.length).toBeGreaterThan(0);
    }
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('crosses the backbone, which carries no provenance: a village of Serang to Banyuwangi\'s tourism programs', async () => {
    const response = await api.query<PathAnswer>(PATH, { from: 'Village:36.04.33.2002', to: 'Program:35.10-tourism-development-programs' });
    const path = dataOf(response).path;
    expect(path?.edges.map((e) => e.type)).toEqual(['IN_DISTRICT', 'IN_REGENCY', 'ADOPTED']);
    expect(path?.edges.slice(0, 2).every((e) => e.provenance.length === 0)).toBe(true);
    expect(path?.edges[2]?.provenance[0]?.quote).toContain('mengadopsi program pengembangan pariwisata');
  });

  it('reads no statement when the selection asks for no provenance, and finds the same path', async () => {
    const bare = PATH.replace(' provenance { quote inferred note }', '');
    const [whole, lean] = await Promise.all([
      api.query<PathAnswer>(PATH, { from: 'Official:anang-mulyana', to: 'Official:abdullah-azwar-anas' }),
      api.query<PathAnswer>(bare, { from: 'Official:anang-mulyana', to: 'Official:abdullah-azwar-anas' }),
    ]);
    const withoutProvenance = dataOf(whole).path?.edges.map(({ provenance: _provenance, ...edge }) => edge);
    expect(dataOf(lean).path?.edges).toEqual(withoutProvenance);
    expect(dataOf(lean).path?.nodes).toEqual(dataOf(whole).path?.nodes);
    const params = { from: { label: 'Official', key: 'anang-mulyana' }, to: { label: 'Official', key: 'abdullah-azwar-anas' } };
    const operators = await profiledOperators(api.database.driver, api.config.neo4j.database, pathText(api.database.catalog, 6, { types: ['ACCOMPANIED', 'SIGNED_MOU'], references: false }), params);
    expect(operators.some((o) => /Statement/.test(o.details))).toBe(false);
    expect(operators.find((o) => o.operator === 'ShortestPath')?.details).toMatch(/:ACCOMPANIED\|SIGNED_MOU\*0\.\.6\]/);
  });

  it('is null when the shortest path is longer than maxLength', async () => {
    const response = await api.query<PathAnswer>(PATH, { from: 'Official:anang-mulyana', to: 'Official:abdullah-azwar-anas', maxLength: 2 });
    expect(dataOf(response).path).toBeNull();
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('searches no further than maxLength: the bound is in the pattern, so a shorter search reads less', async () => {
    const params = { from: { label: 'Province', key: '11' }, to: { label: 'Province', key: '12' } };
    const profile = (maxLength: number) => profiledOperators(api.database.driver, api.config.neo4j.database, pathText(api.database.catalog, maxLength), params);
    const [short, long] = await Promise.all([profile(3), profile(10)]);
    expect(short.find((o) => o.operator === 'ShortestPath')?.details).toMatch(/\*0\.\.3\]/);
    expect(long.find((o) => o.operator === 'ShortestPath')?.details).toMatch(/\*0\.\.10\]/);
    // Aceh and Sumatera Utara are 3 hops apart through no curated fact: 795 db hits against 29,138 on the seeded graph.
    expect(totalDbHits(short) * 10).toBeLessThan(totalDbHits(long));
  });

  it('is null when nothing joins two entities (provinces with no curated link) or an entity does not exist', async () => {
    const apart = await api.query<PathAnswer>(PATH, { from: 'Province:11', to: 'Province:36', maxLength: 10 });
    expect(dataOf(apart).path).toBeNull();
    const missing = await api.query<PathAnswer>(PATH, { from: 'Official:nobody', to: 'Regency:36.04' });
    expect(dataOf(missing).path).toBeNull();
  });

  it('follows only the relationship types asked for, and claims only when asked', async () => {
    const onlyBackbone = await api.query<PathAnswer>(PATH, {
      from: 'Regency:36.04',
      to: 'Regency:35.10',
      types: ['IN_PROVINCE', 'IN_REGENCY', 'IN_DISTRICT'],
      maxLength: 10,
    });
    expect(dataOf(onlyBackbone).path).toBeNull();
    const viaClaim = await api.query<PathAnswer>(PATH, {
      from: 'Regency:36.04',
      to: 'Regency:35.10',
      types: ['ABOUT'],
    });
    expect(dataOf(viaClaim).path?.nodes.map((n) => n.ref)).toEqual(['Regency:36.04', 'Claim:anas-offers-help-to-serang', 'Regency:35.10']);
  });

  it('is the entity alone from an entity to itself', async () => {
    const response = await api.query<PathAnswer>(PATH, { from: 'Official:tahyudin', to: 'Official:tahyudin' });
    expect(dataOf(response).path).toMatchObject({ length: 0, nodes: [{ ref: 'Official:tahyudin', hops: 0 }], edges: [] });
  });

  it('lets a frontend load each entity on the way, one batch per label', async () => {
    const response = await api.query<{ path: { nodes: Array<{ entity: { __typename: string; name?: string; title?: string } }> } }>(
      `{ path(from: "Official:anang-mulyana", to: "Official:abdullah-azwar-anas") {
          nodes { entity { __typename ... on Official { name } ... on Agreement { title } } }
      } }`,
    );
    expect(dataOf(response).path.nodes.map((n) => n.entity.__typename)).toEqual(['Official', 'Official', 'Agreement', 'Official']);
    expect(response.extensions?.cypherRoundTrips).toBe(3);
  });

  it('refuses malformed references, SOURCED_FROM and a maxLength out of 1..10 before any Cypher runs', async () => {
    const cases: Array<[Record<string, unknown>, RegExp, string]> = [
      [{ from: 'Kabupaten:36.04', to: 'Regency:35.10' }, /"Kabupaten" is not a label of the graph \(Province, Regency, /, 'from'],
      [{ from: 'Regency:36.04', to: '36.04' }, /not an entity reference: write Label:key/, 'to'],
      [{ from: 'Regency:36.4', to: 'Regency:35.10' }, /"36\.4" is not a regency code: expected the form "36\.04"/, 'from'],
      [{ from: 'Official:Ratu Tatu', to: 'Regency:35.10' }, /lower-case slugs/, 'from'],
      [{ from: 'Regency:36.04', to: 'Regency:35.10', maxLength: 11 }, /"maxLength" must be from 1 to 10, but it is 11/, 'maxLength'],
      [{ from: 'Regency:36.04', to: 'Regency:35.10', maxLength: 0 }, /"maxLength" must be from 1 to 10/, 'maxLength'],
      [{ from: 'Regency:36.04', to: 'Regency:35.10', types: ['SOURCED_FROM'] }, /may not contain SOURCED_FROM/, 'relationshipTypes'],
      [{ from: 'Regency:36.04', to: 'Regency:35.10', types: [] }, /is empty/, 'relationshipTypes'],
    ];
    for (const [variables, message, argumentName] of cases) {
      const response = await api.query(PATH, variables);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
      expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
    }
  });

  it('loads any entity by its reference, null when there is none', async () => {
    const response = await api.query<Record<string, { __typename: string; name?: string; title?: string } | null>>(`{
      regency: entity(ref: "Regency:36.04") { __typename ... on Regency { name } }
      village: entity(ref: "Village:36.04.33.2002") { __typename }
      program: entity(ref: "Program:35.10-tourism-development-programs") { __typename }
      source: entity(ref: "Source:bantenheadline-2017-03-mou-serang-banyuwangi") { __typename ... on Source { title } }
      missing: entity(ref: "Official:nobody") { __typename }
    }`);
    const data = dataOf(response);
    expect(data.regency).toEqual({ __typename: 'Regency', name: 'Kabupaten Serang' });
    expect(data.village?.__typename).toBe('Village');
    expect(data.program?.__typename).toBe('Program');
    expect(data.source).toEqual({ __typename: 'Source', title: ARTICLE });
    expect(data.missing).toBeNull();
    // One batch per label.
    expect(response.extensions?.cypherRoundTrips).toBe(5);
  });

  it('refuses a relationship type the model does not have', async () => {
    const response = await api.query(PATH, { from: 'Regency:36.04', to: 'Regency:35.10', types: ['KNOWS'] });
    expect(response.errors?.[0]?.message).toMatch(/"KNOWS".*RelationshipType/);
  });
});
