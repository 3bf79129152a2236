import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { queryNames } from '../../src/db/queries';
import { MODEL } from '../../src/model';
import { modelDiagram, withDiagram } from '../../src/model/diagram';
import { createSchema, printSdl } from '../../src/schema';

const root = path.resolve(__dirname, '..', '..');

describe('schema and Cypher files', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
    expect(printSdl(await createSchema())).toBe(committed);
  });

  it('has a cypher/ file for every query the API runs', () => {
    const catalog = CypherCatalog.load(path.join(root, 'cypher'));
    expect(queryNames()).toContain('regency/list');
    expect(queryNames()).toContain('regency/districts');
    expect(() => catalog.verify(queryNames())).not.toThrow();
  });

  it('matches the diagram committed in docs/model.md (run `npm run schema` after changing the model)', () => {
    const committed = fs.readFileSync(path.join(root, 'docs', 'model.md'), 'utf8');
    expect(withDiagram(committed, modelDiagram(MODEL))).toBe(committed);
    expect(committed).toContain('Official -- SIGNED_MOU --> Agreement');
  });

  it('fails fast naming the missing file', () => {
    const catalog = CypherCatalog.load(path.join(root, 'cypher'));
    expect(() => catalog.get('regency/no-such-query')).toThrow(/regency\/no-such-query\.cypher/);
  });
});
