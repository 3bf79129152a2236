import { parse } from 'graphql';
import { fragmentDagQuery } from '../../bench/reliability/cases';
import { assertDocumentLimits } from '../../src/limits/document-limits';
import type { DocumentLimits } from '../../src/limits/document-limits';
import { assertInputLimits } from '../../src/limits/input-limits';
import type { InputLimits } from '../../src/limits/input-limits';

const limits: DocumentLimits = { maxTokens: 1000, maxAliases: 15, maxDirectives: 50, maxDepth: 6, maxFragmentSpreads: 100 };
const inputs: InputLimits = { maxDepth: 12, maxListLength: 100, maxStringLength: 1000 };

/** The code and figures a document is refused with, or 'ok'. */
function verdict(query: string, variables?: Record<string, unknown>): unknown {
  try {
    const document = parse(query);
    assertDocumentLimits(document, limits);
    assertInputLimits(document, variables, inputs);
    return 'ok';
  } catch (error) {
    const extensions = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
    return { code: extensions.code, limit: extensions.limit, actual: extensions.actual };
  }
}

describe('document limits', () => {
  it('let an ordinary query through', () => {
    expect(verdict('{ regency(code: "36.04") { name province { name } agreements { nodes { parties { nodes { government { name } } } } } } }')).toBe('ok');
  });

  it('count aliases and directives as written', () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: sectors { id }`).join(' ')} }`;
    expect(verdict(aliases)).toEqual({ code: 'QUERY_TOO_MANY_ALIASES', limit: 15, actual: 16 });
    expect(verdict(`{ sectors { id ${'@include(if: true) '.repeat(51)} } }`)).toEqual({ code: 'QUERY_TOO_MANY_DIRECTIVES', limit: 50, actual: 51 });
  });

  it('measure depth through fragments', () => {
    const deep = '{ regency(code: "36.04") { ...A } } fragment A on Regency { province { regencies { province { regencies { province { code } } } } } }';
    expect(verdict(deep)).toEqual({ code: 'QUERY_TOO_DEEP', limit: 6, actual: 7 });
  });

  it("count no level for a connection's edges, node and nodes, and still the levels of the data", () => {
    // regency, agreements, parties, government, province, name: 6 levels, 10 as written.
    const nested = '{ regency(code: "36.04") { agreements { edges { node { parties { nodes { government { province { name } } } } } } } } }';
    expect(verdict(nested)).toBe('ok');
    const deeper = '{ regency(code: "36.04") { agreements { nodes { parties { nodes { government { province { regencies { name } } } } } } } } }';
    expect(verdict(deeper)).toEqual({ code: 'QUERY_TOO_DEEP', limit: 6, actual: 7 });
  });

  it('refuse the 1 KB fragment DAG of the issue (2^24 spreads) by counting each fragment once', () => {
    const query = fragmentDagQuery(24);
    expect(query.length).toBeLessThan(1100);
    expect(verdict(query)).toEqual({ code: 'QUERY_TOO_MANY_FRAGMENTS', limit: 100, actual: 101 });
  });

  it('leave fragment cycles to validation instead of looping', () => {
    expect(verdict('{ regency(code: "36.04") { ...A } } fragment A on Regency { ...B } fragment B on Regency { ...A }')).toBe('ok');
  });
});

describe('input limits', () => {
  it('cap list and string arguments, literal or variable', () => {
    const codes = Array.from({ length: 101 }, (_, i) => `36.${i}`);
    expect(verdict('query Q($c: [ID!]) { regencies(where: { code: { in: $c } }) { totalCount } }', { c: codes })).toEqual({
      code: 'INPUT_LIST_TOO_LONG',
      limit: 100,
      actual: 101,
    });
    expect(verdict(`{ search(query: "${'a'.repeat(1001)}") { score } }`)).toEqual({ code: 'INPUT_STRING_TOO_LONG', limit: 1000, actual: 1001 });
  });

  it('cap nesting, also of variables too deep to walk recursively', () => {
    let where = '{ code: { eq: "36.04" } }';
    for (let i = 0; i < 12; i++) where = `{ AND: [${where}] }`;
    expect(verdict(`{ regencies(where: ${where}) { totalCount } }`)).toMatchObject({ code: 'INPUT_TOO_DEEP', limit: 12 });
    const nested = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) as unknown;
    expect(verdict('query Q($w: [ID!]) { regencies(where: { code: { in: $w } }) { totalCount } }', { w: nested })).toMatchObject({ code: 'INPUT_TOO_DEEP' });
  });
});
