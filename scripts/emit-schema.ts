import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/common/paths';
import { MODEL } from '../src/model';
import { modelDiagram, withDiagram } from '../src/model/diagram';
import { createSchema, printSdl } from '../src/schema';
import { sourceFileSchema } from '../src/seed/source-schema';

/**
 * Writes what is derived from the code and committed (`npm run schema`): schema/schema.graphql
 * from the type-graphql classes, schema/source-file.schema.json (the source files' format) and
 * docs/model.md's diagram from the model. Tests fail when any drifts.
 */
async function main(): Promise<void> {
  const schemaFile = path.join(projectRoot(), 'schema', 'schema.graphql');
  fs.writeFileSync(schemaFile, printSdl(await createSchema()));
  process.stderr.write(`Wrote ${path.relative(process.cwd(), schemaFile)}\n`);
  const sourceSchemaFile = path.join(projectRoot(), 'schema', 'source-file.schema.json');
  fs.writeFileSync(sourceSchemaFile, `${JSON.stringify(sourceFileSchema(), null, 2)}\n`);
  process.stderr.write(`Wrote ${path.relative(process.cwd(), sourceSchemaFile)}\n`);
  const docFile = path.join(projectRoot(), 'docs', 'model.md');
  fs.writeFileSync(docFile, withDiagram(fs.readFileSync(docFile, 'utf8'), modelDiagram(MODEL)));
  process.stderr.write(`Wrote the diagram in ${path.relative(process.cwd(), docFile)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
