import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** What a command printed and how it ended. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const root = path.resolve(__dirname, '../..');

/**
 * Runs a compiled command of the project (`dist/src/...`) as a child process, the way its npm
 * script does after building, with the tests' environment (NEO4J_URI from the global setup)
 * plus `env`; npm's INIT_CWD is left out so the command resolves paths from the project.
 */
export function runCommand(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const { INIT_CWD: _initCwd, ...inherited } = process.env;
    const child = spawn(process.execPath, [path.join(root, script), ...args], { cwd: root, env: { ...inherited, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** `npm run build --silent`, as the commands' npm scripts run it first; throws with its output when it fails. */
export function buildProject(): void {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}
