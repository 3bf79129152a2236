import type { Config } from './config';
import { QueryStats } from './db/executor';
import type { Executor } from './db/executor';
import { createLoaders } from './loaders';
import type { Loaders } from './loaders';

/** What every resolver receives: this request's executor, its loaders and its counters. */
export interface Context {
  readonly config: Config;
  readonly db: Executor;
  readonly loaders: Loaders;
  readonly stats: QueryStats;
}

/** Builds a fresh context per request, so DataLoader caches never leak between users. */
export function createContext(config: Config, executor: Executor): Context {
  const stats = new QueryStats();
  const db = executor.forRequest(stats, config.protection.transactionTimeoutMs);
  return { config, db, loaders: createLoaders(db), stats };
}
