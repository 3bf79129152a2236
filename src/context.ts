import type { Config } from './config';
import { QueryStats } from './db/executor';
import type { Executor } from './db/executor';
import { createLoaders } from './loaders';
import type { Loaders } from './loaders';
import { authenticate } from './auth/tokens';
import type { Caller, TokenEntry } from './auth/tokens';

/** What every resolver receives: this request's executor, its loaders, its counters and who sent it. */
export interface Context {
  readonly config: Config;
  readonly db: Executor;
  readonly loaders: Loaders;
  readonly stats: QueryStats;
  /** The caller its bearer token names; null without one (reads are public). */
  readonly caller: Caller | null;
  /** The executor without the request's transaction timeout, for writes of the curated layer. */
  readonly writer: Executor;
}

/**
 * Builds a fresh context per request, so DataLoader caches never leak between users. A token
 * the server does not know is refused (401) here, before any resolver or database work.
 */
export function createContext(config: Config, executor: Executor, tokens: readonly TokenEntry[] = [], authorization?: string): Context {
  const caller = authenticate(authorization, tokens);
  const stats = new QueryStats();
  const db = executor.forRequest(stats, config.protection.transactionTimeoutMs);
  return { config, db, loaders: createLoaders(db), stats, caller, writer: executor };
}
