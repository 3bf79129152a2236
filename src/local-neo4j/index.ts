/** The project's own Neo4j server: used when NEO4J_URI is not set. */
export { ensureJars, installedVersions, readPomVersions } from './fetch';
export type { EnsureJarsOptions, Jars, Neo4jVersions } from './fetch';
export { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './server';
export type { LocalNeo4jHandle, LocalNeo4jStatus, StartLocalNeo4jOptions, StopLocalNeo4jOptions, StopResult } from './server';
export type { LocalNeo4jAuth, ServerComponent } from './bolt';
export { homeLayout, localNeo4jUrls, renderNeo4jConf } from './conf';
export type { HomeLayout, LocalNeo4jUrls } from './conf';
export { stopOnSignals } from './signals';
export type { StopOnSignalsOptions } from './signals';
export { LocalNeo4jError } from './errors';
export type { LocalNeo4jFailure } from './errors';
