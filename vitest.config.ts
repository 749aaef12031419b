import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Two projects:
//  - "astro": pure domain code (src/astro) under Node, no Workers APIs.
//  - "server": boots the real local server (wrangler dev, as npm start does) and calls it over HTTP.
//  - "workers": everything else inside workerd with real local D1, KV, DOs, Queues and Cache.
export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
    test: {
      projects: [
        {
          test: {
            name: 'astro',
            include: ['test/astro/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          test: {
            name: 'server',
            include: ['test/server/**/*.test.ts'],
            environment: 'node',
            testTimeout: 30_000,
            hookTimeout: 120_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: { ENVIRONMENT: 'test', SIGNUP_ENABLED: 'true', TEST_MIGRATIONS: migrations },
              },
            }),
          ],
          test: {
            name: 'workers',
            include: ['test/**/*.test.ts'],
            // test/e2e runs against a live server: `npm run test:e2e` (vitest.e2e.config.ts).
            exclude: ['test/astro/**', 'test/server/**', 'test/e2e/**'],
            setupFiles: ['./test/apply-migrations.ts'],
          },
        },
      ],
    },
  };
});
