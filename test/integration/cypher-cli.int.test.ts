import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { isPortFree } from '../../src/local-neo4j/port';
import { startTestApi } from '../helpers/api';
import { csvRowCount } from '../helpers/area-data';
import type { TestApi } from '../helpers/api';
import { buildProject, runCommand } from '../helpers/command';
import type { Run } from '../helpers/command';

/**
 * The researchers' command as they run it: `npm run cypher` is `npm run build --silent &&
 * node dist/src/cli/cypher.js`, so the build runs once here and each test starts the compiled
 * command as a child process against the tests' Neo4j (NEO4J_URI from the global setup).
 */
const root = path.resolve(__dirname, '../..');
const command = path.join(root, 'dist/src/cli/cypher.js');
const PROBE = 'CypherCliProbe';

function cypher(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runCommand('dist/src/cli/cypher.js', args, env);
}

/** stderr of a successful run: the row count and time, nothing else. */
const SUMMARY = /^(\d[\d,]*) rows? in \d+\.\d+ s(; .*)?\n$/;

let api: TestApi;
beforeAll(async () => {
  buildProject();
  api = await startTestApi();
}, 180_000);
afterAll(async () => {
  await api.database.executor.runText('WRITE', `MATCH (p:${PROBE}) DELETE p`);
  await api.close();
});

describe('npm run cypher', () => {
  it('is the script that builds, then runs the compiled command', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.cypher).toBe('npm run build --silent && node dist/src/cli/cypher.js');
    expect(fs.existsSync(command)).toBe(true);
  });

  // A backbone example: its answer does not change when a source is added to seed/sources.
  it('prints an example file as an aligned table, with rows and time on stderr', async () => {
    const run = await cypher(['cypher/examples/backbone-counts-by-province.cypher', '--param', 'provinceCodes=["36","35"]']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'code | province   | regencies | cities | districts | villages',
        '-----+------------+-----------+--------+-----------+---------',
        '35   | Jawa Timur |        29 |      9 |       666 |     8494',
        '36   | Banten     |         4 |      4 |       155 |     1552',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toMatch(SUMMARY);
    expect(run.stderr).toMatch(/^2 rows in/);
  });

  it('prints CSV, taking a --param over the file default and keeping a code as text', async () => {
    const run = await cypher(['officials-by-government', '--param', 'governmentCode=35.10', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'government,unit,id,official,localTitle,title,startDate,endDate\r\n' +
        'Kabupaten Banyuwangi,Kabupaten Banyuwangi,abdullah-azwar-anas,Abdullah Azwar Anas,Bupati,Regent,,\r\n',
    );
    expect(run.stderr).toMatch(/^1 row in/);
  });

  it('quotes CSV fields as RFC 4180 says', async () => {
    const run = await cypher(['RETURN $text AS text, [1, 2] AS list, null AS nothing', '-p', 'text=say "hi", twice\nthen stop', '-f', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('text,list,nothing\r\n"say ""hi"", twice\nthen stop","[1,2]",\r\n');
  });

  it('prints one JSON array, with Integers as numbers', async () => {
    const run = await cypher(['backbone-counts-by-province.cypher', '--format', 'json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ regencies: number; cities: number; districts: number; villages: number }>;
    expect(rows).toHaveLength(38);
    expect(rows.reduce((n, r) => n + r.regencies + r.cities, 0)).toBe(csvRowCount('regencies'));
    expect(rows.reduce((n, r) => n + r.villages, 0)).toBe(csvRowCount('villages'));
    expect(run.stderr).toMatch(/^38 rows in/);
  });

  it('sends a whole-number --param as a Neo4j Integer', async () => {
    const run = await cypher(['RETURN valueType($n) AS type, $n + 1 AS next', '-p', 'n=41', '-f', 'jsonl']);
    expect(run.stdout).toBe('{"type":"INTEGER NOT NULL","next":42}\n');
  });

  it('streams every village', async () => {
    const villages = csvRowCount('villages');
    const run = await cypher(['MATCH (v:Village) RETURN v.code AS code, v.name AS name', '--format', 'csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('code,name');
    expect(lines).toHaveLength(villages + 2); // header, rows, and the empty string after the last CRLF
    expect(run.stderr.startsWith(`${villages.toLocaleString('en-US')} rows in`)).toBe(true);
  });

  it('refuses a write without --write, and Neo4j changes nothing', async () => {
    const run = await cypher([`CREATE (p:${PROBE} {n: 1}) RETURN p.n AS n`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cypher: Refused: the statement writes to the graph and the command is read-only; add --write to run it\. \(.+\)\n$/);
    expect(await api.database.executor.runText('READ', `MATCH (p:${PROBE}) RETURN count(p) AS n`)).toEqual([{ n: 0 }]);
  });

  it('writes with --write and says what changed', async () => {
    const run = await cypher([`CREATE (p:${PROBE} {n: 1}) RETURN p.n AS n`, '--write', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ n: 1 }]);
    expect(run.stderr).toMatch(/^1 row in \d+\.\d+ s; 1 nodesCreated, 1 propertiesSet, 1 labelsAdded\n$/);
  });

  it.each([
    [['MATC (n) RETURN n'], 1, /^cypher: Invalid input 'MATC'.*\[Neo\.ClientError\.Statement\.SyntaxError\]\n$/],
    [['RETURN $missing AS x'], 1, /^cypher: Expected parameter\(s\): missing \[Neo\.ClientError\.Statement\.ParameterMissing\] Pass it with --param name=value\.\n$/],
    [['no-such-file.cypher'], 1, /^cypher: No such file: .*no-such-file\.cypher \(nor .*cypher\/examples\/no-such-file\.cypher\)\.\n$/],
    [['mou-network', '--format', 'xml'], 2, /^cypher: --format must be one of table, csv, json, jsonl, not "xml"\.\n$/],
  ])('fails on %j with one line on stderr', async (args, code, message) => {
    const run = await cypher(args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('fails with one line when Neo4j does not answer', async () => {
    // A loopback port where nothing listens: the failure is real.
    expect(await isPortFree(17998)).toBe(true);
    const run = await cypher(['RETURN 1'], { NEO4J_URI: 'bolt://127.0.0.1:17998' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cypher: Cannot use Neo4j at bolt:\/\/127\.0\.0\.1:17998: .+\n$/);
  });

  it('prints its usage for --help', async () => {
    const run = await cypher(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run cypher -- <file\.cypher \| 'inline query'>/);
  });
});
