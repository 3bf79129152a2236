import path from 'node:path';
import { projectRoot } from '../../src/common/paths';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { seedQueryNames } from '../../src/seed';
import { expectedBackboneGraph, readBackbone } from '../../src/seed/backbone';
import { backboneComplete, formatReport, parseCounts } from '../../src/seed/report';
import { seedFingerprint } from '../../src/seed/fingerprint';
import { loadSources } from '../../src/seed/sources';

const backbone = readBackbone();
const expected = expectedBackboneGraph(backbone);
// Keys in Neo4j's order (none), values from the dataset's rows.
const complete = {
  nodes: { Village: expected.nodes.Village, Island: expected.nodes.Island, Province: expected.nodes.Province, District: expected.nodes.District, Regency: expected.nodes.Regency, Source: 2 },
  relationships: { IN_DISTRICT: expected.relationships.IN_DISTRICT, IN_PROVINCE: expected.relationships.IN_PROVINCE, IN_REGENCY: expected.relationships.IN_REGENCY },
};

describe('seed report', () => {
  it('orders counts as docs/model.md does, whatever order Neo4j returns', () => {
    const counts = parseCounts([complete]);
    expect(Object.keys(counts.nodes)).toEqual(['Province', 'Regency', 'District', 'Village', 'Island', 'Source']);
    expect(Object.keys(counts.relationships)).toEqual(['IN_PROVINCE', 'IN_REGENCY', 'IN_DISTRICT']);
  });

  it('calls the backbone complete only with every level and its relationships', () => {
    expect(backboneComplete(parseCounts([complete]), backbone)).toBe(true);
    const oneVillageShort = { ...complete, relationships: { ...complete.relationships, IN_DISTRICT: expected.relationships.IN_DISTRICT - 1 } };
    expect(backboneComplete(parseCounts([oneVillageShort]), backbone)).toBe(false);
    expect(backboneComplete(parseCounts([{ ...complete, nodes: { ...complete.nodes, Island: 0 } }]), backbone)).toBe(false);
    expect(backboneComplete(parseCounts([{ nodes: {}, relationships: {} }]), backbone)).toBe(false);
    expect(backboneComplete(parseCounts([]), backbone)).toBe(false);
  });

  it('prints counts and timings', () => {
    const text = formatReport({ ...parseCounts([complete]), elapsedMs: { schema: 500, backbone: 20000, sources: 1500, total: 22000 } });
    expect(text).toMatch(new RegExp(`\\n  Village +${expected.nodes.Village.toLocaleString('en-US')}\\n`));
    expect(text).toContain('Elapsed: schema 0.5 s, backbone 20.0 s, sources 1.5 s, total 22.0 s');
  });
});

describe('seed queries', () => {
  it('has a file in cypher/ for every query the seed runs', () => {
    const catalog = CypherCatalog.load(path.join(projectRoot(), 'cypher'));
    const names = seedQueryNames();
    expect(names).toContain('seed/relationships/holds-position-regency');
    expect(names).toContain('seed/relationships/holds-position-agency');
    expect(names).toContain('seed/source-fingerprint');
    expect(names).toContain('seed/backbone/islands');
    expect(names).toContain('seed/backbone/prune');
    expect(new Set(names).size).toBe(names.length);
    // indexes, the backbone (source, prune, five levels), the marks, the statements, the curated
    // layer's lock, its stored sources (read, store) and its audit record, five retraction steps, the Source's and
    // the curated nodes' queries (one for every label) and 13 relationship queries; the counts
    // are derived from the model (countsCypher), not a file
    expect(names).toHaveLength(1 + 7 + 2 + 1 + 4 + 5 + 2 + 13);
    expect(() => catalog.verify(names)).not.toThrow();
    expect(catalog.folder('schema')).toHaveLength(23);
  });
});

describe('seed fingerprint', () => {
  it('changes when a source file\'s facts change, so isSeeded asks for a new seed', () => {
    const [source] = loadSources();
    const before = seedFingerprint(source);
    expect(seedFingerprint(source)).toBe(before);
    const edited = { ...source, data: { ...source.data, source: { ...source.data.source, title: `${source.data.source.title}!` } } };
    expect(seedFingerprint(edited)).not.toBe(before);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
  });
});
