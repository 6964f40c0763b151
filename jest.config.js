const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/e2e'],
  testMatch: ['**/?(*.)spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleNameMapper: {
    '^@lc/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@lc/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  testTimeout: 180_000,
  // Integration tests share one broker and one database server; on two cores, one file at a time
  // keeps timings honest.
  maxWorkers: 1,
};
