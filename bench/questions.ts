/**
 * The question set: each question is asked of our API and of the peer as a GraphQL document
 * (in each schema's own terms) and of the floor as one hand-written Cypher query; the files
 * are in bench/questions/<slug>.{ours,peer}.graphql and <slug>.floor.cypher. Each question
 * maps every server's answer onto one shared shape, so the answers can be checked equal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/common/paths';
import { toLuceneQuery } from '../src/common/normalize';
import { EntityLabel } from '../src/graph/entity-ref';

export type ServerName = 'ours' | 'peer' | 'floor';
export const SERVER_NAMES: readonly ServerName[] = ['ours', 'peer', 'floor'];

/** How one server is asked one question. */
export interface Ask {
  /** Path of the POST request: /graphql, or /q/<id> on the floor. */
  readonly path: string;
  /** The JSON body: `{query, variables}` for GraphQL, the Cypher parameters for the floor. */
  readonly body: string;
  /** GraphQL `data`, or the floor's rows, in the question's shared shape. */
  readonly normalize: (answer: unknown) => unknown;
  /** How this server answers, when it needs saying (an escape hatch, a client-side step). */
  readonly note?: string;
}

/** A question a server cannot be asked, and why. */
export interface NotAsked {
  readonly notAsked: string;
}

export interface Question {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly ours: Ask | NotAsked;
  readonly peer: Ask | NotAsked;
  readonly floor: Ask;
}

export function isAsk(ask: Ask | NotAsked): ask is Ask {
  return !('notAsked' in ask);
}

export function questionsDir(): string {
  return path.join(projectRoot(), 'bench', 'questions');
}

function readQuestionFile(name: string): string {
  const file = path.join(questionsDir(), name);
  if (!fs.existsSync(file)) throw new Error(`The bench question file ${file} is missing.`);
  return fs.readFileSync(file, 'utf8');
}

/** The floor's Cypher for a question (the floor server reads it once at start). */
export function floorCypher(slug: string): string {
  return readQuestionFile(`${slug}.floor.cypher`);
}

function graphql(slug: string, server: 'ours' | 'peer', variables: Record<string, unknown>, normalize: (data: never) => unknown, note?: string): Ask {
  const query = readQuestionFile(`${slug}.${server}.graphql`);
  return { path: '/graphql', body: JSON.stringify({ query, variables }), normalize: normalize as (answer: unknown) => unknown, note };
}

function floor(id: string, params: Record<string, unknown>, normalize: (rows: never) => unknown): Ask {
  return { path: `/q/${id}`, body: JSON.stringify(params), normalize: normalize as (answer: unknown) => unknown };
}

// ---- Shapes the servers answer with (only what the normalisers read) ----

interface Named {
  code?: string;
  id?: string;
  name: string;
}
type Edges<T> = { edges: Array<{ node: T }> };
type PropEdges<T, P> = { edges: Array<{ node: T; properties: P }> };

/** The one element of a list, null for none; several make the answer differ on purpose. */
function onlyOne<T>(items: readonly T[]): T | null | { several: readonly T[] } {
  if (items.length === 0) return null;
  return items.length === 1 ? items[0] : { several: items };
}

const nodes = <T>(connection: Edges<T>): T[] => connection.edges.map((edge) => edge.node);

/** Our enums name a label in capitals (EntityLabel, SearchType: `REGENCY`); the peer and the floor as Neo4j does (`Regency`). */
const labelOf = (constant: string): string => (EntityLabel as Readonly<Record<string, string>>)[constant] ?? constant;

// ---- Q1: one regency's page ----

