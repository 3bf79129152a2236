import { dataOf, useTestApi } from '../helpers/api';
import { ENTITY_NAMES } from '../../src/model';
import type { EntityName } from '../../src/model';

const api = useTestApi();

/** One key of each entity type of the model (the seed article's and the backbone's); an island is looked up. */
const KEYS: Readonly<Record<EntityName, string | null>> = {
  Province: '36',
  Regency: '36.04',
  District: '36.04.33',
  Village: '36.04.33.2002',
  Island: null,
  Official: 'ratu-tatu-chasanah',
  Agency: '36.04-bappeda',
  Program: '35.10-scholarships-for-poor-students',
  Agreement: 'mou-serang-banyuwangi-2017',
  Sector: 'education',
  Source: 'bantenheadline-2017-03-mou-serang-banyuwangi',
  Claim: 'banyuwangi-best-regency-government',
};

describe('Global object identification', () => {
  it('node(id:) round-trips one entity of every type of the model, and its id is "Label:key"', async () => {
    const island = dataOf(await api.query<{ islands: { edges: Array<{ node: { key: string } }> } }>('{ islands(first: 1) { edges { node { key } } } }'));
    for (const label of ENTITY_NAMES) {
      const key = KEYS[label] ?? island.islands.edges[0].node.key;
      const id = `${label}:${key}`;
      const response = await api.query<{ node: { __typename: string; id: string; key: string } | null }>(
        `query ($id: ID!) { node(id: $id) { __typename id ${ENTITY_NAMES.map((name) => `... on ${name} { key }`).join(' ')} } }`,
        { id },
      );
      expect(dataOf(response).node).toEqual({ __typename: label, id, key });
    }
  });

  it('nodes(ids:) answers in the order asked, null where there is none, batched per label', async () => {
    const response = await api.query<{ nodes: Array<{ id: string } | null> }>(
      '{ nodes(ids: ["Regency:36.04", "Official:ratu-tatu-chasanah", "Regency:99.99", "Regency:35.10"]) { id } }',
    );
    expect(dataOf(response).nodes).toEqual([{ id: 'Regency:36.04' }, { id: 'Official:ratu-tatu-chasanah' }, null, { id: 'Regency:35.10' }]);
    expect(response.extensions?.cypherRoundTrips).toBe(2);
  });

  it('root look-ups take the global id or the bare key, and refuse the id of another type', async () => {
    const response = await api.query<Record<string, { id: string; key: string } | null>>(
      '{ a: official(id: "Official:ratu-tatu-chasanah") { id key } b: official(id: "ratu-tatu-chasanah") { id key } c: regency(code: "Regency:36.04") { id key code } }',
    );
    const data = dataOf(response);
    expect(data.a).toEqual({ id: 'Official:ratu-tatu-chasanah', key: 'ratu-tatu-chasanah' });
    expect(data.b).toEqual(data.a);
    expect(data.c).toEqual({ id: 'Regency:36.04', key: '36.04', code: '36.04' });
    const refused = await api.query('{ official(id: "Regency:36.04") { id } }');
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('is the id of a Regency');
  });

  it('a malformed global id is BAD_USER_INPUT naming the argument', async () => {
    const response = await api.query('{ node(id: "Town:1") { id } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('"Town" is not a label of the graph');
  });
});
