import Ajv2020 from 'ajv/dist/2020';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/common/paths';
import { readSourceDir } from '../../src/seed/sources';
import { readSourceFile } from '../../src/seed/source-validate';
import { sourceFileSchema } from '../../src/seed/source-schema';
import { fixtureSources } from '../helpers/sources';

/**
 * schema/source-file.schema.json says the format of seed/sources once more, for editors: it
 * must be the one `npm run schema` writes, accept every committed file, and allow exactly the
 * fields the seed's reader reads.
 */
const schema = sourceFileSchema();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

type Properties = Record<string, { properties?: Properties; items?: { properties?: Properties; oneOf?: Array<{ properties: Properties }> } }>;
const top = schema.properties as Properties;

describe('the JSON Schema of source files (schema/source-file.schema.json)', () => {
  it('is the one `npm run schema` writes', () => {
    const committed = fs.readFileSync(path.join(projectRoot(), 'schema', 'source-file.schema.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('accepts every file of seed/sources, test/fixtures/sources and test/fixtures/ingest (mentions and all)', () => {
    for (const { file, json } of [...readSourceDir(), ...fixtureSources(), ...readSourceDir(path.join(projectRoot(), 'test', 'fixtures', 'ingest'))]) {
      const ok = validate(json);
      expect({ file, errors: ok ? [] : validate.errors }).toEqual({ file, errors: [] });
    }
  });

  it('refuses what the reader refuses: an unknown field, a wrong enum value', () => {
    const [article] = readSourceDir();
    const json = structuredClone(article?.json) as { officials: Array<Record<string, unknown>>; relationships: Array<Record<string, unknown>> };
    (json.officials[0] as Record<string, unknown>).nicknam = 'Tatu';
    (json.relationships[0] as Record<string, unknown>).rank = 'BEST';
    expect(validate(json)).toBe(false);
    expect(readSourceFile(json).problems.join('\n')).toMatch(/officials\[0\]\.nicknam: is not a known field[\s\S]*relationships\[0\]\.rank: must be one of/);
  });

  it("allows only fields the reader knows: a file with every field of the schema has none 'not a known field'", () => {
    const sample = (properties: Properties): Record<string, unknown> => Object.fromEntries(Object.keys(properties).map((name) => [name, null]));
    const file: Record<string, unknown> = { $schema: 'x', source: sample(top.source?.properties ?? {}) };
    for (const [list, spec] of Object.entries(top)) {
      if (list === 'source' || list === '$schema') continue;
      const items = spec.items;
      file[list] = items?.oneOf ? items.oneOf.map((entry) => ({ ...sample(entry.properties), type: (entry.properties.type as { const?: string }).const })) : [sample(items?.properties ?? {})];
    }
    const unknown = readSourceFile(file).problems.filter((problem) => problem.includes('is not a known field'));
    expect(unknown).toEqual([]);
  });
});
