/**
 * Bearer tokens for writes (issue 10): the operator lists them in a JSON file
 * (`API_TOKENS_FILE`), each as a name, a role and the SHA-256 of the token, never the token
 * itself; `npm run token -- create` makes one and prints it once. A request's token is hashed
 * and compared with every entry in constant time; tokens are never logged.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { ForbiddenError, UnauthenticatedError } from '../errors';

/** What a token may do: `reader` reads (as anyone may, unless reads are closed), `curator` writes sources, `admin` also retracts any source and reads the audit log. */
export const ROLES = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenEntry {
  readonly name: string;
  readonly role: Role;
  /** Hex SHA-256 of the token. */
  readonly sha256: string;
}

/** Who sent a request, by their token. */
export interface Caller {
  readonly name: string;
  readonly role: Role;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new token: 32 random bytes, base64url, with a prefix that tells what it is when found in a log or a paste. */
export function newToken(): string {
  return `dgt_${randomBytes(32).toString('base64url')}`;
}

/** Reads the operator's token file; a missing path means no tokens (every write refused). Throws a sentence naming the file when it is wrong. */
export function readTokenFile(file: string | null): TokenEntry[] {
  if (!file) return [];
  if (!fs.existsSync(file)) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`API_TOKENS_FILE ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!Array.isArray(entries)) throw new Error(`API_TOKENS_FILE ${file} must hold a JSON list of {name, role, sha256}.`);
  return entries.map((entry: Partial<TokenEntry>, i) => {
    if (typeof entry.name !== 'string' || !ROLES.includes(entry.role as Role) || typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) {
      throw new Error(`API_TOKENS_FILE ${file}: entry ${i} must be {name, role (${ROLES.join(', ')}), sha256 (64 hex digits)}.`);
    }
    return { name: entry.name, role: entry.role as Role, sha256: entry.sha256 };
  });
}

/**
 * Who an Authorization header says sent a request: the caller its token names, or none; a
 * malformed header or an unknown token is kept as the reason a write will be refused (401).
 * Reads stay public, so a read is answered whatever the header says.
 */
export interface Authentication {
  readonly caller: Caller | null;
  readonly refused: string | null;
}

export function authenticate(authorization: string | undefined, tokens: readonly TokenEntry[]): Authentication {
  if (authorization === undefined || authorization === '') return { caller: null, refused: null };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) return { caller: null, refused: 'The Authorization header must be "Bearer <token>".' };
  const presented = Buffer.from(hashToken(match[1] as string), 'hex');
  let found: TokenEntry | undefined;
  // Every entry is compared, in constant time, so the time taken says nothing about the tokens.
  for (const entry of tokens) if (timingSafeEqual(presented, Buffer.from(entry.sha256, 'hex')) && !found) found = entry;
  return found ? { caller: { name: found.name, role: found.role }, refused: null } : { caller: null, refused: 'This token is not known to the server.' };
}

/** Refuses, before any database work, a request whose token is missing, unknown, or of another role than `roles`. */
export function requireRole({ caller, refused }: Authentication, roles: readonly Role[], what: string): Caller {
  if (refused) throw new UnauthenticatedError(`${what}: ${refused}`);
  if (!caller) throw new UnauthenticatedError(`${what} needs a bearer token with the role ${roles.join(' or ')}.`);
  if (!roles.includes(caller.role)) throw new ForbiddenError(`${what} needs the role ${roles.join(' or ')}; this token's role is ${caller.role}.`);
  return caller;
}
