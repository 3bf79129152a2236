import path from 'node:path';
import { projectRoot } from '../../src/common/paths';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { seedQueryNames } from '../../src/seed';
import { backboneComplete, formatReport, parseCounts } from '../../src/seed/report';
import { seedFingerprint } from '../../src/seed/fingerprint';
import { loadSources } from '../../src/seed/sources';

const complete = {
  nodes: { Village: 83763, Province: 38, District: 7277, Regency: 514, Source: 1 },
  relationships: { IN_DISTRICT: 83763, IN_PROVINCE: 514, IN_REGENCY: 7277 },
};

describe('seed report', () => {
  it('orders counts as docs/model.md does, whatever order Neo4j returns', () => {
    const counts = parseCounts([complete]);
    expect(Object.keys(counts.nodes)).toEqual(['Province', 'Regency', 'District', 'Village', 'Source']);
    expect(Object.keys(counts.relationships)).toEqual(['IN_PROVINCE', 'IN_REGENCY', 'IN_DISTRICT']);
  });

  it('calls the backbone complete only with every level and its relationships', () => {
    expect(backboneComplete(parseCounts([complete]))).toBe(true);
    expect(backboneComplete(parseCounts([{ ...complete, relationships: { ...complete.relationships, IN_DISTRICT: 83762 } }]))).toBe(false);
    expect(backboneComplete(parseCounts([{ nodes: {}, relationships: {} }]))).toBe(false);
    expect(backboneComplete(parseCounts([]))).toBe(false);
  });

  it('prints counts and timings', () => {
    const text = formatReport({ ...parseCounts([complete]), elapsedMs: { schema: 500, backbone: 20000, sources: 1500, total: 22000 } });
    expect(text).toMatch(/\n  Village +83,763\n/);
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
    expect(names).toHaveLength(2 + 4 + 2 + 7 + 13);
    expect(() => catalog.verify(names)).not.toThrow();
    expect(catalog.folder('schema')).toHaveLength(18);
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
