import path from 'node:path'

import { defineConfig } from 'vitest/config'

// Tests sit in tests/ by kind, or beside a feature (src/benchmark/tests/) named by kind.
// Three projects: unit (no database), int (Local API on a fresh PostgreSQL database),
// e2e (HTTP and Chromium against the production build). Run them through `npm test`,
// which provides the databases (scripts/test.ts).
export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      // tsconfig.json's `@/*`: the project's src/ folder.
      '@': path.resolve(import.meta.dirname, 'src'),
      // tsconfig.json's `@tests/*`: the shared test helpers, for tests that sit beside a feature (src/benchmark/tests).
      '@tests': path.resolve(import.meta.dirname, 'tests'),
      // src/data's server reads import 'server-only', which throws outside React Server Components; tests
      // are server code and get its empty module, as Next's react-server condition gives it.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/*.e2e.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts', 'src/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['tests/int/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Payload instance per worker is plenty on a 2-core machine.
          maxWorkers: 1,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts', 'src/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 600_000,
          maxWorkers: 1,
        },
      },
    ],
  },
})