interface Q1Regency {
  code: string;
  name: string;
  kind: string;
  province: Named;
  agencies: unknown[];
}
interface Q1Agreement {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
}
/** Our nested lists are connections, read by their `nodes`. */
type Nodes<T> = { nodes: T[] };
type Q1Ours = {
  regency: Omit<Q1Regency, 'agencies'> & {
    agencies: Nodes<unknown>;
    head: Named | null;
    programs: Nodes<{ since: number | null; program: Named }>;
    agreements: Nodes<Q1Agreement & { parties: Nodes<{ government: Named }> }>;
  };
};
type Q1Peer = {
  regencies: Array<
    Q1Regency & {
      officialsConnection: Edges<Named>;
      programsConnection: PropEdges<Named, { since: number | null }>;
      agreements: Array<Q1Agreement & { parties: Named[] }>;
    }
  >;
};
type Q1Floor = Array<{
  regency: Q1Regency & { head: Named | null; programs: Array<{ since: number | null; program: Named }>; agreements: Array<Q1Agreement & { parties: Named[] }> };
}>;

function q1Shape(r: Q1Regency, head: unknown, programs: unknown[], agreements: Array<Q1Agreement & { parties: Named[] }>) {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind,
    province: r.province,
    head,
    agencies: r.agencies,
    programs,
    agreements: agreements.map((a) => ({ id: a.id, title: a.title, date: a.date, place: a.place, parties: a.parties })),
  };
}

// ---- Q2: the first regencies with province, head and agency count ----

interface Q2Row {
  code: string;
  name: string;
  province: Named;
}
type Q2Ours = { regencies: Edges<Q2Row & { head: Named | null; agencies: Nodes<unknown> }> };
type Q2Peer = { regencies: Array<Q2Row & { officialsConnection: Edges<Named>; agenciesConnection: { aggregate: { count: { nodes: number } } } }> };
type Q2Floor = Array<Q2Row & { head: Named | null; agencyCount: number }>;

// ---- Q3: a province's regencies, districts and village counts ----

type Q3Ours = {
  province: Named & { regencies: Array<Named & { districts: Edges<Named & { villageCount: number }> }> };
};
type Q3Peer = {
  provinces: Array<Named & { regencies: Array<Named & { districts: Array<Named & { villagesConnection: { aggregate: { count: { nodes: number } } } }> }> }>;
};
type Q3Floor = Array<{ province: Named & { regencies: Array<Named & { districts: Array<Named & { villageCount: number }> }> } }>;

// ---- Q4: all regencies with their districts ----

type Q4Ours = { regencies: Edges<Named & { districts: Edges<Named> }> };
type Q4Peer = { regencies: Array<Named & { districts: Named[] }> };
type Q4Floor = Array<Named & { districts: Named[] }>;

// ---- Q5: name search ----

type Q5Ours = { search: Array<{ type: string; score: number; node: Named }> };
type Q5PeerHits = { edges: Array<{ score: number; node: Named }> };
type Q5Peer = { regencies: Q5PeerHits; officials: Q5PeerHits; agencies: Q5PeerHits; programs: Q5PeerHits };
type Q5Floor = Array<{ type: string; score: number; key: string; name: string }>;

const hit = (type: string, key: string | undefined, name: string, score: number) => ({ type, key: key ?? null, name, score });

// ---- Q6: the cooperation network ----

interface NetworkNode {
  code: string;
  name: string;
  agreementCount: number;
  partnerCount: number;
}
interface NetworkEdge {
  agreement: { id: string; title: string; date: string | null };
  sectors: string[];
  /** Code of the party with the smaller code. */
  source: string;
  target: string;
}
type Q6Ours = {
  cooperationNetwork: {
    nodes: Array<{ agreementCount: number; partnerCount: number; regency: Named }>;
    edges: Array<{ source: string; target: string; agreement: NetworkEdge['agreement']; sectors: Array<{ id: string }> }>;
  };
};
type Q6Peer = { agreements: Array<NetworkEdge['agreement'] & { parties: Named[]; sectors: Array<{ id: string }> }> };
type Q6Floor = Array<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>;

/** "Regency:36.04" -> "36.04" */
const keyOfRef = (ref: string): string => ref.slice(ref.indexOf(':') + 1);

/**
 * The network from the peer's agreements, as the client has to build it: an edge per pair of
 * parties, and per government the agreements it shares with someone and its distinct partners.
 */
