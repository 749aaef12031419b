import type { D1Migration } from 'cloudflare:test';
import type { Env as AppBindings } from '../src/env';

declare global {
  namespace Cloudflare {
    interface Env extends AppBindings {
      TEST_MIGRATIONS: D1Migration[];
      /** A queue without a consumer (vitest.config.ts): see test/queues.ts. */
      TEST_HELD_QUEUE: Queue;
    }
    interface GlobalProps {
      mainModule: typeof import('../src/index');
    }
  }
}
