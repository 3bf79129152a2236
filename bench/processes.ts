/**
 * The three servers run as child processes of the bench, each on its own port, so each one's
 * memory and CPU time can be read from /proc/<pid> and none shares an event loop with the
 * load generator.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** A free TCP port on this machine, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ): 100 on every Linux in practice. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms; undefined when it cannot be read. */
export function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * What a process uses over a stretch of time: its CPU time, and its peak resident memory.
 * Linux keeps the peak (VmHWM) and lets it be reset by writing 5 to /proc/<pid>/clear_refs;
 * where that is refused, the resident size is sampled every 50 ms instead.
 */
export class ProcessMeter {
  private sampledKb = 0;
  private sampler: NodeJS.Timeout | undefined;
  private cpuAtReset: number | undefined;

  constructor(private readonly pid: number) {}

  /** Starts a new stretch: the next readings cover only what follows. */
  reset(): void {
    this.cpuAtReset = cpuTimeMs(this.pid);
    try {
      fs.writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      return;
    } catch {
      // Not allowed here: fall back to sampling.
    }
    this.sampledKb = statusKb(this.pid, 'VmRSS') ?? 0;
    this.sampler ??= setInterval(() => {
      this.sampledKb = Math.max(this.sampledKb, statusKb(this.pid, 'VmRSS') ?? 0);
    }, 50).unref();
  }

  /** The peak resident memory since the last reset, in MiB. */
  peakMb(): number {
    const kb = this.sampler ? Math.max(this.sampledKb, statusKb(this.pid, 'VmRSS') ?? 0) : (statusKb(this.pid, 'VmHWM') ?? 0);
    return kb / 1024;
  }

  /** CPU time used since the last reset, in ms; undefined when /proc cannot tell. */
  cpuMs(): number | undefined {
    const now = cpuTimeMs(this.pid);
    return now === undefined || this.cpuAtReset === undefined ? undefined : now - this.cpuAtReset;
  }

  stop(): void {
    if (this.sampler) clearInterval(this.sampler);
  }
}

export interface ServerProcess {
  readonly name: string;
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  readonly pid: number;
  readonly meter: ProcessMeter;
  /** The last lines the process wrote, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly name: string;
  /** The script node runs, e.g. dist/src/main.js. */
  readonly script: string;
  readonly port: number;
  /** Added to the bench's own environment. */
  readonly env: Record<string, string>;
  readonly readyTimeoutMs?: number;
  /**
   * Also wait for the server to print this (ours: its background plan warm-up finished), so its
   * start-up work does not land in the first measured cell.
   */
  readonly readyWhen?: RegExp;
}

const KEEP_OUTPUT_CHARS = 8_000;

function exitedEarly(name: string, code: number | null, output: string): Error {
  return new Error(`The ${name} server exited (code ${code}) before it answered; its output:\n${output}`);
}

/**
 * Node flags every server under test gets alike: a larger young generation, which npm start
 * uses too (GraphQL responses allocate many short-lived objects; with the default, garbage
 * collection took about a third of a busy server's time).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** Starts `node <script>` and waits until GET /health answers 200. */
export async function startServerProcess(options: StartOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, options.script], {
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-KEEP_OUTPUT_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`The ${options.name} server started without a process id.`);

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exitCode !== undefined) throw exitedEarly(options.name, exitCode, output);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok && (!options.readyWhen || options.readyWhen.test(output))) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      const ready = options.readyWhen ? ` and print ${String(options.readyWhen)}` : '';
      throw new Error(`The ${options.name} server did not answer on ${baseUrl}/health${ready} within ${(options.readyTimeoutMs ?? 60_000) / 1000} s; its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const meter = new ProcessMeter(pid);
  return {
    name: options.name,
    baseUrl,
    pid,
    meter,
    output: () => output,
    async stop() {
      meter.stop();
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
