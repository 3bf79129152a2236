import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../src/common/paths';
import { explorerDist } from '../src/explore/serve';
import { EXPLORER_DIR, EXPLORER_PAGE } from '../src/http/explorer';
import { readmeExamples } from './readme-examples';

/**
 * The browser bundles the API serves, built by `npm run build` with esbuild: GraphiQL at
 * /graphiql (dist/explorer) and the graph explorer at /explore (dist/explore). Each output
 * folder is emptied first, so no file of an earlier build lingers; the server reads them
 * once at start (src/http/static-bundle.ts).
 */

/**
 * Bundles GraphiQL (explorer/graphiql.jsx, React and every style and font it uses) into
 * dist/explorer with content-hashed names, and writes the page that loads them, so the API
 * can serve an explorer that needs no network (`npm run build` runs this).
 */
export async function buildExplorer(outDir: string = path.join(projectRoot(), EXPLORER_DIR)): Promise<string[]> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { graphiql: path.join(projectRoot(), 'explorer', 'graphiql.jsx') },
    outdir: outDir,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    loader: { '.woff2': 'dataurl', '.woff': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"', README_EXAMPLES: JSON.stringify(readmeExamples()) },
    metafile: true,
    logLevel: 'warning',
  });
  const files = Object.keys(result.metafile.outputs).map((output) => path.basename(output));
  const script = files.find((file) => file.endsWith('.js'));
  const style = files.find((file) => file.endsWith('.css'));
  if (!script || !style) throw new Error(`The explorer bundle lacks a script or a style: ${files.join(', ')}.`);
  fs.writeFileSync(path.join(outDir, EXPLORER_PAGE), pageHtml(script, style));
  return [...files, EXPLORER_PAGE];
}

function pageHtml(script: string, style: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>daerah-graph · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/${style}">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/${script}"></script>
</body>
</html>
`;
}

/**
 * Bundles the graph explorer (explorer/src, plain TypeScript) with its npm libraries into one
 * script, beside its page and style sheet: nothing is fetched from elsewhere at run time.
 */
export async function buildExploreApp(outDir = explorerDist()): Promise<void> {
  const source = path.join(projectRoot(), 'explorer');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(source, 'src', 'main.ts')],
    outfile: path.join(outDir, 'explorer.js'),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'eof',
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(source, 'index.html'), path.join(outDir, 'index.html'));
  fs.copyFileSync(path.join(source, 'style.css'), path.join(outDir, 'explorer.css'));
}

if (require.main === module) {
  (async () => {
    const files = await buildExplorer();
    process.stderr.write(`Explorer: ${files.join(', ')} in ${EXPLORER_DIR}\n`);
    await buildExploreApp();
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
