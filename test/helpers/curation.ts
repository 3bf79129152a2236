import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from './command';

/**
 * Curators' side of the tests (issue 10): tokens made with the real `npm run token` command
 * (compiled: call buildProject first), and GraphQL asked with a bearer token.
 */
export interface Answer<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** POSTs a GraphQL request to `url`, with `token` as its bearer token when given. */
export async function askWithToken<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
}

/** A fresh token file holding one token per `[name, role]`, and the tokens by name; `remove` deletes the file. */
export async function makeTokens(entries: ReadonlyArray<readonly [string, string]>): Promise<{ file: string; tokens: Record<string, string>; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokens-'));
  const file = path.join(dir, 'tokens.json');
  const tokens: Record<string, string> = {};
  for (const [name, role] of entries) {
    const run = await runCommand('dist/src/auth/cli.js', ['create', '--role', role, '--name', name, '--file', file]);
    if (run.code !== 0) throw new Error(run.stderr);
    tokens[name] = run.stdout.trim();
  }
  return { file, tokens, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
