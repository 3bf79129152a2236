import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, ErrorCode, httpStatusOf } from '../../src/errors';

/** The rows of the README's "Errors" table: code and HTTP status. */
function readmeErrorRows(): Array<[string, number]> {
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Errors'), readme.indexOf('\n## ', readme.indexOf('## Errors') + 1));
  return [...section.matchAll(/^\| `(\w+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]);
}

describe('error codes', () => {
  it('are listed in the README exactly as in src/errors/codes.ts, with the same HTTP status', () => {
    const fromCode = Object.entries(ERROR_CODES).map(([code, info]) => [code, info.status]);
    expect(readmeErrorRows()).toEqual(fromCode);
  });

  it('have a row for every member of the enum', () => {
    expect(Object.keys(ERROR_CODES).sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('give a client fault a 4xx and only the server its 500', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) expect(info.status).toBe(500);
      else expect(info.status).not.toBe(500);
    }
    expect(httpStatusOf('SOMETHING_UNKNOWN')).toBe(500);
  });
});
