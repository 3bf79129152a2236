import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../src/common/paths';
import { EXPLORER_DIR, EXPLORER_PAGE } from '../src/http/explorer';
import { readmeExamples } from './readme-examples';

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

if (require.main === module) {
  buildExplorer().then(
    (files) => process.stderr.write(`Explorer: ${files.join(', ')} in ${EXPLORER_DIR}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
