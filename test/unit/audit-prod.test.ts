import { readAudit, verdict } from '../../scripts/audit-prod';

/** `npm run audit:prod` reads npm's own JSON; these are the shapes npm 10 prints. */
describe('audit:prod', () => {
  it('says plainly that no audit was made when the registry refuses the audit API', () => {
    // What `npm audit --omit=dev --json` printed here: the registry is a read-only mirror.
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      headers: { allow: ['GET,HEAD'] },
      statusCode: 405,
    });
    const outcome = readAudit(refused);
    expect(outcome).toEqual({ kind: 'unavailable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk (the registry allows GET,HEAD only)' });
    const { message, exitCode } = verdict(outcome, 'https://registry.npmjs.org/');
    expect(exitCode).toBe(2);
    expect(message).toMatch(/^No audit was made: the registry https:\/\/registry\.npmjs\.org\/ does not answer npm's audit API/);
  });

  it('fails on a high or critical advisory and passes on lesser ones', () => {
    const report = (severities: Record<string, string>): string =>
      JSON.stringify({
        auditReportVersion: 2,
        vulnerabilities: Object.fromEntries(Object.entries(severities).map(([name, severity]) => [name, { name, severity }])),
        metadata: { vulnerabilities: { total: Object.keys(severities).length } },
      });
    expect(verdict(readAudit(report({ a: 'low', b: 'moderate' })), 'r')).toEqual({ message: 'npm audit: 2 advisories in the shipped dependencies, none high or critical.', exitCode: 0 });
    expect(verdict(readAudit(report({ a: 'low', b: 'critical' })), 'r')).toMatchObject({ exitCode: 1, message: expect.stringContaining('b (critical)') });
  });

  it('treats output that is not JSON as no audit', () => {
    expect(verdict(readAudit('npm error something'), 'r').exitCode).toBe(2);
  });
});
