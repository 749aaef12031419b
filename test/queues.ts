/**
 * Queue producers for the workers tests, always on top of a real Queue binding (as the D1 fault wrappers
 * in faults.test.ts sit on the real D1): workerd checks every message as in production (structured-clone
 * serialisable, size, delay and batch limits), and the test sees what was sent.
 *
 *   recordingQueue(env.EVENTS_QUEUE, into, 1)   sends on to the real queue (its real consumer runs),
 *                                               keeping a copy; the first n sends are refused
 *   heldQueue(into)                             for a test that plays Queues itself: each message goes
 *                                               through the real binding of a queue nobody consumes
 *                                               (TEST_HELD_QUEUE, vitest.config.ts) and is kept for the
 *                                               test to deliver with createMessageBatch, attempt by attempt
 */
import { env } from 'cloudflare:workers';

/** A message as a simulated Queues holds it: its id, body and delivery count. */
export interface QueuedMessage {
  id: string;
  body: unknown;
  attempts: number;
}

/** The real `real` binding, keeping a copy of every message sent; the first `failures` sends are refused. */
export function recordingQueue<T>(real: Queue<T>, into: T[], failures = 0): Queue<T> {
  let refuse = failures;
  return {
    send: async (body: T, opts?: QueueSendOptions) => {
      if (refuse-- > 0) throw new Error('Queue send failed: internal error');
      await real.send(body, opts);
      into.push(body);
    },
    sendBatch: async (msgs: Iterable<MessageSendRequest<T>>, opts?: QueueSendBatchOptions) => {
      if (refuse-- > 0) throw new Error('Queue send failed: internal error');
      const list = [...msgs];
      await real.sendBatch(list, opts);
      into.push(...list.map((m) => m.body));
    },
  } as unknown as Queue<T>;
}

let held = 0;
/** Sends through the real binding of a queue without a consumer; keeps each message for the test. */
export function heldQueue(into: QueuedMessage[]): Queue {
  const keep = (body: unknown) => {
    held += 1;
    into.push({ id: `held-${held}-${crypto.randomUUID()}`, body, attempts: 1 });
  };
  return {
    send: async (body: unknown, opts?: QueueSendOptions) => {
      await env.TEST_HELD_QUEUE.send(body, opts);
      keep(body);
    },
    sendBatch: async (msgs: Iterable<MessageSendRequest<unknown>>, opts?: QueueSendBatchOptions) => {
      const list = [...msgs];
      await env.TEST_HELD_QUEUE.sendBatch(list, opts);
      for (const m of list) keep(m.body);
    },
  } as unknown as Queue;
}
