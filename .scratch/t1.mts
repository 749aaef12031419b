import { z } from '@hono/zod-openapi';
import fc from 'fast-check';
const A = z.object({ a: z.number() }).strict();
const B = z.object({ b: z.string() }).strict();
const U = z.union([A, B]);
const P = z.preprocess((v, ctx) => {
  if (v && typeof v === 'object' && 'b' in v) {
    const r = B.safeParse(v);
    if (!r.success) for (const iss of r.error.issues) ctx.addIssue({ ...iss, code: 'custom' } as never);
  }
  return v;
}, U);
const W = z.object({ first: P });
console.log(JSON.stringify(W.safeParse({ first: { b: 5 } }).error?.issues));
console.log(JSON.stringify(W.safeParse({ first: { a: 5 } })));
const e = z.email();
console.log(e._zod.def, String((e._zod as any).pattern));
const dt = z.iso.datetime({ offset: true });
console.log(String((dt._zod as any).pattern), String((z.iso.date()._zod as any).pattern));
console.log(dt.safeParse('2026-01-01T00:00Z').success, dt.safeParse('2026-01-01t00:00:00z').success, dt.safeParse('2026-02-30T00:00:00Z').success);
console.log(fc.sample(fc.stringMatching(/[\p{L}\p{N}]/u), 3));
console.log(fc.sample(fc.stringMatching(/^\S/), 3));
const s = z.object({ q: z.coerce.number() }).strict();
console.log(JSON.stringify(s.safeParse({ q: '1', x: 1, y: 2 }).error?.issues));