export function networkFromAgreements(answer: Q6Peer): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const edges: NetworkEdge[] = [];
  const nodes = new Map<string, { name: string; agreements: Set<string>; partners: Set<string> }>();
  for (const { parties, sectors, ...agreement } of answer.agreements) {
    const sorted = [...parties].sort((x, y) => String(x.code).localeCompare(String(y.code)));
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const [x, y] = [sorted[i], sorted[j]];
        edges.push({ agreement, sectors: sectors.map((s) => s.id), source: String(x.code), target: String(y.code) });
        for (const [self, other] of [
          [x, y],
          [y, x],
        ]) {
          const node = nodes.get(String(self.code)) ?? { name: self.name, agreements: new Set<string>(), partners: new Set<string>() };
          node.agreements.add(agreement.id);
          node.partners.add(String(other.code));
          nodes.set(String(self.code), node);
        }
      }
    }
  }
  return {
    nodes: [...nodes].map(([code, n]) => ({ code, name: n.name, agreementCount: n.agreements.size, partnerCount: n.partners.size })),
    edges,
  };
}

// ---- Q7: the shortest path between two officials ----

interface PathStep {
  label: string;
  key: string;
  name: string | null;
  next: string | null;
}

type Q7Ours = { path: { nodes: Array<{ label: string; key: string; displayName: string }>; edges: Array<{ type: string }> } | null };

/** A path as one string, so its order survives the canonical sorting of lists. */
export function pathText(steps: readonly PathStep[]): string {
  return steps.map((s) => `(${s.label}:${s.key} ${JSON.stringify(s.name)})${s.next ? `-[${s.next}]-` : ''}`).join('');
}

// ---- Q8: deep nesting, paged ----

interface Q8Village {
  code: string;
  name: string;
}
type Q8Ours = {
  province: Named & { regencies: Array<Named & { districts: Edges<Named & { villages: Edges<Q8Village> }> }> } | null;
};
type Q8Floor = Array<{ province: Named & { regencies: Array<Named & { districts: Array<Named & { villages: Q8Village[] }> }> } }>;

// ---- Q9: regencies by a relationship filter ----

type Q9Ours = { regencies: { totalCount: number; edges: Array<{ node: Named }> } };
type Q9Floor = Array<{ totalCount: number; regencies: Named[] }>;

// ---- Q10: an agreement with every reference ----

interface Reference {
  quote: string | null;
  source: { id: string };
}
interface Q10Agreement {
  id: string;
  title: string;
  date: string | null;
  sources: Array<{ quote: string | null; source: { id: string; title: string } }>;
  parties: Array<{ government: Named; provenance: Reference[] }>;
  sectors: Array<{ priority: boolean; sector: Named; provenance: Reference[] }>;
}
type Q10Ours = {
  agreement:
    | (Pick<Q10Agreement, 'id' | 'title' | 'date' | 'sources'> & {
        parties: Nodes<Q10Agreement['parties'][number]>;
        sectors: Nodes<Q10Agreement['sectors'][number]>;
        signatories: Nodes<{ official: Named; onBehalfOf: { code: string } | null; provenance: Reference[] }>;
      })
    | null;
};
type Q10Floor = Array<{ agreement: Q10Agreement & { signatories: Array<{ official: Named; onBehalfOf: string | null; provenance: Reference[] }> } }>;

const references = (list: readonly Reference[]) => list.map((r) => ({ quote: r.quote, source: r.source.id }));
function q10Shape(a: Q10Agreement, signatories: Array<{ official: Named; onBehalfOf: string | null; provenance: Reference[] }>) {
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    sources: a.sources,
    parties: a.parties.map((p) => ({ government: p.government, provenance: references(p.provenance) })),
    signatories: signatories.map((x) => ({ official: x.official, onBehalfOf: x.onBehalfOf, provenance: references(x.provenance) })),
    sectors: a.sectors.map((x) => ({ priority: x.priority, sector: x.sector, provenance: references(x.provenance) })),
  };
}

