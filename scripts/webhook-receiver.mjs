#!/usr/bin/env node
// A tiny webhook receiver for trying Stellar Edge webhooks locally. It verifies each delivery's Standard
// Webhooks signature with the `standardwebhooks` library and logs it.
//
//   node scripts/webhook-receiver.mjs --secret whsec_... [--port 9999] [--fail-once] [--status 410]
//
//   --secret S    the endpoint's signing secret (repeat it during a rotation; or WEBHOOK_SECRET=...)
//   --port N      where to listen (default 9999, or PORT); point the webhook at http://localhost:N/
//   --fail-once   answer 500 to the first delivery, then 200 (watch the retry come about 5 s later)
//   --status N    always answer N (e.g. 410 to see the endpoint disabled)
//   --json        log one JSON object per delivery instead of a line of text
//
// A delivery with a missing or wrong signature gets a 400 and is logged as such.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { Webhook } from 'standardwebhooks';

const { values } = parseArgs({
  options: {
    secret: { type: 'string', multiple: true },
    port: { type: 'string' },
    'fail-once': { type: 'boolean', default: false },
    status: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'usage: node scripts/webhook-receiver.mjs --secret whsec_... [--port 9999] [--fail-once] [--status N] [--json]',
  );
  process.exit(0);
}

const secrets = values.secret ?? (process.env.WEBHOOK_SECRET ? [process.env.WEBHOOK_SECRET] : []);
const verifiers = secrets.map((s) => new Webhook(s));
const port = Number(values.port ?? process.env.PORT ?? 9999);
let failNext = values['fail-once'];
const fixedStatus = values.status ? Number(values.status) : null;
/** webhook-id → times seen, last arrival (ms) */
const seen = new Map();
let count = 0;

function verify(body, headers) {
  if (verifiers.length === 0) return { ok: null, payload: safeJson(body) };
  let lastError;
  for (const v of verifiers) {
    try {
      return { ok: true, payload: v.verify(body, headers) };
    } catch (err) {
      lastError = err;
    }
  }
  return { ok: false, error: lastError?.message ?? 'invalid signature', payload: safeJson(body) };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const arrived = Date.now();
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = {
      'webhook-id': req.headers['webhook-id'] ?? '',
      'webhook-timestamp': req.headers['webhook-timestamp'] ?? '',
      'webhook-signature': req.headers['webhook-signature'] ?? '',
    };
    const check = verify(body, headers);
    const id = headers['webhook-id'];
    const prev = seen.get(id);
    const nth = (prev?.n ?? 0) + 1;
    seen.set(id, { n: nth, at: arrived });

    let status = 200;
    if (check.ok === false) status = 400;
    else if (fixedStatus) status = fixedStatus;
    else if (failNext) {
      status = 500;
      failNext = false;
    }
    count += 1;

    const createdAt = check.payload?.created_at ? Date.parse(check.payload.created_at) : Number.NaN;
    const entry = {
      n: count,
      at: new Date(arrived).toISOString(),
      webhook_id: id,
      type: check.payload?.type ?? null,
      delivery_of_this_id: nth,
      since_previous_try_ms: prev ? arrived - prev.at : null,
      // created_at has second precision: this is the event-to-receipt latency to within a second.
      since_event_ms: Number.isNaN(createdAt) ? null : arrived - createdAt,
      signature:
        check.ok === null ? 'unchecked (no --secret)' : check.ok ? 'valid' : `INVALID: ${check.error}`,
      signatures_sent: headers['webhook-signature'].split(' ').filter(Boolean).length,
      answered: status,
    };
    if (values.json) console.log(JSON.stringify({ ...entry, data: check.payload?.data ?? null }));
    else {
      const retry = prev ? `, retry #${nth - 1} after ${((arrived - prev.at) / 1000).toFixed(1)} s` : '';
      console.log(
        `#${entry.n} ${entry.at} ${entry.type} ${id} signature ${entry.signature}` +
          ` (${entry.signatures_sent} sent), answered ${status}${retry}` +
          (entry.since_event_ms === null ? '' : `, ${entry.since_event_ms} ms after the event`),
      );
    }
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(status < 300 ? 'ok' : status === 400 ? 'bad signature' : `answering ${status}`);
  });
});

server.listen(port, () => {
  console.log(
    `webhook receiver on http://localhost:${port}/ (${
      verifiers.length ? `verifying with ${verifiers.length} secret(s)` : 'no --secret: not verifying'
    }${values['fail-once'] ? ', will answer 500 once' : ''}${fixedStatus ? `, answering ${fixedStatus}` : ''})`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
