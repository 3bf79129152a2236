import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Compose {
  services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown }>;
}

/** There is no Docker engine on CI, so the compose file is checked against the local path instead. */
describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as Compose;
  const envExample = read('.env.example');
  const exampleVariables = new Set([...envExample.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
  const configSource = read('src/config.ts');
  const configVariables = new Set([...configSource.matchAll(/env(?:\.|, ')([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));

  it('runs the same Neo4j minor version as the Maven pom', () => {
    const pomVersion = /<neo4j.version>(\d+\.\d+)\.\d+<\/neo4j.version>/.exec(read('neo4j/pom.xml'))?.[1];
    expect(pomVersion).toBe('5.26');
    expect(compose.services.neo4j.image).toBe(`neo4j:${pomVersion}-community`);
    expect(compose.services.neo4j.healthcheck).toBeDefined();
  });

  it('starts the API once Neo4j is healthy, with the variables the config reads', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on?.neo4j.condition).toBe('service_healthy');
    for (const name of Object.keys(api.environment ?? {})) {
      expect(exampleVariables).toContain(name);
      expect(configVariables).toContain(name);
    }
  });

  it('lists in .env.example every variable the config reads', () => {
    expect(configVariables.size).toBeGreaterThan(10);
    for (const name of configVariables) expect(exampleVariables).toContain(name);
  });
});
