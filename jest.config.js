/**
 * Payload is ESM-only, so tests run as native ES modules (NODE_OPTIONS=--experimental-vm-modules,
 * set by the npm scripts) with TypeScript compiled by SWC.
 */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  testEnvironment: 'node',
  // Jest's default "soft" clean-up wraps every global object a test file leaves behind in a proxy;
  // objects that outlive one file (database clients, Next's cache) are wrapped again by each file
  // a worker runs, until the setters recurse past the stack. Each int file has its own database
  // and folder (tests/helpers/isolatedEnvironment.ts), so nothing needs Jest to tidy globals.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  testTimeout: 60_000,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
    // What Next resolves under its `react-server` condition: the query index is allowed on the server.
    '^server-only$': '<rootDir>/node_modules/server-only/empty.js',
  },
}

/** @type {import('jest').Config} */
const config = {
  testTimeout: 60_000,
  forceExit: true,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.int.spec.ts'],
      setupFiles: ['<rootDir>/tests/helpers/isolatedEnvironment.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/cleanUpEnvironment.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
    },
  ],
}

export default config
