import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, toConnection, toPage } from '../../src/common/pagination';
import { assertAreaCode, assertId } from '../../src/common/codes';

const codeOf = (error: unknown) => (error as GraphQLError).extensions.code;

describe('keyset cursors', () => {
  it('round-trip the key and stay opaque', () => {
    const cursor = encodeCursor('36.04');
    expect(cursor).not.toContain('36.04');
    expect(decodeCursor(cursor)).toBe('36.04');
  });

  it('refuse a cursor this API did not issue, as BAD_USER_INPUT', () => {
    expect.assertions(2);
    try {
      decodeCursor('not-a-cursor');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(codeOf(error)).toBe('BAD_USER_INPUT');
    }
  });

  it('bound the page size', () => {
    expect(toPage({ first: 100 }, 100)).toEqual({ limit: 100, after: null });
    expect(() => toPage({ first: 101 }, 100)).toThrow('"first" must be from 0 to 100, but it is 101.');
    expect(() => toPage({ first: -1 }, 100)).toThrow(GraphQLError);
  });

  it('tell a next page from the extra row', () => {
    const page = { limit: 2, after: null };
    const more = toConnection({ totalCount: 5, nodes: [{ k: 'a' }, { k: 'b' }, { k: 'c' }] }, page, (n) => n.k);
    expect(more.edges.map((e) => e.node.k)).toEqual(['a', 'b']);
    expect(more.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b') });
    const last = toConnection({ totalCount: 5, nodes: [{ k: 'e' }] }, page, (n) => n.k);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor('e') });
    const empty = toConnection({ totalCount: 0, nodes: [] }, page, (n: { k: string }) => n.k);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
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
