/**
 * Three tiers: unit tests (test/unit, no database), integration tests (test/integration,
 * *.int.test.ts) that go through the real HTTP server to a real Neo4j, and browser tests
 * (test/browser, *.browser.test.ts) that drive a real headless Chromium against them. The global setup
 * starts the tests' own Neo4j (own ports and data folder) unless NEO4J_URI is set, and seeds it.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/integration/**/*.int.test.ts', '<rootDir>/test/browser/**/*.browser.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // Integration tests share one Neo4j; running files one after another keeps their
  // round-trip counts and timings free of each other's load on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
