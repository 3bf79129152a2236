import neo4j from 'neo4j-driver';
import { neighbourhoodText } from '../../src/graph/graph.repository';
import { dataOf, useTestApi } from '../helpers/api';
import { profiledOperators } from '../helpers/plan';

const api = useTestApi();

interface Node {
  ref: string;
  label: string;
  kind: string | null;
  displayName: string;
  hops: number;
}
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  provenance: Array<{ quote: string | null }>;
}
interface NeighbourhoodAnswer {
  neighbourhood: { center: Node; nodes: Node[]; edges: Edge[]; truncated: boolean; reachable: number } | null;
}

const NEIGHBOURHOOD = `query Ego($of: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int) {
  neighbourhood(of: $of, depth: $depth, relationshipTypes: $types, limit: $limit) {
    center { ref }
    nodes { ref label kind displayName hops }
    edges { id type source target provenance { quote } }
    truncated
    reachable
  }
}`;

const TATU = 'Official:ratu-tatu-chasanah';
const COMPANIONS = [
  'Official:36.04-setda-section-heads',
  'Official:abdullah-dpmd-serang',
  'Official:anang-mulyana',
  'Official:asep-nugrahajaya',
  'Official:sri-nurhayati',
  'Official:tahyudin',
];

/** Every edge joins two returned nodes, and the nodes come nearest first. */
function expectWellFormed(answer: NonNullable<NeighbourhoodAnswer['neighbourhood']>): void {
  const ids = new Set(answer.nodes.map((n) => n.ref));
  expect(ids.size).toBe(answer.nodes.length);
  for (const edge of answer.edges) {
    expect(ids.has(edge.source)).toBe(true);
    expect(ids.has(edge.target)).toBe(true);
  }
  const hops = answer.nodes.map((n) => n.hops);
  expect(hops).toEqual([...hops].sort((a, b) => a - b));
  expect(answer.nodes[0]?.ref).toBe(answer.center.ref);
}

