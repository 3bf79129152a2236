/** Unit tests only: no Neo4j is started (`npm run test:unit`). */
const base = require('./jest.config.js');

module.exports = { ...base, testMatch: ['<rootDir>/test/unit/**/*.test.ts'], globalSetup: undefined, globalTeardown: undefined };
