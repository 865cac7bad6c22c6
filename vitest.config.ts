import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds without an "exports" map. Node loads the
    // CJS one for everybody (our code, Apollo Server, graphql-tools); Vite would hand our source
    // the ESM one, and graphql refuses schema objects "from another module or realm". Pin the
    // build Node uses so tests run what production runs.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts the test Neo4j (tests/neo4j-server) for the whole run unless NEO4J_URI is set.
    globalSetup: ['tests/neo4jGlobalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
