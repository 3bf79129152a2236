import 'reflect-metadata';
import { parse } from 'graphql';
import { queryDepth } from '../../src/limits/document-limits';
import { complexityOf } from '../../src/limits/query-limits';
import { createSchema } from '../../src/schema';

const depthOf = (query: string): number => queryDepth(parse(query));

describe('query depth', () => {
  it('counts field nesting through fragments, not introspection', () => {
    expect(depthOf('{ regency(code: "36.04") { name } }')).toBe(2);
    expect(depthOf('{ regency(code: "36.04") { ...R } } fragment R on Regency { province { name } }')).toBe(3);
    expect(depthOf('{ __schema { types { fields { type { ofType { name } } } } } }')).toBe(0);
  });
});

describe('query complexity', () => {
  it('multiplies lists by their page size, once per connection', async () => {
    const schema = await createSchema();
    expect(complexityOf(schema, parse('{ regency(code: "36.04") { name } }'))).toBe(2);
    // 1 (regencies) + 10 x (edges 1 + node 1 + name 1)
    expect(complexityOf(schema, parse('{ regencies(first: 10) { edges { node { name } } } }'))).toBe(31);
    // `nodes` is the shortcut of `edges { node }`: counted once by the page too (1 + 10 × (nodes 1 + name 1)).
    expect(complexityOf(schema, parse('{ regencies(first: 10) { nodes { name } } }'))).toBe(21);
    // A plain list that is no connection's `nodes` still counts its expected length.
    expect(complexityOf(schema, parse('{ path(from: "Regency:36.04", to: "Regency:35.10") { nodes { ref } } }'))).toBe(1 + 1 + 10 * 1);
    // province 1 + (regencies 1 + about 40 x name 1)
    expect(complexityOf(schema, parse('{ province(code: "36") { regencies { name } } }'))).toBe(1 + 1 + 40 * 1);
    expect(complexityOf(schema, parse('query ($n: Int!) { regencies(first: $n) { totalCount } }'), { n: 50 })).toBe(1 + 50 * 1);
  });
});
