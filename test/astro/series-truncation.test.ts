/**
 * The truncated VSOP87B and ELP/MPP02 tables the Worker bundles (scripts/gen-series.mjs) against the full series
 * (astronomia, a devDependency) at 2 000 seeded random instants of 1800–2400: the geocentric apparent longitude and
 * latitude, through the same reduction, stay within the bounds the generator wrote (SERIES_BOUNDS). Exercises the
 * frequency-sharing layout and the addition-theorem chain too: the full tables are evaluated directly.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SERIES_BOUNDS, SERIES_LEVEL } from '../../src/astro/data/vsop87b-table';
import { moonState } from '../../src/astro/moon';
import { VSOP_BODIES, type VsopBody, vsopState } from '../../src/astro/planets';
import { type ApparentPlace, apparentMoon, apparentPlace, frameAt } from '../../src/astro/reduction';
import { fullElpTable, fullVsopTable } from './full-series';

const N = 2000;
const FROM = 2378496.5; // 1800-01-01
const TO = 2597641.5; // 2400-01-01
const FULL = Object.fromEntries(VSOP_BODIES.map((b) => [b, fullVsopTable(b)])) as Record<
  VsopBody,
  ReturnType<typeof fullVsopTable>
>;
const FULL_ELP = fullElpTable();

/** Deterministic instants (LCG, seed 2026). */
function instants(): number[] {
  let seed = 2026;
  const out: number[] = [];
  for (let i = 0; i < N; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(FROM + (seed / 2147483648) * (TO - FROM));
  }
  return out;
}

type Target = 'sun' | 'moon' | Exclude<VsopBody, 'earth'>;
const BOUND: Record<Target, number> = {
  sun: SERIES_BOUNDS.sun,
  mercury: SERIES_BOUNDS.inner,
  venus: SERIES_BOUNDS.inner,
  mars: SERIES_BOUNDS.inner,
  jupiter: SERIES_BOUNDS.inner,
  saturn: SERIES_BOUNDS.inner,
  uranus: SERIES_BOUNDS.outer,
  neptune: SERIES_BOUNDS.outer,
  moon: SERIES_BOUNDS.moon,
};
const worst = new Map<Target, number>();

const arcsec = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180) * 3600;
function error(p: ApparentPlace, q: ApparentPlace): number {
  return Math.max(arcsec(p.longitude, q.longitude), Math.abs(p.latitude - q.latitude) * 3600);
}

afterAll(() => {
  console.log(
    `Truncated series (level ${SERIES_LEVEL}) vs full, ${N} instants 1800–2400, max ″:`,
    Object.fromEntries([...worst].map(([k, v]) => [k, Number(v.toFixed(3))])),
  );
});

describe(`truncated series (level ${SERIES_LEVEL}) stay within their bounds against the full series`, () => {
  it(`${N} seeded instants, 1800–2400`, () => {
    for (const tt of instants()) {
      const frame = frameAt(tt);
      const cut = Object.fromEntries(VSOP_BODIES.map((b) => [b, vsopState(b, tt)])) as Record<
        VsopBody,
        ReturnType<typeof vsopState>
      >;
      const full = Object.fromEntries(VSOP_BODIES.map((b) => [b, vsopState(b, tt, FULL[b])])) as typeof cut;
      const check = (name: Target, p: ApparentPlace, q: ApparentPlace) => {
        const e = error(p, q);
        worst.set(name, Math.max(worst.get(name) ?? 0, e));
        expect(e, `${name} at JD ${tt}`).toBeLessThan(BOUND[name]);
      };
      check(
        'sun',
        apparentPlace(frame, { earth: cut.earth, sunBaryVelocity: null }, null),
        apparentPlace(frame, { earth: full.earth, sunBaryVelocity: null }, null),
      );
      for (const b of VSOP_BODIES) {
        if (b === 'earth') continue;
        check(
          b,
          apparentPlace(frame, { earth: cut.earth, sunBaryVelocity: null }, cut[b]),
          apparentPlace(frame, { earth: full.earth, sunBaryVelocity: null }, full[b]),
        );
      }
      check('moon', apparentMoon(frame, moonState(tt)), apparentMoon(frame, moonState(tt, FULL_ELP)));
    }
    expect(worst.size).toBe(9);
  }, 120_000);

  it('the truncated velocity is the derivative of the truncated position', () => {
    const tt = 2451545.25;
    const h = 0.01;
    for (const b of VSOP_BODIES) {
      const s = vsopState(b, tt);
      const a = vsopState(b, tt - h);
      const c = vsopState(b, tt + h);
      expect(Math.abs((c.x - a.x) / (2 * h) - s.vx)).toBeLessThan(1e-8);
      expect(Math.abs((c.y - a.y) / (2 * h) - s.vy)).toBeLessThan(1e-8);
      expect(Math.abs((c.z - a.z) / (2 * h) - s.vz)).toBeLessThan(1e-8);
    }
    const m = moonState(tt);
    const m0 = moonState(tt - h);
    const m1 = moonState(tt + h);
    expect(Math.abs((m1.x - m0.x) / (2 * h) - m.vx)).toBeLessThan(1e-8);
    expect(Math.abs((m1.y - m0.y) / (2 * h) - m.vy)).toBeLessThan(1e-8);
  });
});
