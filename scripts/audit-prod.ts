import { spawnSync } from 'node:child_process';

/**
 * `npm run audit:prod`: `npm audit` of the dependencies the API ships with (not the dev ones),
 * failing on a high or critical advisory. npm asks the registry's audit API (a POST to
 * `/-/npm/v1/security/advisories/bulk`); a registry that does not offer it (a read-only
 * mirror answers 405) gives no result at all, and this says so plainly instead of passing.
 */

/** What one `npm audit --json` answered: a report, or why there is none. */
export type AuditOutcome =
  | { readonly kind: 'report'; readonly total: number; readonly serious: ReadonlyArray<{ name: string; severity: string }> }
  | { readonly kind: 'unavailable'; readonly reason: string };

interface NpmAuditJson {
  readonly vulnerabilities?: Record<string, { severity?: string }>;
  readonly metadata?: { vulnerabilities?: { total?: number } };
  readonly message?: string;
  readonly statusCode?: number;
  readonly headers?: { allow?: string[] };
}

const SERIOUS = new Set(['high', 'critical']);

/** Reads `npm audit --json`'s output: a report with its high and critical advisories, or the registry's refusal. */
export function readAudit(stdout: string): AuditOutcome {
  let json: NpmAuditJson;
  try {
    json = JSON.parse(stdout) as NpmAuditJson;
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON report: ${stdout.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (json.vulnerabilities === undefined) {
    const allow = json.headers?.allow?.join(', ');
    return { kind: 'unavailable', reason: `${json.message ?? 'npm audit gave no report'}${allow ? ` (the registry allows ${allow} only)` : ''}` };
  }
  const serious = Object.entries(json.vulnerabilities)
    .filter(([, advisory]) => SERIOUS.has(advisory.severity ?? ''))
    .map(([name, advisory]) => ({ name, severity: advisory.severity ?? '' }));
  return { kind: 'report', total: json.metadata?.vulnerabilities?.total ?? Object.keys(json.vulnerabilities).length, serious };
}

/** The message and exit code of an outcome: 0 clean, 1 a high or critical advisory, 2 no audit possible. */
export function verdict(outcome: AuditOutcome, registry: string): { message: string; exitCode: number } {
  if (outcome.kind === 'unavailable') {
    return {
      message:
        `No audit was made: the registry ${registry} does not answer npm's audit API: ${outcome.reason}. ` +
        'Nothing is known about advisories from this run; run `npm run audit:prod` where the audit API of registry.npmjs.org is reachable.',
      exitCode: 2,
    };
  }
  if (outcome.serious.length === 0) return { message: `npm audit: ${outcome.total} advisories in the shipped dependencies, none high or critical.`, exitCode: 0 };
  const list = outcome.serious.map((v) => `${v.name} (${v.severity})`).join(', ');
  return { message: `npm audit: high or critical advisories in the shipped dependencies: ${list}. See \`npm audit --omit=dev\`.`, exitCode: 1 };
}

if (require.main === module) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const audit = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const registry = spawnSync(npm, ['config', 'get', 'registry'], { encoding: 'utf8' }).stdout.trim();
  const { message, exitCode } = verdict(readAudit(audit.stdout ?? ''), registry);
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}
