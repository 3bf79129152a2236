import { dataOf, useTestApi } from '../helpers/api';

const api = useTestApi();

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ cursor: string; node: T }>;
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { code } }';

/** Reads every page of a connection backwards, from the end, with last/before; returns the pages in reading order. */
async function walkBackwards(read: (before: string | null) => Promise<Page<{ code: string }>>): Promise<Array<Page<{ code: string }>>> {
  const pages: Array<Page<{ code: string }>> = [];
  let before: string | null = null;
  for (;;) {
    const page = await read(before);
    pages.push(page);
    if (!page.pageInfo.hasPreviousPage) return pages;
    before = page.pageInfo.startCursor;
  }
}

describe('connections: first/after and last/before', () => {
  it('walks all 514 regencies backwards with last/before, each once, in code order within and across pages', async () => {
    const pages = await walkBackwards(async (before) =>
      dataOf(await api.query<{ regencies: Page<{ code: string }> }>(`query ($before: String) { regencies(last: 100, before: $before) { ${PAGE} } }`, { before })).regencies,
    );
    expect(pages).toHaveLength(6);
    const codes = pages.reverse().flatMap((page) => page.edges.map((edge) => edge.node.code));
    expect(codes).toHaveLength(514);
    expect(new Set(codes).size).toBe(514);
    expect(codes).toEqual([...codes].sort());
    // The last page read is the list's start: 14 regencies, nothing before it, more after it.
    expect(pages[0].edges).toHaveLength(14);
    expect(pages[0].pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(pages.every((page) => page.totalCount === 514)).toBe(true);
  });

  it('reads back and forth under a sort: an endCursor serves as before, a startCursor as after', async () => {
    const query = `query ($first: Int, $after: String, $last: Int, $before: String) {
      regencies(first: $first, after: $after, last: $last, before: $before, sort: [{ field: NAME, direction: DESC }]) { ${PAGE} } }`;
    const ask = async (variables: Record<string, unknown>) => dataOf(await api.query<{ regencies: Page<{ code: string }> }>(query, variables)).regencies;
    const first = await ask({ first: 30 });
    const second = await ask({ first: 30, after: first.pageInfo.endCursor });
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const back = await ask({ last: 30, before: second.pageInfo.startCursor });
    expect(back.edges.map((e) => e.node.code)).toEqual(first.edges.map((e) => e.node.code));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const middle = await ask({ last: 10, before: second.pageInfo.endCursor });
    expect(middle.edges.map((e) => e.node.code)).toEqual(second.edges.slice(19, 29).map((e) => e.node.code));
  });

  it('pages a regency\'s districts backwards the same as forwards', async () => {
    const forward = dataOf(await api.query<{ regency: { districts: Page<{ code: string }> } }>(`{ regency(code: "36.04") { districts(first: 100) { ${PAGE} } } }`));
    const all = forward.regency.districts.edges.map((e) => e.node.code);
    expect(all.length).toBeGreaterThan(20);
    const pages = await walkBackwards(async (before) =>
      dataOf(await api.query<{ regency: { districts: Page<{ code: string }> } }>(
        `query ($before: String) { regency(code: "36.04") { districts(last: 7, before: $before) { ${PAGE} } } }`,
        { before },
      )).regency.districts,
    );
    expect(pages.reverse().flatMap((page) => page.edges.map((e) => e.node.code))).toEqual(all);
  });

  it('refuses paging both ways at once, and a cursor of another sort, as BAD_USER_INPUT naming the argument', async () => {
    const both = await api.query('{ regencies(first: 5, last: 5) { totalCount } }');
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].message).toContain('not both at once');
    const page = dataOf(await api.query<{ regencies: Page<{ code: string }> }>(`{ regencies(first: 5) { ${PAGE} } }`));
    const other = await api.query('query ($before: String) { regencies(last: 5, before: $before, sort: [{ field: NAME }]) { totalCount } }', {
      before: page.regencies.pageInfo.endCursor,
    });
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].extensions?.argumentName).toBe('before');
  });
});
