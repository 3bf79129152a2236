import { GraphQLError } from 'graphql';
import { compareSortKeys, decodeCursor, decodeListCursor, encodeCursor, encodeListCursor, pageInMemory, toConnection, toListConnection, toListPage, toPage } from '../../src/common/pagination';
import { assertAreaCode, assertId } from '../../src/common/codes';

const codeOf = (error: unknown) => (error as GraphQLError).extensions.code;

describe('keyset cursors', () => {
  it('round-trip the key and stay opaque', () => {
    const cursor = encodeCursor('36.04');
    expect(cursor).not.toContain('36.04');
    expect(decodeCursor(cursor, 'after')).toBe('36.04');
  });

  it('refuse a cursor this API did not issue, as BAD_USER_INPUT', () => {
    expect.assertions(2);
    try {
      decodeCursor('not-a-cursor', 'before');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(codeOf(error)).toBe('BAD_USER_INPUT');
    }
  });

  it('read first/after forwards and last/before backwards, never both', () => {
    expect(toPage({}, 100)).toEqual({ limit: 20, backward: false, cursor: null, key: null });
    expect(toPage({ last: 5, before: encodeCursor('36.04') }, 100)).toEqual({ limit: 5, backward: true, cursor: encodeCursor('36.04'), key: '36.04' });
    expect(() => toPage({ first: 5, last: 5 }, 100)).toThrow('not both at once');
    expect(() => toPage({ after: encodeCursor('a'), before: encodeCursor('b') }, 100)).toThrow('not both at once');
    expect(() => toPage({ last: 101 }, 100)).toThrow('"last" must be from 0 to 100, but it is 101.');
  });

  it('bound the page size', () => {
    expect(toPage({ first: 100 }, 100)).toEqual({ limit: 100, backward: false, cursor: null, key: null });
    expect(() => toPage({ first: 101 }, 100)).toThrow('"first" must be from 0 to 100, but it is 101.');
    expect(() => toPage({ first: -1 }, 100)).toThrow(GraphQLError);
  });

  it('tell a next page from the extra row', () => {
    const page = { limit: 2, backward: false, cursor: null };
    const more = toConnection({ totalCount: 5, nodes: [{ k: 'a' }, { k: 'b' }, { k: 'c' }] }, page, (n) => n.k);
    expect(more.edges.map((e) => e.node.k)).toEqual(['a', 'b']);
    expect(more.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: encodeCursor('a'), endCursor: encodeCursor('b') });
    const last = toConnection({ totalCount: 5, nodes: [{ k: 'e' }] }, { ...page, cursor: encodeCursor('d') }, (n) => n.k);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor('e'), endCursor: encodeCursor('e') });
    const empty = toConnection({ totalCount: 0, nodes: [] }, page, (n: { k: string }) => n.k);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('turn a page read backwards round, and tell a previous page from the extra row', () => {
    const page = { limit: 2, backward: true, cursor: encodeCursor('e') };
    // Read nearest first: d, c, then b tells that more precede.
    const read = toConnection({ totalCount: 5, nodes: [{ k: 'd' }, { k: 'c' }, { k: 'b' }] }, page, (n) => n.k);
    expect(read.edges.map((e) => e.node.k)).toEqual(['c', 'd']);
    expect(read.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor('c'), endCursor: encodeCursor('d') });
    const first = toConnection({ totalCount: 5, nodes: [{ k: 'a' }] }, { ...page, cursor: null }, (n) => n.k);
    expect(first.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: encodeCursor('a'), endCursor: encodeCursor('a') });
  });
});

describe('sort-key cursors of nested lists', () => {
  it('round-trip a sort key of several parts, and refuse a code cursor, a malformed key or a foreign shape', () => {
    const key = [-2017081, 'mou-serang-banyuwangi-2017'];
    expect(decodeListCursor(encodeListCursor(key), 'after')).toEqual(key);
    expect(() => decodeListCursor(encodeCursor('36.04'), 'after')).toThrow(GraphQLError);
    expect(() => decodeListCursor(Buffer.from(JSON.stringify(['l', []])).toString('base64url'), 'after')).toThrow('not one this API issued');
    expect(() => decodeListCursor(Buffer.from(JSON.stringify(['l', [{ a: 1 }]])).toString('base64url'), 'before')).toThrow('not one this API issued');
    expect(() => decodeCursor(encodeListCursor(key), 'after')).toThrow(GraphQLError);
  });

  it('read the page and its key, either way', () => {
    expect(toListPage({ last: 3, before: encodeListCursor(['a', 1]) }, 100)).toEqual({ limit: 3, backward: true, cursor: encodeListCursor(['a', 1]), key: ['a', 1] });
    expect(() => toListPage({ first: 101 }, 100)).toThrow('"first" must be from 0 to 100, but it is 101.');
  });

  it('give the nodes of the page beside its edges, in the same order, and cursors from each sort key', () => {
    const rows = { totalCount: 3, nodes: [{ sortKey: ['c'] }, { sortKey: ['b'] }, { sortKey: ['a'] }] };
    const back = toListConnection(rows, { limit: 2, backward: true, cursor: encodeListCursor(['d']) });
    expect(back.nodes.map((n) => n.sortKey)).toEqual([['b'], ['c']]);
    expect(back.edges.map((e) => e.node)).toEqual(back.nodes);
    expect(back.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeListCursor(['b']), endCursor: encodeListCursor(['c']) });
    expect(back.totalCount).toBe(3);
  });
});

describe('pages of a list read whole', () => {
  const items = [[0, '', 'Ratu'], [1, 'a', 'Anang'], [1, 'b', 'Asep'], [1, 'b', 'Sri'], [1, 'c', 'Tahyudin']].map((sortKey) => ({ sortKey }));

  it('order sort keys as Cypher orders lists', () => {
    expect([...items].reverse().sort((a, b) => compareSortKeys(a.sortKey, b.sortKey))).toEqual(items);
    expect(compareSortKeys([1, 'b'], [1, 'b', 'x'])).toBeLessThan(0);
    expect(compareSortKeys([-2017081, 'a'], [-2017081, 'a'])).toBe(0);
  });

  it('read the same pages as the page slot, both ways, each item once', () => {
    const forwards: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const page = toListPage({ first: 2, after }, 100);
      const connection = toListConnection(pageInMemory(items, page), page);
      expect(connection.totalCount).toBe(items.length);
      forwards.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(forwards).toEqual(items);
    const page = toListPage({ last: 2, before: encodeListCursor(items[3].sortKey) }, 100);
    const back = toListConnection(pageInMemory(items, page), page);
    expect(back.nodes).toEqual(items.slice(1, 3));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});

describe('codes and ids', () => {
  it('accept the official code formats', () => {
    expect(assertAreaCode('province', '36')).toBe('36');
    expect(assertAreaCode('regency', '36.04')).toBe('36.04');
    expect(assertAreaCode('district', '36.04.01')).toBe('36.04.01');
    expect(assertAreaCode('village', '36.04.01.2001')).toBe('36.04.01.2001');
  });

  it('refuse malformed codes with a message naming the expected form', () => {
    expect(() => assertAreaCode('regency', '3604')).toThrow('"3604" is not a regency code: expected the form "36.04".');
    expect(() => assertId('official', 'Ratu Tatu')).toThrow(GraphQLError);
  });
});
