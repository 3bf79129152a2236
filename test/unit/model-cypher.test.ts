import fs from 'node:fs';
import path from 'node:path';
import { MODEL } from '../../src/model';
import { entityByRefBranches, neighbourhoodTierCase } from '../../src/model/cypher';
import { neighbourhoodText, pathText } from '../../src/graph/graph.repository';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { byKeyQuery, listQuery } from '../../src/db/queries';

const root = path.resolve(__dirname, '..', '..');

describe('Cypher derived from the model', () => {
  it('finds a referenced entity through one indexed branch per label', () => {
    const branches = entityByRefBranches(MODEL).split('\n');
    expect(branches).toHaveLength(MODEL.entities.length);
    expect(branches[0]).toBe("  MATCH (n:Province {code: ref.key}) WHERE ref.label = 'Province' RETURN n");
    expect(branches[1]).toBe("  UNION ALL MATCH (n:Regency {code: ref.key}) WHERE ref.label = 'Regency' RETURN n");
    expect(branches).toContain("  UNION ALL MATCH (n:Official {id: ref.key}) WHERE ref.label = 'Official' RETURN n");
  });

  it('orders a neighbourhood by the tiers the model gives, curated entities (no tier) first', () => {
    expect(neighbourhoodTierCase(MODEL)).toBe(
      "CASE label WHEN 'Province' THEN 1 WHEN 'Regency' THEN 1 WHEN 'District' THEN 2 WHEN 'Village' THEN 3 WHEN 'Island' THEN 3 ELSE 0 END",
    );
  });

  it('fills the slots of path and neighbourhood once, and only there', () => {
    const catalog = CypherCatalog.load(path.join(root, 'cypher'));
    for (const text of [pathText(catalog, 1), pathText(catalog, 10), neighbourhoodText(catalog)]) {
      expect(text).not.toContain('{{');
      expect(text).toContain("UNION ALL MATCH (n:Claim {id: ref.key}) WHERE ref.label = 'Claim' RETURN n");
    }
    expect(pathText(catalog, 4, { types: ['SIGNED_MOU', 'ACCOMPANIED'], references: true })).toContain('shortestPath((a)-[:ACCOMPANIED|SIGNED_MOU*0..4]-(b))');
    expect(pathText(catalog, 4)).toBe(pathText(catalog, 4));
    // Without provenance selected, no statement is read; the text is still one per choice.
    const bare = pathText(catalog, 4, { types: ['SIGNED_MOU'], references: false });
    expect(bare).not.toContain('Statement');
    expect(pathText(catalog, 4, { types: ['SIGNED_MOU'], references: true })).toContain(':Statement');
    expect(bare).toBe(pathText(catalog, 4, { types: ['SIGNED_MOU', 'SIGNED_MOU'], references: false }));
    expect(() => pathText(catalog, 4, { types: ['SIGNED_MOU]->(x) DETACH DELETE x //'], references: false })).toThrow(/Not relationship types/);
    expect(() => pathText(catalog, 11)).toThrow(/maxLength is checked to be 1 to 10/);
    const raw = fs.readFileSync(path.join(root, 'cypher', 'graph', 'path.cypher'), 'utf8');
    expect(raw.match(/\{\{entityByRef\}\}/g)).toHaveLength(1);
  });
});

describe('hand-written look-ups and lists', () => {
  const catalog = CypherCatalog.load(path.join(root, 'cypher'));
  const projects = (text: string, field: string): boolean => new RegExp(`\\.${field}\\b`).test(text);

  it.each(MODEL.entities.map((entity) => [entity.name]))('%s: the look-up by key and the root list return every field the model declares', (name) => {
    const entity = MODEL.entity(name);
    const files = [byKeyQuery(name), ...(MODEL.sortFields(name).length > 0 ? [listQuery(name)] : [])];
    for (const file of files) {
      const missing = Object.keys(entity.fields).filter((field) => !projects(catalog.get(file), field));
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });
});
