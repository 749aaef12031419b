import { defineConfig } from 'vitest/config';

// The end-to-end suite (test/e2e): run by `npm run test:e2e` (scripts/e2e.mjs), which starts the real
// local server and passes E2E_BASE_URL and E2E_ADMIN_KEY. Not one of the `npm test` projects.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    reporters: ['verbose'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
