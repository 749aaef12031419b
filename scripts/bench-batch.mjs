#!/usr/bin/env node
// Batch jobs end to end against a running server (`npm start`, or a deployment):
//
//   node scripts/bench-batch.mjs [BASE_URL] [API_KEY] [--items 100] [--type charts|readings] [--runs 1]
//   (defaults: http://localhost:8787 and the key npm start saved in .wrangler/state/local-admin.json)
//
// Each run POSTs one batch of fresh (uncached) items, polls GET /v1/batch/{id} every POLL_MS until the job
// is final, then POSTs the same items again (warm: every chart is a cache hit). It prints, per run: the
// time to the 202, the end-to-end time (POST → final status), the cost per item, and the outcome.
// The key needs quota for 2 × items × runs units (the local admin key is on the unlimited tier).
// `benchBatch()` is exported for scripts/bench.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const POLL_MS = 50;
const TIMEOUT_MS = 300_000;
const FINAL = ['completed', 'partial', 'failed'];

/** A distinct birth: coordinates, so the benchmark measures the batch machinery and the chart engine. */
function item(i, salt) {
  return {
    full_name: `Bench ${salt}-${i}`,
    year: 1850 + ((salt + i) % 250),
    month: 1 + (i % 12),
    day: 1 + ((i * 3) % 28),
    hour: i % 24,
    minute: (i * 7) % 60,
    latitude: -55 + ((i * 13) % 115),
    longitude: -170 + ((i * 37) % 340),
    on_gap: 'shift_forward',
  };
}

async function runOnce(base, key, type, items) {
  const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  const t0 = performance.now();
  const res = await fetch(`${base}/v1/batch/${type}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ items }),
  });
  const accepted = performance.now() - t0;
  if (res.status !== 202) throw new Error(`POST /v1/batch/${type}: HTTP ${res.status} ${await res.text()}`);
  let job = await res.json();
  let polls = 0;
  while (!FINAL.includes(job.status)) {
    if (performance.now() - t0 > TIMEOUT_MS) throw new Error(`job ${job.id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
    const got = await fetch(`${base}/v1/batch/${job.id}`, { headers });
    if (got.status !== 200) throw new Error(`GET /v1/batch/${job.id}: HTTP ${got.status}`);
    job = await got.json();
    polls += 1;
  }
  const total = performance.now() - t0;
  return { job, accepted, total, polls };
}

export async function benchBatch({ base, key, n = 100, type = 'charts', runs = 1, log = console.log }) {
  const out = [];
  for (let r = 0; r < runs; r++) {
    const salt = Date.now() % 100_000;
    const items = Array.from({ length: n }, (_, i) =>
      type === 'readings' ? { ...item(i, salt), sections: ['overview', 'planets'] } : item(i, salt),
    );
    for (const phase of ['cold', 'warm']) {
      const { job, accepted, total, polls } = await runOnce(base, key, type, items);
      const row = {
        phase,
        items: n,
        status: job.status,
        succeeded: job.progress.succeeded,
        failed: job.progress.failed,
        accepted_ms: accepted,
        total_ms: total,
        per_item_ms: total / n,
        polls,
      };
      out.push(row);
      log(
        `${type} batch of ${n} (${phase}): 202 in ${accepted.toFixed(0)} ms, ${job.status} in ${total.toFixed(0)} ms ` +
          `end to end = ${(total / n).toFixed(1)} ms per item (${job.progress.succeeded} ok, ${job.progress.failed} failed)`,
      );
    }
  }
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const argv = process.argv.slice(2);
  const flag = (name, dflt) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return dflt;
    const v = argv[i + 1];
    argv.splice(i, 2);
    return v;
  };
  const n = Number(flag('items', 0)) || undefined;
  const type = flag('type', 'charts');
  const runs = Number(flag('runs', 1));
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const saved = join(root, '.wrangler', 'state', 'local-admin.json');
  const base = (argv[0] ?? 'http://localhost:8787').replace(/\/$/, '');
  const key = argv[1] ?? (existsSync(saved) ? JSON.parse(readFileSync(saved, 'utf8')).key : undefined);
  if (!key) {
    console.error(
      'usage: node scripts/bench-batch.mjs [BASE_URL] API_KEY [--items N] [--type charts|readings]',
    );
    process.exit(2);
  }
  benchBatch({ base, key, n: n ?? (type === 'readings' ? 50 : 100), type, runs }).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
