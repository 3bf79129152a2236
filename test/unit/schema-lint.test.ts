import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LINTER = join(ROOT, 'node_modules', 'graphql-schema-linter', 'lib', 'cli.js');

/** Runs graphql-schema-linter with the project's rules (.graphql-schema-linterrc) over one SDL file. */
function lint(schemaPath: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [LINTER, '--config-directory', ROOT, schemaPath], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * The schema reads like documentation: every type, field, argument, input field and enum value
 * has a description, enum values are ALL_CAPS, and connections follow Relay's spec.
 */
describe('schema linter (graphql-schema-linter)', () => {
  it('finds nothing to say about schema/schema.graphql', () => {
    const { status, output } = lint(join(ROOT, 'schema', 'schema.graphql'));
    expect(output).toContain('0 errors detected');
    expect(status).toBe(0);
  });

  it('fails on a field without a description and on an enum value not in ALL_CAPS', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'schema-lint-')), 'bad.graphql');
    writeFileSync(file, '"""Reads."""\ntype Query {\n  """A kind."""\n  kind: Kind\n  name: String\n}\n\n"""Kinds."""\nenum Kind {\n  """A regency."""\n  Regency\n}\n');
    const { status, output } = lint(file);
    expect(status).not.toBe(0);
    expect(output).toContain('The field `Query.name` is missing a description.');
    expect(output).toContain('Kind.Regency');
  });
});