describe('neighbourhood', () => {
  it('of Ratu Tatu at depth 1: her government, the MoU she signed and the six who accompanied her, in one round trip', async () => {
    const response = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: TATU });
    const answer = dataOf(response).neighbourhood;
    if (!answer) throw new Error('no neighbourhood');
    expectWellFormed(answer);
    expect(answer.center.ref).toBe(TATU);
    expect(answer.nodes[0]).toMatchObject({ ref: TATU, label: 'OFFICIAL', kind: 'PERSON', displayName: 'Ratu Tatu Chasanah', hops: 0 });
    expect(answer.nodes.slice(1).map((n) => n.ref).sort()).toEqual(
      ['Agreement:mou-serang-banyuwangi-2017', 'Regency:36.04', ...COMPANIONS].sort(),
    );
    expect(answer.nodes.slice(1).every((n) => n.hops === 1)).toBe(true);
    // Curated entities first, then the regency.
    expect(answer.nodes.at(-1)?.ref).toBe('Regency:36.04');
    expect(answer.nodes.find((n) => n.ref === 'Official:36.04-setda-section-heads')?.kind).toBe('GROUP');
    expect(answer).toMatchObject({ truncated: false, reachable: 9 });
    // Her eight relationships, and the one between two of her neighbours (Serang is party to the MoU).
    expect(answer.edges.map((e) => e.type).sort()).toEqual([
      ...Array<string>(6).fill('ACCOMPANIED'),
      'HOLDS_POSITION',
      'PARTY_TO',
      'SIGNED_MOU',
    ]);
    const position = answer.edges.find((e) => e.type === 'HOLDS_POSITION');
    expect(position).toMatchObject({ id: `${TATU}|HOLDS_POSITION|Regency:36.04|Regent`, source: TATU, target: 'Regency:36.04' });
    // Every edge is sourced (other sources may add references to the article's).
    expect(answer.edges.every((e) => e.provenance.length >= 1 && e.provenance.every((p) => p.quote))).toBe(true);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('of Ratu Tatu at depth 2 over ACCOMPANIED and HOLDS_POSITION: her companions and the agencies they head', async () => {
    const response = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, {
      of: TATU,
      depth: 2,
      types: ['ACCOMPANIED', 'HOLDS_POSITION'],
    });
    const answer = dataOf(response).neighbourhood;
    if (!answer) throw new Error('no neighbourhood');
    expectWellFormed(answer);
    const byHops = (hops: number) => answer.nodes.filter((n) => n.hops === hops).map((n) => n.ref).sort();
    expect(byHops(1)).toEqual([...COMPANIONS, 'Regency:36.04'].sort());
    expect(byHops(2)).toEqual(
      ['36.04-bappeda', '36.04-dindikbud', '36.04-dinkes', '36.04-disparpora', '36.04-dpmd', '36.04-setda'].map((id) => `Agency:${id}`),
    );
    expect(answer.edges.every((e) => e.type === 'ACCOMPANIED' || e.type === 'HOLDS_POSITION')).toBe(true);
    expect(answer.edges).toHaveLength(13);
    expect(answer).toMatchObject({ truncated: false, reachable: 14 });
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('caps a regency at depth 3 in Cypher and says so: nearest and curated first, villages last', async () => {
    const response = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: 'Regency:36.04', depth: 3, limit: 50 });
    const answer = dataOf(response).neighbourhood;
    if (!answer) throw new Error('no neighbourhood');
    expectWellFormed(answer);
    expect(answer.nodes).toHaveLength(50);
    expect(answer.truncated).toBe(true);
    expect(answer.reachable).toBeGreaterThan(500);
    const first = answer.nodes.slice(1, 7).map((n) => n.label);
    expect(first.every((label) => label === 'AGENCY')).toBe(true);
    expect(answer.nodes.filter((n) => n.label === 'VILLAGE')).toHaveLength(0);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('returns a regency\'s whole depth-3 neighbourhood when the cap allows, villages included', async () => {
    const capped = dataOf(await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: 'Regency:36.04', depth: 3, limit: 50 })).neighbourhood;
    const response = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: 'Regency:36.04', depth: 3, limit: 1000 });
    const answer = dataOf(response).neighbourhood;
    if (!answer) throw new Error('no neighbourhood');
    expectWellFormed(answer);
    expect(answer.truncated).toBe(false);
    expect(answer.nodes).toHaveLength(answer.reachable);
    expect(answer.reachable).toBe(capped?.reachable);
    // The cap keeps a prefix of the full, ordered answer.
    expect(answer.nodes.slice(0, 50).map((n) => n.ref)).toEqual(capped?.nodes.map((n) => n.ref));
    expect(answer.nodes.some((n) => n.label === 'VILLAGE' && n.hops === 2)).toBe(true);
    // Banyuwangi is two hops away through the MoU or a program, its districts three.
    expect(answer.nodes.find((n) => n.ref === 'Regency:35.10')?.hops).toBe(2);
    expect(answer.nodes.some((n) => n.label === 'DISTRICT' && n.ref.startsWith('District:35.10.') && n.hops === 3)).toBe(true);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('caps as it walks: a level beyond the cap is counted, never ordered', async () => {
    const reachable = async (depth: number): Promise<number> =>
      dataOf(await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: 'Regency:36.04', depth, limit: 1 })).neighbourhood?.reachable ?? 0;
    // The rows whose label the ordering reads (`labels(n)[0] AS label`), as Neo4j counts them.
    const ordered = async (limit: number): Promise<number | undefined> => {
      const params = { of: { label: 'Regency', key: '36.04' }, depth: neo4j.int(3), limit: neo4j.int(limit), edges: true };
      const operators = await profiledOperators(api.database.driver, api.config.neo4j.database, neighbourhoodText(api.database.catalog), params);
      return operators.find((o) => o.operator === 'Projection' && /AS label$/.test(o.details))?.rows;
    };
    const [oneHop, twoHops, threeHops] = await Promise.all([reachable(1), reachable(2), reachable(3)]);
    // Kabupaten Serang has 60 neighbours: a cap of 50 is met in the first level, which alone is
    // ordered; a cap of 100 in the second; 1,000 orders all three.
    expect(oneHop - 1).toBeGreaterThanOrEqual(49);
    expect(oneHop + twoHops).toBeGreaterThan(100);
    expect(await ordered(50)).toBe(oneHop - 1);
    expect(await ordered(100)).toBe(twoHops - 1);
    expect(await ordered(1000)).toBe(threeHops - 1);
  });

  it('is not truncated when the cap is exactly filled, and is when one entity more is left out', async () => {
    const response = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: TATU, limit: 9 });
    expect(dataOf(response).neighbourhood).toMatchObject({ truncated: false, reachable: 9 });
    const cut = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: TATU, limit: 8 });
    expect(dataOf(cut).neighbourhood?.nodes).toHaveLength(8);
    expect(dataOf(cut).neighbourhood?.truncated).toBe(true);
  });

  it('is null for an entity that does not exist', async () => {
    const response = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: 'Official:nobody' });
    expect(dataOf(response).neighbourhood).toBeNull();
  });

  it('refuses a depth out of 1..3, a limit out of 1..1000 and a malformed reference before any Cypher runs', async () => {
    const cases: Array<[Record<string, unknown>, RegExp, string]> = [
      [{ of: TATU, depth: 4 }, /"depth" must be from 1 to 3, but it is 4/, 'depth'],
      [{ of: TATU, depth: 0 }, /"depth" must be from 1 to 3/, 'depth'],
      [{ of: TATU, limit: 0 }, /"limit" must be from 1 to 1000/, 'limit'],
      [{ of: TATU, limit: 5000 }, /"limit" must be from 1 to 1000, but it is 5000/, 'limit'],
      [{ of: 'Village:36.04' }, /"36\.04" is not a village code/, 'of'],
    ];
    for (const [variables, message, argumentName] of cases) {
      const response = await api.query(NEIGHBOURHOOD, variables);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
      expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
    }
  });

  it('shows sources only when asked: SOURCED_FROM links are provenance, not neighbours', async () => {
    const response = await api.query<NeighbourhoodAnswer>(NEIGHBOURHOOD, { of: TATU, types: ['SOURCED_FROM'] });
    const answer = dataOf(response).neighbourhood;
    expect(answer?.nodes.map((n) => n.ref)).toEqual([TATU, 'Source:bantenheadline-2017-03-mou-serang-banyuwangi']);
    expect(answer?.nodes[1]).toMatchObject({ kind: 'NEWS_ARTICLE' });
    expect(answer?.edges[0]?.provenance[0]?.quote).toContain('Bupati Serang Ratu Tatu Chasanah');
  });
});
