import path from 'node:path';
import type { LocalNeo4jConfig } from '../../src/config';
import { homeLayout, localNeo4jUrls, readConfPort, readConfSetting, renderNeo4jConf, serverJavaArgs } from '../../src/local-neo4j/conf';
import { markerText, parseMarker, readPomVersions } from '../../src/local-neo4j/fetch';
import { parseJavaMajor } from '../../src/local-neo4j/prerequisites';

const home = path.join(path.sep, 'tmp', 'daerah', 'server');
const local: LocalNeo4jConfig = {
  baseDir: path.join(path.sep, 'tmp', 'daerah'),
  homeDir: home,
  boltPort: 17787,
  httpPort: 17574,
  heapMb: 512,
  pageCacheMb: 128,
};

function settingsOf(conf: string): Map<string, string> {
  const lines = conf.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('renderNeo4jConf', () => {
  const settings = settingsOf(renderNeo4jConf(local));

  it('listens on loopback only, on the configured ports', () => {
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:17787');
    expect(settings.get('server.http.listen_address')).toBe('127.0.0.1:17574');
  });

  it('advertises localhost with the real ports, which the Browser connects to', () => {
    expect(settings.get('server.bolt.advertised_address')).toBe('localhost:17787');
    expect(settings.get('server.http.advertised_address')).toBe('localhost:17574');
  });

  it('turns off HTTPS, the usage report and the Browser telemetry, and requires a password', () => {
    expect(settings.get('server.https.enabled')).toBe('false');
    expect(settings.get('dbms.usage_report.enabled')).toBe('false');
    expect(settings.get('client.allow_telemetry')).toBe('false');
    expect(settings.get('dbms.security.auth_enabled')).toBe('true');
  });

  it('sizes the memory from the configuration', () => {
    expect(settings.get('server.memory.pagecache.size')).toBe('128m');
    expect(settings.get('server.memory.heap.max_size')).toBe('512m');
  });

  it('keeps data and logs inside the home, as absolute paths with forward slashes', () => {
    const data = settings.get('server.directories.data') ?? '';
    expect(data).toBe(homeLayout(home).dataDir.split(path.sep).join('/'));
    expect(path.isAbsolute(data)).toBe(true);
    expect(settings.get('server.directories.logs')).toBe(homeLayout(home).logsDir.split(path.sep).join('/'));
  });

  it('has each setting once', () => {
    const keys = renderNeo4jConf(local)
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => line.split('=')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('readConfSetting and readConfPort', () => {
  it('read back what renderNeo4jConf wrote', () => {
    const conf = renderNeo4jConf(local);
    expect(readConfPort(conf, 'server.bolt.listen_address')).toBe(17787);
    expect(readConfPort(conf, 'server.http.listen_address')).toBe(17574);
    expect(readConfSetting(conf, 'server.https.enabled')).toBe('false');
  });

  it('skip comments, let the last value win, and return undefined for a missing key', () => {
    const conf = '#server.bolt.listen_address=:1\nserver.bolt.listen_address = :7687\nserver.bolt.listen_address=:7688\n';
    expect(readConfPort(conf, 'server.bolt.listen_address')).toBe(7688);
    expect(readConfPort(conf, 'server.http.listen_address')).toBeUndefined();
  });
});

describe('serverJavaArgs', () => {
  const args = serverJavaArgs(local, path.join(local.baseDir, 'lib'));

  it('runs the Community entry point in console mode on this home', () => {
    expect(args.slice(-4)).toEqual([
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${path.join(home, 'conf')}`,
      '--console-mode',
    ]);
  });

  it('puts every jar of lib on the class path and sizes the heap', () => {
    expect(args.slice(0, 2)).toEqual(['-cp', path.join(local.baseDir, 'lib', '*')]);
    expect(args).toEqual(expect.arrayContaining(['-Xms512m', '-Xmx512m', '-XX:+UseG1GC']));
  });

  it('leaves out AlwaysPreTouch, which makes a big heap slow to start', () => {
    expect(args).not.toContain('-XX:+AlwaysPreTouch');
  });
});

describe('homeLayout and localNeo4jUrls', () => {
  it('keeps the pid file under run/ and the JVM output under logs/', () => {
    const layout = homeLayout(home);
    expect(layout.pidFile).toBe(path.join(home, 'run', 'daerah-neo4j.pid'));
    expect(layout.consoleLog).toBe(path.join(home, 'logs', 'console.log'));
  });

  it('builds the Bolt, HTTP and Browser addresses from the ports', () => {
    expect(localNeo4jUrls(local)).toEqual({
      uri: 'bolt://localhost:17787',
      httpUrl: 'http://localhost:17574',
      browserUrl: 'http://localhost:17574/browser/',
    });
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_292"', 8],
    ['openjdk version "22-ea" 2024-03-19', 22],
  ])('reads %s as %i', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('returns undefined when there is no version', () => {
    expect(parseJavaMajor('bash: java: command not found')).toBeUndefined();
  });
});

describe('readPomVersions and the marker', () => {
  const pom = '<properties>\n  <neo4j.version>5.26.30</neo4j.version>\n  <neo4j-browser.version>5.24.0</neo4j-browser.version>\n</properties>';

  it('reads the pinned versions', () => {
    expect(readPomVersions(pom)).toEqual({ neo4j: '5.26.30', browser: '5.24.0' });
  });

  it('throws when a version is missing', () => {
    expect(() => readPomVersions('<properties/>')).toThrow('neo4j.version');
  });

  it('writes a marker that parses back to the same versions', () => {
    const versions = readPomVersions(pom);
    expect(parseMarker(markerText(versions))).toEqual(versions);
    expect(parseMarker('')).toBeUndefined();
  });
});
