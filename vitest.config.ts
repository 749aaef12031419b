import { availableParallelism } from 'node:os';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM script without types
import { buildAsteroidAssets } from './scripts/build-asteroid-assets.mjs';
// @ts-expect-error plain ESM script without types
import { buildPngWorker } from './scripts/build-png-worker.mjs';

// Four projects:
//  - "astro": pure domain code (src/astro) under Node, no Workers APIs.
//  - "png": the PNG Worker's renderer code (workers/png/src) under Node, on the same WebAssembly and fonts.
//  - "server": boots the real local server (wrangler dev, as npm start does) and calls it over HTTP.
//  - "workers": everything else inside workerd with real local D1, KV, DOs, Queues and Cache, and the
//    PNG Worker (workers/png, built by scripts/build-png-worker.mjs) behind the PNG service binding.
//
// Quiet by default: what a test logs is shown only when that test fails, so a green run fits on one
// screen. ACCURACY_REPORT=1 shows every test's log, among them the astro project's accuracy tables
// against the Swiss Ephemeris: `ACCURACY_REPORT=1 npx vitest run --project astro` (docs/testing.md).

/**
 * stripe and standardwebhooks ship source maps that name sources their packages leave out, and vite warns
 * once per file (about 220 lines) about something no test can act on: that one warning is dropped.
 * (workerd's warnings about the fuzzer's deliberate non-ASCII header values come from the runtime's own
 * output, not from vite or a test's console: scripts/test.mjs drops those.)
 */
const quietSourcemaps = (): Plugin => ({
  name: 'stellar-edge:quiet-sourcemap-warnings',
  enforce: 'post',
  config(config) {
    const logger = config.customLogger;
    if (!logger) return;
    config.customLogger = {
      ...logger,
      warnOnce: (msg, options) => {
        if (!/^Sourcemap for ".*" points to missing source files$/.test(msg)) logger.warnOnce(msg, options);
      },
    };
  },
});

export default defineConfig(async () => {
  // The Worker loads the asteroid tables from its static assets (public/ephemeris): build them from the
  // sources as they are now, whatever ran before (`npx vitest` directly, an edited table).
  buildAsteroidAssets({ quiet: true });
  const migrations = await readD1Migrations('./migrations');
  const pngWorker = buildPngWorker();
  return {
    test: {
      silent: process.env.ACCURACY_REPORT ? false : ('passed-only' as const),
      // A green run lists the files and only the tests slower than this (vitest's default, 300 ms, lists
      // some 150 on this 2-core machine); `npx vitest run --reporter=verbose` shows every test.
      slowTestThreshold: 5000,
      // No test asserts a duration (speed lives in `npm run bench`); vitest's default 5 s timeout made
      // concurrency tests (200 calls at once) fail on a busy 2-core machine although nothing was wrong.
      testTimeout: 30_000,
      // One file more than there are cores: most of the suite waits on workerd, local servers and timers
      // rather than computing (the kill-and-restart test alone waits about 3 minutes), so an extra file in
      // flight keeps the cores busy. On 2 cores: 7.1 min for the whole suite instead of 11.6 (1,874 tests,
      // 2026-12-05), with every test still inside its limits.
      maxWorkers: availableParallelism() + 1,
      projects: [
        {
          plugins: [quietSourcemaps()],
          test: {
            name: 'astro',
            include: ['test/astro/**/*.test.ts'],
            // Under Node the asteroid tables are registered from their modules (the Worker loads them).
            setupFiles: ['./test/astro/setup.ts'],
            environment: 'node',
            testTimeout: 30_000,
          },
        },
        {
          plugins: [quietSourcemaps()],
          test: {
            name: 'png',
            include: ['test/png/**/*.test.ts'],
            environment: 'node',
            testTimeout: 30_000,
          },
        },
        {
          plugins: [quietSourcemaps()],
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
            quietSourcemaps(),
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: { ENVIRONMENT: 'test', SIGNUP_ENABLED: 'true', TEST_MIGRATIONS: migrations },
                // A real queue nobody consumes: tests that play Queues themselves send through it
                // (test/queues.ts, heldQueue) so workerd checks their messages as in production.
                queueProducers: { TEST_HELD_QUEUE: { queueName: 'stellar-test-held' } },
                // The PNG Worker as deployed (its bundle), reached by RPC over wrangler.toml's PNG binding.
                workers: [pngWorker],
              },
            }),
          ],
          test: {
            name: 'workers',
            include: ['test/**/*.test.ts'],
            // test/e2e runs against a live server: `npm run test:e2e` (vitest.e2e.config.ts).
            exclude: ['test/astro/**', 'test/png/**', 'test/server/**', 'test/e2e/**'],
            setupFiles: ['./test/apply-migrations.ts'],
            testTimeout: 30_000,
          },
        },
      ],
    },
  };
});
