/**
 * `npm run token -- create --role <reader|curator|admin> --name NAME [--file FILE]`: makes a new
 * bearer token, prints it once on stdout, and adds its SHA-256 (never the token) with the name
 * and role to the token file (FILE, else API_TOKENS_FILE, else `tokens.json`). The server reads
 * the file at start.
 */
import fs from 'node:fs';
import { hashToken, newToken, readTokenFile, ROLES } from './tokens';
import type { Role, TokenEntry } from './tokens';

const USAGE = `usage: npm run token -- create --role <${ROLES.join('|')}> --name NAME [--file FILE]`;

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(args: readonly string[]): number {
  const role = option(args, 'role');
  const name = option(args, 'name');
  const file = option(args, 'file') ?? process.env.API_TOKENS_FILE ?? 'tokens.json';
  if (args[0] !== 'create' || !role || !name) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!ROLES.includes(role as Role)) {
    process.stderr.write(`--role must be one of ${ROLES.join(', ')}, not "${role}".\n`);
    return 2;
  }
  const entries = readTokenFile(file);
  if (entries.some((entry) => entry.name === name)) {
    process.stderr.write(`${file} has a token named "${name}" already; choose another name.\n`);
    return 1;
  }
  const token = newToken();
  const entry: TokenEntry = { name, role: role as Role, sha256: hashToken(token) };
  fs.writeFileSync(file, `${JSON.stringify([...entries, entry], null, 2)}\n`, { mode: 0o600 });
  process.stdout.write(`${token}\n`);
  process.stderr.write(`Added ${name} (${role}) to ${file}. The token above is shown once: keep it; the file holds only its hash.\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`token failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
