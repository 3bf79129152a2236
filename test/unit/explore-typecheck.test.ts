import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The explorer is bundled by esbuild, which strips types without checking them, and the
 * browser tests bundle it the same way; `npm run build` checks it with its own tsconfig
 * (DOM types), and so does this test, so `npm test` alone catches a type error there too.
 */
describe('explorer sources', () => {
  it('type-check with explorer/tsconfig.json', () => {
    const root = path.resolve(__dirname, '..', '..');
    const tsc = require.resolve('typescript/bin/tsc');
    let diagnostics = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', path.join(root, 'explorer', 'tsconfig.json')], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      diagnostics = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    expect(diagnostics).toBe('');
  });
});
