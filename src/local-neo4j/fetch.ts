/**
 * Fetches the Neo4j jars with Maven, once. `neo4j/pom.xml` pins the versions; the jars land
 * in `<baseDir>/lib`, which counts as complete only with its marker file, written last.
 * Maven fills a scratch folder that is renamed into place, so an interrupted fetch leaves
 * no half-filled `lib` behind that a later start would take for a whole one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/paths';
import { LocalNeo4jError } from './errors';
import { isAlive } from './process';
import { checkJava, checkMaven, mavenExecutable } from './prerequisites';

export interface Neo4jVersions {
  readonly neo4j: string;
  readonly browser: string;
}

export interface EnsureJarsOptions {
  /** Defaults to the project's `neo4j/pom.xml`. */
  readonly pomPath?: string;
  /** Progress lines; defaults to stderr. */
  readonly log?: (line: string) => void;
}

export interface Jars {
  readonly libDir: string;
  readonly versions: Neo4jVersions;
  /** True if this call ran Maven. */
  readonly fetched: boolean;
}

const MARKER = '.daerah-complete';
const PARTIAL_PREFIX = 'lib.partial-';

export function defaultPomPath(): string {
  return path.join(projectRoot(), 'neo4j', 'pom.xml');
}

export function libDirOf(baseDir: string): string {
  return path.join(baseDir, 'lib');
}

/** The pinned versions in the pom's `<properties>`. */
export function readPomVersions(pomXml: string): Neo4jVersions {
  const read = (property: string): string => {
    const match = new RegExp(`<${property}>\\s*([^<\\s]+)\\s*</${property}>`).exec(pomXml);
    if (!match) throw new Error(`neo4j/pom.xml has no <${property}> property.`);
    return match[1];
  };
  return { neo4j: read('neo4j.version'), browser: read('neo4j-browser.version') };
}

/** The marker's text; it names the versions so a changed pom triggers a new fetch. */
export function markerText(versions: Neo4jVersions): string {
  return `neo4j=${versions.neo4j}\nneo4j-browser=${versions.browser}\n`;
}

export function parseMarker(text: string): Neo4jVersions | undefined {
  const neo4j = /^neo4j=(.+)$/m.exec(text)?.[1];
  const browser = /^neo4j-browser=(.+)$/m.exec(text)?.[1];
  return neo4j && browser ? { neo4j, browser } : undefined;
}

/** The versions of a complete `lib`, or undefined if there is none yet. */
export function installedVersions(baseDir: string): Neo4jVersions | undefined {
  try {
    return parseMarker(fs.readFileSync(path.join(libDirOf(baseDir), MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

function isComplete(lib: string, versions: Neo4jVersions): boolean {
  try {
    return (
      fs.readFileSync(path.join(lib, MARKER), 'utf8') === markerText(versions) &&
      fs.existsSync(path.join(lib, `neo4j-${versions.neo4j}.jar`))
    );
  } catch {
    return false;
  }
}

/** Scratch folders whose Maven died with them; a live pid's folder is another fetch at work. */
function removeAbandonedPartials(baseDir: string): void {
  for (const name of fs.readdirSync(baseDir)) {
    const pid = Number(/^lib\.(?:partial|old)-(\d+)-/.exec(name)?.[1]);
    if (pid && !isAlive(pid)) fs.rmSync(path.join(baseDir, name), { recursive: true, force: true });
  }
}

function runMaven(pomPath: string, outputDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // lib.dir is the pom's output folder; a -D property overrides the pom's own value.
    const args = ['-B', '-q', '-f', pomPath, 'dependency:copy-dependencies', `-Dlib.dir=${outputDir}`];
    const child = spawn(mavenExecutable(), args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve();
      const tail = output.trim().split('\n').slice(-20).join('\n');
      reject(
        new LocalNeo4jError(
          'fetch-failed',
          `Maven could not fetch Neo4j (exit ${code ?? signal}); its last output:\n${tail}`,
        ),
      );
    });
  });
}

/** Moves the filled scratch folder into place, unless a concurrent fetch got there first. */
function install(baseDir: string, partial: string, versions: Neo4jVersions): void {
  const lib = libDirOf(baseDir);
  if (isComplete(lib, versions)) {
    fs.rmSync(partial, { recursive: true, force: true });
    return;
  }
  const old = path.join(baseDir, `lib.old-${process.pid}-${Date.now()}`);
  if (fs.existsSync(lib)) fs.renameSync(lib, old);
  fs.renameSync(partial, lib);
  fs.rmSync(old, { recursive: true, force: true });
}

/**
 * Makes sure `<baseDir>/lib` holds the jars of the pom's versions, fetching them with Maven
 * if not (about a minute the first time; instant afterwards).
 */
export async function ensureJars(baseDir: string, options: EnsureJarsOptions = {}): Promise<Jars> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const pomPath = options.pomPath ?? defaultPomPath();
  const versions = readPomVersions(fs.readFileSync(pomPath, 'utf8'));
  const lib = libDirOf(baseDir);
  if (isComplete(lib, versions)) return { libDir: lib, versions, fetched: false };

  await checkJava();
  await checkMaven();
  fs.mkdirSync(baseDir, { recursive: true });
  removeAbandonedPartials(baseDir);
  const partial = path.join(baseDir, `${PARTIAL_PREFIX}${process.pid}-${Date.now()}`);
  log(`Fetching Neo4j ${versions.neo4j} and Neo4j Browser ${versions.browser} from Maven Central into ${lib} (once, ~1 min)...`);
  const started = Date.now();
  try {
    await runMaven(pomPath, partial);
    if (!fs.existsSync(path.join(partial, `neo4j-${versions.neo4j}.jar`))) {
      throw new LocalNeo4jError('fetch-failed', `Maven finished, but neo4j-${versions.neo4j}.jar is not among the files it copied.`);
    }
    fs.writeFileSync(path.join(partial, MARKER), markerText(versions));
    install(baseDir, partial, versions);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  log(`Fetched Neo4j ${versions.neo4j} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { libDir: lib, versions, fetched: true };
}
