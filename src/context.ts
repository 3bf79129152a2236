import type { Config } from './config';
import { QueryStats } from './db/executor';
import type { Executor } from './db/executor';
import { createLoaders } from './loaders';
import type { Loaders } from './loaders';
import { authenticate, requireRole, ROLES } from './auth/tokens';
import type { Authentication, TokenEntry } from './auth/tokens';

/** What every resolver receives: this request's executor, its loaders, its counters and who sent it. */
export interface Context {
  readonly config: Config;
  readonly db: Executor;
  readonly loaders: Loaders;
  readonly stats: QueryStats;
  /** Who its bearer token says sent it (src/auth/tokens.ts); reads are public whatever it says, unless READS_NEED_TOKEN. */
  readonly auth: Authentication;
  /** The executor without the request's transaction timeout, for writes of the curated layer. */
  readonly writer: Executor;
}

/**
 * Builds a fresh context per request, so DataLoader caches never leak between users. With
 * READS_NEED_TOKEN, a request without a known token is refused here (401), before any work.
 */
export function createContext(config: Config, executor: Executor, tokens: readonly TokenEntry[] = [], authorization?: string): Context {
  const auth = authenticate(authorization, tokens);
  if (config.readsNeedToken) requireRole(auth, ROLES, 'This server (READS_NEED_TOKEN=true): every request');
  const stats = new QueryStats();
  const db = executor.forRequest(stats, config.protection.transactionTimeoutMs);
  return { config, db, loaders: createLoaders(db), stats, auth, writer: executor };
}
