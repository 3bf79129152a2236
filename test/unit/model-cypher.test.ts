import fs from 'node:fs';
import path from 'node:path';
import { MODEL } from '../../src/model';
import { entityByRefBranches } from '../../src/model/cypher';
import { CypherCatalog } from '../../src/db/cypher-catalog';

const root = path.resolve(__dirname, '..', '..');

describe('Cypher derived from the model', () => {
  it('finds a referenced entity through one indexed branch per label', () => {
    const branches = entityByRefBranches(MODEL).split('\n');
    expect(branches).toHaveLength(MODEL.entities.length);
    expect(branches[0]).toBe("  MATCH (n:Province {code: ref.key}) WHERE ref.label = 'Province' RETURN n");
    expect(branches[1]).toBe("  UNION ALL MATCH (n:Regency {code: ref.key}) WHERE ref.label = 'Regency' RETURN n");
    expect(branches).toContain("  UNION ALL MATCH (n:Official {id: ref.key}) WHERE ref.label = 'Official' RETURN n");
  });

  it('fills the slot of path and neighbourhood, and only there', () => {
    const catalog = CypherCatalog.load(path.join(root, 'cypher'));
    for (const name of ['graph/path', 'graph/neighbourhood']) {
      const text = catalog.render(name, { entityByRef: entityByRefBranches(MODEL) });
      expect(text).not.toContain('{{');
      expect(text).toContain("UNION ALL MATCH (n:Claim {id: ref.key}) WHERE ref.label = 'Claim' RETURN n");
    }
    const raw = fs.readFileSync(path.join(root, 'cypher', 'graph', 'path.cypher'), 'utf8');
    expect(raw.match(/\{\{entityByRef\}\}/g)).toHaveLength(1);
  });
});
