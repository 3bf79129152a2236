/**
 * The pid file is how one process finds a server another process started. It holds the pid
 * alone, as pid files conventionally do, so `kill $(cat …)` works too.
 */
import fs from 'node:fs';
import path from 'node:path';

export function readPid(file: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function writePid(file: string, pid: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${pid}\n`);
}

/** Removes the file; with `pid`, only if it still names that process (not a newer server). */
export function removePid(file: string, pid?: number): void {
  if (pid !== undefined && readPid(file) !== pid) return;
  fs.rmSync(file, { force: true });
}
