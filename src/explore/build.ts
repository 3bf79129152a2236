import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../common/paths';
import { explorerDist } from './serve';

/**
 * Bundles the explorer (explorer/src, plain TypeScript) with its npm libraries into one
 * script, beside its page and style sheet: nothing is fetched from elsewhere at run time.
 * The folder is emptied first so no file of an earlier build lingers.
 */
export async function buildExploreApp(outDir = explorerDist()): Promise<void> {
  const source = path.join(projectRoot(), 'explorer');
  await fs.rm(outDir, { recursive: true, force: true });
  await fs.mkdir(outDir, { recursive: true });
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
  await fs.copyFile(path.join(source, 'index.html'), path.join(outDir, 'index.html'));
  await fs.copyFile(path.join(source, 'style.css'), path.join(outDir, 'explorer.css'));
}

if (require.main === module) {
  buildExploreApp().catch((error: unknown) => {
    process.stderr.write(`explorer build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
