/**
 * Sends one hostile request with node's http client (any method, any bytes) and judges the
 * answer: its status, the error codes it carries, and whether it leaks internals.
 */
import http from 'node:http';
import type { FuzzCase } from './cases';

export interface Outcome {
  readonly status: number;
  readonly codes: readonly string[];
  readonly ms: number;
  /** What in the body should never reach a client (a stack frame, Cypher, driver names). */
  readonly leak: string | undefined;
  readonly body: string;
}

/** Signs of internals in a response body: stack frames, driver errors, Cypher text, file paths. */
const LEAKS: ReadonlyArray<readonly [string, RegExp]> = [
  ['stack trace', /\bat [\w.<>]+ \(|"stacktrace"/],
  ['driver error', /Neo4jError|neo4j-driver|Neo\.(Client|Transient|Database)Error/],
  ['Cypher text', /\b(MATCH|UNWIND|OPTIONAL MATCH) \(/],
  ['file path', /\/(src|dist|node_modules)\/[\w/-]+\.(ts|js)/],
  ['suggestion', /Did you mean/],
];

/** The first sign of internals in `body` that is not merely the client's own input echoed back. */
export function findLeak(body: string, sent = ''): string | undefined {
  for (const [name, pattern] of LEAKS) {
    const match = pattern.exec(body);
    if (match && !sent.includes(match[0])) return name;
  }
  return undefined;
}

function codesOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? 'NONE'));
  } catch {
    return [];
  }
}

/** Sends the case to `baseUrl` (`http://127.0.0.1:port`) and waits for the whole answer. */
export function sendCase(baseUrl: string, fuzz: FuzzCase, timeoutMs = 60_000): Promise<Outcome> {
  const url = new URL(baseUrl);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const body = fuzz.body === undefined ? undefined : Buffer.from(fuzz.body, fuzz.name === 'invalid UTF-8' ? 'latin1' : 'utf8');
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: fuzz.method,
        path: fuzz.path,
        headers: { ...fuzz.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            codes: codesOf(text),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            leak: findLeak(text, fuzz.body),
            body: text,
          });
        });
        response.on('error', reject);
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`No answer within ${timeoutMs} ms`)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A server may answer and close before reading a refused body whole (413): still an answer.
      reject(error);
    });
    request.end(body);
  });
}
