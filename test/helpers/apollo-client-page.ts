import { build } from 'esbuild';

/**
 * A page that carries Apollo Client 4 (bundled from node_modules with esbuild, inlined, so
 * it loads nothing) as `window.ApolloClientKit = { ApolloClient, InMemoryCache, HttpLink, gql }`,
 * for browser tests that use the real client with its default cache.
 */
export async function apolloClientPage(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { ApolloClient, InMemoryCache, HttpLink, gql } from '@apollo/client'; window.ApolloClientKit = { ApolloClient, InMemoryCache, HttpLink, gql };",
      resolveDir: __dirname,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'warning',
  });
  // Inlined in a <script>, the bundle must not close that element early.
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><title>Apollo Client</title><p>A frontend with Apollo Client.</p><script>${script}</script>`;
}
