/**
 * src/platform/stripe-signature.ts against the official `stripe` package (a devDependency): for every case
 * both accept the same requests, return the same event, and reject the others with the same message.
 */
import fc from 'fast-check';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { StripeSignatureError, verifyStripeEvent } from '../src/platform/stripe-signature';

const provider = Stripe.createSubtleCryptoProvider();
const SECRET = 'whsec_test_0123456789abcdef';
const NOW_S = 1_780_000_000;

const sign = (payload: string, secret = SECRET, timestamp = NOW_S) =>
  Stripe.webhooks.generateTestHeaderStringAsync({ payload, secret, timestamp, cryptoProvider: provider });

type Outcome = { ok: true; event: unknown } | { ok: false; message: string };

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, event: await run() };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** Both verifiers on the same input, at the same clock. */
async function both(payload: string, header: string, secret = SECRET, tolerance = 300, nowS = NOW_S) {
  const ours = await outcome(() => verifyStripeEvent(payload, header, secret, tolerance, nowS * 1000));
  const sdk = await outcome(() =>
    Stripe.webhooks.constructEventAsync(payload, header, secret, tolerance, provider, nowS * 1000),
  );
  return { ours, sdk };
}

const EVENT = JSON.stringify({
  id: 'evt_1',
  object: 'event',
  type: 'invoice.paid',
  created: NOW_S,
  data: {},
});

describe('Stripe webhook signatures (same as the stripe SDK)', () => {
  it('accepts a signed event and returns it parsed', async () => {
    const { ours, sdk } = await both(EVENT, await sign(EVENT));
    expect(ours).toEqual({ ok: true, event: JSON.parse(EVENT) });
    expect(ours).toEqual(sdk);
  });

  it('rejects what the SDK rejects, with its message', async () => {
    const valid = await sign(EVENT);
    const signature = valid.split('v1=')[1] as string;
    const cases: [string, string, string?, number?, number?][] = [
      ['tampered body', EVENT.replace('evt_1', 'evt_2')],
      ['other secret', EVENT, 'whsec_other'],
      ['secret with a trailing newline', EVENT, `${SECRET}\n`],
      ['blank secret', EVENT, ' \t'],
      ['too old', EVENT, SECRET, 300, NOW_S + 301],
      ['just within the tolerance', EVENT, SECRET, 300, NOW_S + 300],
      ['no age check (tolerance 0)', EVENT, SECRET, 0, NOW_S + 10_000_000],
      ['from the future', EVENT, SECRET, 300, NOW_S - 3600],
    ];
    for (const [name, payload, secret, tolerance, nowS] of cases) {
      const { ours, sdk } = await both(payload, valid, secret, tolerance, nowS);
      expect(ours, name).toEqual(sdk);
    }
    const headers: [string, string][] = [
      ['empty header', ''],
      ['no timestamp', `v1=${signature}`],
      ['only a v0 signature', `t=${NOW_S},v0=${signature}`],
      ['a wrong v1 before the right one', `t=${NOW_S},v1=${'0'.repeat(64)},v1=${signature}`],
      ['a v1 of another length', `t=${NOW_S},v1=abc`],
      ['another timestamp', `t=${NOW_S + 1},v1=${signature}`],
      ['spaces after commas', `t=${NOW_S}, v1=${signature}`],
    ];
    for (const [name, header] of headers) {
      const { ours, sdk } = await both(EVENT, header);
      expect(ours, name).toEqual(sdk);
    }
    const empty = await both('', valid);
    expect(empty.ours).toEqual(empty.sdk);
    expect(empty.ours).toEqual({ ok: false, message: 'No webhook payload was provided.' });
  });

  it('a signed body that is not an event: the same outcome (JSON errors, thin events)', async () => {
    for (const payload of [
      'not json',
      'null',
      '[1,2]',
      JSON.stringify({ object: 'v2.core.event', id: 'evt_x' }),
    ]) {
      const { ours, sdk } = await both(payload, await sign(payload));
      expect(ours, payload).toEqual(sdk);
    }
  });

  it('random bodies, secrets, clocks and header edits agree with the SDK', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.constantFrom('none', 'drop-t', 'flip', 'v0', 'extra-v1', 'truncate'),
        async (payload, secret, skew, edit) => {
          const header = await sign(payload, secret);
          const sig = header.split('v1=')[1] as string;
          const edited = {
            none: header,
            'drop-t': `v1=${sig}`,
            flip: `t=${NOW_S},v1=${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`,
            v0: `t=${NOW_S},v0=${sig}`,
            'extra-v1': `t=${NOW_S},v1=${'f'.repeat(64)},v1=${sig}`,
            truncate: header.slice(0, -3),
          }[edit];
          const { ours, sdk } = await both(payload, edited, secret, 300, NOW_S + skew);
          expect(ours).toEqual(sdk);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a v1 entry without a value is a rejection, not a crash', async () => {
    // The SDK throws a TypeError here ("Cannot read properties of undefined"); ours says what is wrong.
    const header = `t=${NOW_S},v1`;
    await expect(verifyStripeEvent(EVENT, header, SECRET, 300, NOW_S * 1000)).rejects.toThrow(
      StripeSignatureError,
    );
    await expect(verifyStripeEvent(EVENT, header, SECRET, 300, NOW_S * 1000)).rejects.toThrow(
      /No signatures found matching the expected signature/,
    );
  });
});
