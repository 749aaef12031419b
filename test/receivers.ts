/**
 * Webhook receivers for the workers tests: the Worker's outbound fetch to https://receiver.example is
 * answered here, never by the network (every other URL goes to the real fetch).
 *
 *   useReceivers();                       // in a test file: installs the fake for that file
 *   const r = receiver((got, n) => ...);  // a receiver of its own: r.url, r.requests, r.handler
 *
 * A path no receiver() was made for answers 404 ("no such receiver"), or 200 with
 * `useReceivers({ anyPath: true })` (files that only need webhook calls to succeed somewhere).
 */
import { afterAll, beforeAll } from 'vitest';

export interface Received {
  headers: Record<string, string>;
  body: string;
  /** When it arrived (ms). */
  at: number;
}

/** Answers the n-th request (1-based) a receiver gets. */
export type Handler = (req: Received, n: number) => Response | Promise<Response>;

export interface Receiver {
  url: string;
  requests: Received[];
  handler: Handler;
}

const receivers = new Map<string, Receiver>();

/** A receiver at a fresh https://receiver.example URL (answering 200 "ok" unless told otherwise). */
export function receiver(handler: Handler = () => new Response('ok')): Receiver {
  const path = `/hooks/${crypto.randomUUID()}`;
  const r: Receiver = { url: `https://receiver.example${path}`, requests: [], handler };
  receivers.set(path, r);
  return r;
}

/** Replaces globalThis.fetch for https://receiver.example while this test file runs. */
export function useReceivers(opts: { anyPath?: boolean } = {}): void {
  const realFetch = globalThis.fetch;
  beforeAll(() => {
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      const url = new URL(req.url);
      if (url.hostname !== 'receiver.example') return realFetch(input, init);
      const r = receivers.get(url.pathname);
      if (!r) {
        return opts.anyPath ? new Response('ok') : new Response('no such receiver', { status: 404 });
      }
      const got: Received = {
        headers: Object.fromEntries(req.headers),
        body: await req.text(),
        at: Date.now(),
      };
      r.requests.push(got);
      return r.handler(got, r.requests.length);
    }) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
}
