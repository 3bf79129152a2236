import { ConfigError, loadConfig } from '../../src/config';

describe('config', () => {
  it('defaults to the project\'s own Neo4j and port 4000', () => {
    const config = loadConfig({}, '/repo');
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.local.homeDir).toBe('/repo/.neo4j/server');
    expect(config.development).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        PORT: '8080',
        NEO4J_URI: 'neo4j+s://db.example:7687',
        NEO4J_USERNAME: 'reader',
        NEO4J_PASSWORD: 'long-enough',
        NEO4J_DATABASE: 'daerah',
        MAX_PAGE_SIZE: '50',
        SEED_ON_START: 'false',
      },
      '/repo',
    );
    expect(config).toMatchObject({
      nodeEnv: 'production',
      port: 8080,
      development: false,
      maxPageSize: 50,
      seedOnStart: false,
      neo4j: { uri: 'neo4j+s://db.example:7687', username: 'reader', password: 'long-enough', database: 'daerah' },
    });
  });

  it('fails with a sentence naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT must be a whole number from 0 to 65535, but it is "eighty".'));
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/^NEO4J_URI must be a Bolt URI/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/^NEO4J_PASSWORD must be set/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/^NODE_ENV must be/);
    expect(() => loadConfig({ SEED_ON_START: 'maybe' })).toThrow('SEED_ON_START must be true or false, but it is "maybe".');
    expect(() => loadConfig({ LOCAL_NEO4J_BOLT_PORT: '7474' })).toThrow(/must differ/);
  });
});