// ---- Q11: a neighbourhood, two hops ----

type Q11Ours = { neighbourhood: { nodes: Array<{ ref: string; hops: number }>; reachable: number; truncated: boolean } | null };
type Q11Floor = Array<{ reachable: number; nodes: string[] }>;

/** The kept entities in their order, as one string (the canonical form sorts lists), with reachable. */
const neighbourhoodShape = (nodes: readonly string[], reachable: number) => ({ nodes: nodes.join(' '), reachable });

/** The questions added with the cost curve (issue 13) have no document for the peer yet. */
const NO_PEER_YET: NotAsked = { notAsked: 'added with the cost curve; no document for the library yet' };

// ---- The set ----

const Q5_QUERY = 'Serang';
/** The Lucene query our API's search builds from Q5_QUERY ("+(serang OR serang*)"), sent as is to the peer and the floor. */
const Q5_PHRASE = toLuceneQuery(Q5_QUERY) ?? Q5_QUERY;
/** More than the hits there are, so the three return every hit and the comparison is of whole sets. */
const Q5_FIRST = 20;

/** Builds the question set, reading the documents and Cypher from bench/questions/. */
export function loadQuestions(): Question[] {
  return [
    {
      id: 'Q1',
      slug: 'q1-regency-page',
      title: 'one regency (36.04) with province, head, agencies, programs, agreements with parties',
      ours: graphql('q1-regency-page', 'ours', { code: '36.04' }, (d: Q1Ours) =>
        q1Shape(
          { ...d.regency, agencies: d.regency.agencies.nodes },
          d.regency.head,
          d.regency.programs.nodes.map((p) => ({ ...p.program, since: p.since })),
          d.regency.agreements.nodes.map((a) => ({ ...a, parties: a.parties.nodes.map((p) => p.government) })),
        ),
      ),
      peer: graphql('q1-regency-page', 'peer', { code: '36.04' }, (d: Q1Peer) =>
        d.regencies.map((r) =>
          q1Shape(
            r,
            onlyOne(nodes(r.officialsConnection)),
            r.programsConnection.edges.map((e) => ({ ...e.node, since: e.properties.since })),
            r.agreements,
          ),
        )[0] ?? null,
      ),
      floor: floor('Q1', { code: '36.04' }, (rows: Q1Floor) =>
        rows.map(({ regency: r }) => q1Shape(r, r.head, r.programs.map((p) => ({ ...p.program, since: p.since })), r.agreements))[0] ?? null,
      ),
    },
    {
      id: 'Q2',
      slug: 'q2-regency-list',
      title: 'the first 100 regencies (code order) with province, head and agency count',
      ours: graphql('q2-regency-list', 'ours', { first: 100 }, (d: Q2Ours) =>
        nodes(d.regencies).map((r) => ({ code: r.code, name: r.name, province: r.province, head: r.head, agencyCount: r.agencies.nodes.length })),
      ),
      peer: graphql('q2-regency-list', 'peer', { first: 100 }, (d: Q2Peer) =>
        d.regencies.map((r) => ({
          code: r.code,
          name: r.name,
          province: r.province,
          head: onlyOne(nodes(r.officialsConnection)),
          agencyCount: r.agenciesConnection.aggregate.count.nodes,
        })),
      ),
      floor: floor('Q2', { first: 100 }, (rows: Q2Floor) => rows),
    },
    {
      id: 'Q3',
      slug: 'q3-province-districts',
      title: 'every regency of province 35 (Jawa Timur) with its districts and their village counts',
      ours: graphql('q3-province-districts', 'ours', { code: '35' }, (d: Q3Ours) => ({
        code: d.province.code,
        name: d.province.name,
        regencies: d.province.regencies.map((r) => ({ code: r.code, name: r.name, districts: nodes(r.districts) })),
      })),
      peer: graphql('q3-province-districts', 'peer', { code: '35' }, (d: Q3Peer) =>
        d.provinces.map((p) => ({
          code: p.code,
          name: p.name,
          regencies: p.regencies.map((r) => ({
            code: r.code,
            name: r.name,
            districts: r.districts.map((x) => ({ code: x.code, name: x.name, villageCount: x.villagesConnection.aggregate.count.nodes })),
          })),
        }))[0] ?? null,
      ),
      floor: floor('Q3', { code: '35' }, (rows: Q3Floor) => rows[0]?.province ?? null),
    },
    {
      id: 'Q4',
      slug: 'q4-all-districts',
      title: 'all 514 regencies with their districts (7,285 nested rows)',
      ours: graphql('q4-all-districts', 'ours', { first: 1000 }, (d: Q4Ours) =>
        nodes(d.regencies).map((r) => ({ code: r.code, name: r.name, districts: nodes(r.districts) })),
      ),
      peer: graphql('q4-all-districts', 'peer', {}, (d: Q4Peer) => d.regencies),
      floor: floor('Q4', {}, (rows: Q4Floor) => rows),
    },
    {
      id: 'Q5',
      slug: 'q5-name-search',
      title: `name search "${Q5_QUERY}" over regencies, officials, agencies, programs`,
      ours: graphql('q5-name-search', 'ours', { query: Q5_QUERY, first: Q5_FIRST }, (d: Q5Ours) =>
        d.search.map((h) => hit(labelOf(h.type), h.node.code ?? h.node.id, h.node.name, h.score)),
      ),
      peer: graphql(
        'q5-name-search',
        'peer',
        { phrase: Q5_PHRASE, first: Q5_FIRST },
        (d: Q5Peer) => [
          ...d.regencies.edges.map((e) => hit('Regency', e.node.code, e.node.name, e.score)),
          ...d.officials.edges.map((e) => hit('Official', e.node.id, e.node.name, e.score)),
          ...d.agencies.edges.map((e) => hit('Agency', e.node.id, e.node.name, e.score)),
          ...d.programs.edges.map((e) => hit('Program', e.node.id, e.node.name, e.score)),
        ],
        'one @fulltext query per type over the same index; merged by the client',
      ),
      floor: floor('Q5', { phrase: Q5_PHRASE, first: Q5_FIRST }, (rows: Q5Floor) => rows.map((r) => hit(r.type, r.key, r.name, r.score))),
    },
    {
      id: 'Q6',
      slug: 'q6-cooperation-network',
      title: 'the cooperation network (governments, agreements between them, counts per government)',
      ours: graphql('q6-cooperation-network', 'ours', {}, (d: Q6Ours) => ({
        nodes: d.cooperationNetwork.nodes.map((n) => ({ code: n.regency.code, name: n.regency.name, agreementCount: n.agreementCount, partnerCount: n.partnerCount })),
        edges: d.cooperationNetwork.edges.map((e) => ({
          agreement: e.agreement,
          sectors: e.sectors.map((x) => x.id),
          source: keyOfRef(e.source),
          target: keyOfRef(e.target),
        })),
      })),
      peer: graphql('q6-cooperation-network', 'peer', {}, networkFromAgreements, 'no network query: agreements with parties, paired and counted by the client'),
      floor: floor('Q6', {}, (rows: Q6Floor) => rows[0] ?? null),
    },
    {
      id: 'Q7',
      slug: 'q7-shortest-path',
      title: 'shortest path between two officials (Anang Mulyana, Abdullah Azwar Anas)',
      ours: graphql('q7-shortest-path', 'ours', { from: 'Official:anang-mulyana', to: 'Official:abdullah-azwar-anas' }, (d: Q7Ours) =>
        d.path === null
          ? null
          : pathText(d.path.nodes.map((n, i) => ({ label: labelOf(n.label), key: n.key, name: n.displayName, next: d.path?.edges[i]?.type ?? null }))),
      ),
      peer: graphql(
        'q7-shortest-path',
        'peer',
        { fromId: 'anang-mulyana', toId: 'abdullah-azwar-anas' },
        (d: { shortestPath: PathStep[] }) => pathText(d.shortestPath),
        'not expressible in the generated API: a field with hand-written Cypher (@cypher), the floor\'s query',
      ),
      floor: floor('Q7', { fromId: 'anang-mulyana', toId: 'abdullah-azwar-anas' }, (rows: Array<{ steps: PathStep[] }>) =>
        rows.length === 1 ? pathText(rows[0].steps) : { paths: rows.length },
      ),
    },
    {
      id: 'Q8',
      slug: 'q8-deep-nesting',
      title: 'deep nesting, paged: province 36\'s regencies, their first 5 districts, the first 5 villages of each',
      ours: graphql('q8-deep-nesting', 'ours', { code: '36', first: 5 }, (d: Q8Ours) =>
        d.province === null
          ? null
          : {
              code: d.province.code,
              name: d.province.name,
              regencies: d.province.regencies.map((r) => ({
                code: r.code,
                name: r.name,
                districts: nodes(r.districts).map((x) => ({ code: x.code, name: x.name, villages: nodes(x.villages) })),
              })),
            },
      ),
      peer: NO_PEER_YET,
      floor: floor('Q8', { code: '36', first: 5 }, (rows: Q8Floor) => rows[0]?.province ?? null),
    },
    {
      id: 'Q9',
      slug: 'q9-regencies-by-sector',
      title: 'a relationship filter: regencies party to an agreement in tourism (first 100, and how many)',
      ours: graphql('q9-regencies-by-sector', 'ours', { sectorId: 'tourism', first: 100 }, (d: Q9Ours) => ({ totalCount: d.regencies.totalCount, regencies: nodes(d.regencies) })),
      peer: NO_PEER_YET,
      floor: floor('Q9', { sectorId: 'tourism', first: 100 }, (rows: Q9Floor) => rows[0] ?? null),
    },
    {
      id: 'Q10',
      slug: 'q10-agreement-references',
      title: 'a provenance-heavy page: the 2017 MoU with its sources and the provenance of every party, signatory and sector',
      ours: graphql('q10-agreement-references', 'ours', { id: 'mou-serang-banyuwangi-2017' }, (d: Q10Ours) =>
        d.agreement === null
          ? null
          : q10Shape(
              { ...d.agreement, parties: d.agreement.parties.nodes, sectors: d.agreement.sectors.nodes },
              d.agreement.signatories.nodes.map((x) => ({ ...x, onBehalfOf: x.onBehalfOf?.code ?? null })),
            ),
      ),
      peer: NO_PEER_YET,
      floor: floor('Q10', { id: 'mou-serang-banyuwangi-2017' }, (rows: Q10Floor) => rows.map((r) => q10Shape(r.agreement, r.agreement.signatories))[0] ?? null),
    },
    {
      id: 'Q11',
      slug: 'q11-neighbourhood',
      title: 'the neighbourhood of Kabupaten Serang (36.04), two hops, the nearest 200',
      ours: graphql('q11-neighbourhood', 'ours', { of: 'Regency:36.04' }, (d: Q11Ours) =>
        d.neighbourhood === null ? null : neighbourhoodShape(d.neighbourhood.nodes.map((n) => `${n.ref}@${n.hops}`), d.neighbourhood.reachable),
      ),
      peer: NO_PEER_YET,
      floor: floor('Q11', { code: '36.04', limit: 200 }, (rows: Q11Floor) => (rows[0] ? neighbourhoodShape(rows[0].nodes, rows[0].reachable) : null)),
    },
  ];
}

/** The questions picked by id (`['Q1', 'Q4']`), in the set's order; all when `ids` is empty. */
export function pickQuestions(all: readonly Question[], ids: readonly string[]): Question[] {
  const unknown = ids.filter((id) => !all.some((q) => q.id === id));
  if (unknown.length > 0) throw new Error(`Unknown question(s) ${unknown.join(', ')}; the set is ${all.map((q) => q.id).join(', ')}.`);
  return ids.length === 0 ? [...all] : all.filter((q) => ids.includes(q.id));
}
