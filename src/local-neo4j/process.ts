/**
 * Watching and ending a server process known only by its pid, which is all a second
 * process (the CLI's `stop`, a later `npm start`) has to go on.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { LocalNeo4jError } from './errors';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True if a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line, or undefined if the platform will not tell. */
export function commandLineOf(pid: number): string | undefined {
  try {
    if (process.platform === 'linux') {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    }
    return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/**
 * True if the pid is a Neo4j started for this home. Checked because a pid file can outlive
 * its server (a reboot, a SIGKILL) and the pid be reused by an unrelated program.
 */
export function isNeo4jFor(pid: number, homeDir: string): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = commandLineOf(pid);
  // Where the command line cannot be read, the pid file is the best evidence there is.
  if (commandLine === undefined || commandLine === '') return true;
  return commandLine.includes('org.neo4j.server.CommunityEntryPoint') && commandLine.includes(`--home-dir=${homeDir}`);
}

/** Resolves true once the process is gone, false if it is still there after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    // Already gone between the check and the signal: that is the outcome wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * SIGTERM, which lets Neo4j checkpoint and release its store lock; SIGKILL only if it has
 * not exited after `graceMs`. Resolves with how it ended.
 */
export async function terminate(pid: number, graceMs: number): Promise<'terminated' | 'killed'> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return 'terminated';
  signal(pid, 'SIGKILL');
  if (await waitForExit(pid, 5_000)) return 'killed';
  throw new LocalNeo4jError('stop-failed', `Neo4j (pid ${pid}) did not exit after SIGTERM and SIGKILL.`);
}
