import { dataOf, postGraphQL, startTestApi } from '../helpers/api';
import type { TestApi } from '../helpers/api';

/**
 * The API keeps no state between requests: two processes' worth of servers over one Neo4j
 * answer alike, and a cursor one issued pages on in the other. The second one reaches Neo4j
 * through a `neo4j://` routing URI, as it would in a cluster.
 */
let first: TestApi;
let second: TestApi;

beforeAll(async () => {
  first = await startTestApi({ NODE_ENV: 'production' });
  second = await startTestApi({ NODE_ENV: 'production', NEO4J_URI: (process.env.NEO4J_URI ?? '').replace(/^bolt:/, 'neo4j:') });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

interface Page {
  regencies: { edges: Array<{ node: { code: string } }>; pageInfo: { endCursor: string } };
}

const PAGE = 'query ($after: String) { regencies(first: 5, sort: [{ field: NAME }], after: $after) { edges { node { code } } pageInfo { endCursor } } }';

describe('two API servers over one Neo4j', () => {
  it('uses a routing URI for the second', () => {
    expect(second.config.neo4j.uri).toMatch(/^neo4j:\/\//);
  });

  it('answer the same question alike', async () => {
    const query = '{ regency(code: "36.04") { name agreements { nodes { title parties { nodes { government { code } } } } } } }';
    expect(dataOf(await first.query(query))).toEqual(dataOf(await second.query(query)));
  });

  it('page on with a cursor the other one issued', async () => {
    const pageOne = dataOf<Page>(await postGraphQL<Page>(first.server.url, PAGE));
    const fromFirst = dataOf<Page>(await postGraphQL<Page>(first.server.url, PAGE, { after: pageOne.regencies.pageInfo.endCursor }));
    const fromSecond = dataOf<Page>(await postGraphQL<Page>(second.server.url, PAGE, { after: pageOne.regencies.pageInfo.endCursor }));
    expect(fromSecond).toEqual(fromFirst);
    expect(fromSecond.regencies.edges).toHaveLength(5);
  });
});
