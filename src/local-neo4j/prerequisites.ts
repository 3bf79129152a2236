/**
 * Checks for the two programs the local server needs: Java to run it, Maven to fetch it.
 * Both are looked up the way a shell would, honouring JAVA_HOME for Java as Neo4j's own
 * scripts do.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { ALTERNATIVES, LocalNeo4jError } from './errors';

/** Neo4j 5.26 runs on Java 17 and 21. */
export const MIN_JAVA_MAJOR = 17;

const onWindows = process.platform === 'win32';

/** The `java` executable: JAVA_HOME's if set, otherwise the one on PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const javaHome = env.JAVA_HOME;
  const name = onWindows ? 'java.exe' : 'java';
  return javaHome ? path.join(javaHome, 'bin', name) : name;
}

/** The `mvn` executable on PATH; on Windows it is a batch file. */
export function mavenExecutable(): string {
  return onWindows ? 'mvn.cmd' : 'mvn';
}

/**
 * The major version in `java -version` output: `"17.0.15"` gives 17, `"21"` gives 21 and
 * the old `"1.8.0_292"` scheme gives 8.
 */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

interface Captured {
  readonly output: string;
  readonly failure: string | undefined;
}

/** Runs a short command; never rejects, so callers can word the error themselves. */
function capture(command: string, args: readonly string[]): Promise<Captured> {
  return new Promise((resolve) => {
    // Batch files only run through a shell on Windows (Node refuses them otherwise).
    execFile(command, args, { timeout: 30_000, shell: onWindows }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      resolve({ output, failure: error ? error.message.split('\n')[0] : undefined });
    });
  });
}

/** Rejects with a `prerequisites` error unless Java 17 or newer runs. */
export async function checkJava(): Promise<number> {
  const java = javaExecutable();
  const { output, failure } = await capture(java, ['-version']);
  const major = parseJavaMajor(output);
  if (failure !== undefined || major === undefined) {
    throw new LocalNeo4jError(
      'prerequisites',
      `The project's own Neo4j needs Java ${MIN_JAVA_MAJOR} or newer, but \`${java} -version\` failed (${failure ?? 'no version in its output'}); install a JDK, or ${ALTERNATIVES}.`,
    );
  }
  if (major < MIN_JAVA_MAJOR) {
    throw new LocalNeo4jError(
      'prerequisites',
      `The project's own Neo4j needs Java ${MIN_JAVA_MAJOR} or newer, but \`${java}\` is Java ${major}; install a newer JDK (or point JAVA_HOME at one), or ${ALTERNATIVES}.`,
    );
  }
  return major;
}

/** Rejects with a `prerequisites` error unless `mvn -v` runs. */
export async function checkMaven(): Promise<void> {
  const mvn = mavenExecutable();
  const { failure } = await capture(mvn, ['-v']);
  if (failure !== undefined) {
    throw new LocalNeo4jError(
      'prerequisites',
      `The project's own Neo4j is fetched with Maven, but \`${mvn} -v\` failed (${failure}); install Maven, or ${ALTERNATIVES}.`,
    );
  }
}
