import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * HTTP caching of reads. The graph is read-mostly and public, so a successful query may be
 * reused for a short while (CACHE_MAX_AGE) by the browser and shared caches, and revalidated
 * with its ETag after that. Anything else is `no-store`: errors (a refusal must not stick),
 * and every request that carries an Authorization header (what a token sees is not public).
 */

export const NO_STORE = 'no-store';

/** The Cache-Control of a successful public read. */
export function publicCacheControl(maxAgeSeconds: number): string {
  return `public, max-age=${maxAgeSeconds}`;
}

/** True when the cache plugin marked the response a public read. */
export function isPublicRead(response: { readonly headers: Map<string, string> }): boolean {
  return response.headers.get('cache-control')?.startsWith('public,') ?? false;
}

/**
 * Marks successful query operations as cacheable. Runs inside Apollo, where the operation's
 * type and the errors are known; the HTTP layer sends `no-store` whenever this did not set
 * a Cache-Control (refusals before execution never reach here).
 */
export function cacheControlPlugin<TContext extends object>(maxAgeSeconds: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, operation, response }) {
          const body = response.body;
          const succeeded = body.kind === 'single' && !body.singleResult.errors?.length && (response.http.status ?? 200) === 200;
          const isPublic = !request.http?.headers.get('authorization');
          if (operation?.operation === 'query' && succeeded && isPublic) {
            response.http.headers.set('cache-control', publicCacheControl(maxAgeSeconds));
          }
        },
      };
    },
  };
}

/** A strong validator for a response body: the same bytes give the same ETag. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when an If-None-Match header names this ETag (or `*`); weak and strong forms compare alike. */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
