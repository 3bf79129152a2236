/**
 * Decides whether the command's argument is a file or Cypher text. Pure: the file system
 * is asked only through `exists`, so tests can pass their own.
 */
import path from 'node:path';

export type QuerySource = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'inline'; readonly text: string };

export interface ResolveOptions {
  /** Where relative paths start: the folder `npm run` was called from (INIT_CWD). */
  readonly cwd: string;
  /** The researchers' examples, tried after `cwd` so `mou-network.cypher` is enough. */
  readonly examplesDir: string;
  readonly exists: (file: string) => boolean;
}

export class QueryFileNotFoundError extends Error {
  override name = 'QueryFileNotFoundError';
}

const FILE_NAME = /\.(cypher|cql)$/i;
const BARE_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * A file when the argument names one (as given, then in cypher/examples/, where the
 * extension may be left out); an argument ending in .cypher that names none is an error,
 * not a query; anything else is Cypher text.
 */
export function resolveQuery(arg: string, options: ResolveOptions): QuerySource {
  const candidates = [path.resolve(options.cwd, arg), path.join(options.examplesDir, arg)];
  if (BARE_NAME.test(arg)) candidates.push(path.join(options.examplesDir, `${arg}.cypher`));
  const looksLikeFile = FILE_NAME.test(arg.trim());
  if (looksLikeFile || BARE_NAME.test(arg) || !/\s/.test(arg.trim())) {
    const found = candidates.find((file) => options.exists(file));
    if (found) return { kind: 'file', path: found };
  }
  if (looksLikeFile) {
    throw new QueryFileNotFoundError(`No such file: ${candidates[0]} (nor ${candidates[1]}).`);
  }
  return { kind: 'inline', text: arg };
}
