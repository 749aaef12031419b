/**
 * The truncation of VSOP87B and ELP/MPP02 behind scripts/gen-series.mjs (see there): which terms each level keeps,
 * the frequency sharing and the addition-theorem chain, and the table layout of src/astro/series.ts. Also used by
 * `npm run bench` to time and measure every level side by side without writing the tables.
 */
import data from 'astronomia/data';
import elpFull from 'astronomia/data/elpMppDeFull';

export { elpFull };

const ARCSEC = Math.PI / 180 / 3600;

/**
 * Truncation levels: [ε planets ″, ε Moon ″] per term, and the bounds (″, geocentric longitude and latitude,
 * 1800–2400) that the truncated series keep against the full ones: the Sun; Mercury–Saturn ("inner"); Uranus and
 * Neptune ("outer"); the Moon. The truncation test asserts them at 2 000 instants; BENCHMARKS.md has speed and
 * accuracy per level.
 */
export const LEVELS = {
  coarse: { eps: [0.02, 0.02], bounds: { sun: 0.1, inner: 0.35, outer: 0.5, moon: 0.8 } },
  standard: { eps: [0.005, 0.005], bounds: { sun: 0.03, inner: 0.15, outer: 0.3, moon: 0.25 } },
  fine: { eps: [0.001, 0.001], bounds: { sun: 0.01, inner: 0.03, outer: 0.08, moon: 0.08 } },
};

/**
 * Bodies: heliocentric distance r (AU, largest), least geocentric distance Δmin (AU), and a factor on the level's ε:
 * larger where the accuracy asked of the body is looser (Uranus 2″, Neptune 2.5″ against 0.5″ for the others),
 * smaller where the full series already use most of the 0.5″.
 */
export const BODIES = {
  mercury: { r: 0.47, dmin: 0.52, epsFactor: 1 },
  venus: { r: 0.73, dmin: 0.26, epsFactor: 1 },
  earth: { r: 1.0, dmin: 0.26, epsFactor: 1 },
  // VSOP87B itself is up to 0.42″ from the Swiss Ephemeris for these three (1800–2100): the truncation gets less.
  mars: { r: 1.67, dmin: 0.37, epsFactor: 0.4 },
  jupiter: { r: 5.46, dmin: 3.9, epsFactor: 0.4 },
  saturn: { r: 10.1, dmin: 7.9, epsFactor: 0.4 },
  uranus: { r: 20.1, dmin: 17.2, epsFactor: 2 },
  neptune: { r: 30.3, dmin: 28.7, epsFactor: 4 },
};
const T_MAX_MILLENNIA = 0.4;
const T_MAX_CENTURIES = 4;
/**
 * The Moon's distance does not move its direction: it only sets the light-time (1 km ≈ 3 µs ≈ 0.000002″ of lunar
 * motion). Its terms are kept down to this many km instead (the distance is reported to ~0.0001 AU).
 */
const MOON_R_EPS_KM = 0.5;

/** Shortest decimal form of x within `prec` of it. */
function fmt(x, prec) {
  if (x === 0) return '0';
  const digits = Math.max(0, Math.min(17, Math.ceil(-Math.log10(prec))));
  let s = x.toFixed(digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0' || s === '') s = '0';
  const e = Number(x.toPrecision(Math.max(1, Math.min(17, digits + Math.floor(Math.log10(Math.abs(x))) + 1))))
    .toExponential()
    .replace('e+', 'e');
  return e.length < s.length && Math.abs(Number(e) - x) <= prec ? e : s;
}

/**
 * Orders the distinct arguments (each a polynomial [φ1, …] in t without constant) by size and finds, for as many
 * as possible, two earlier ones whose sum or difference it is (to within what its terms tolerate): those are then
 * evaluated from their parents' sines and cosines by the addition theorem (a few multiplications) instead of a
 * sine and cosine of their own. `args`: Map key → { poly, tol } where tol bounds the argument error (rad) over
 * 1800–2400 that its largest term tolerates. Returns the ordered list, the index of each key, and `chain`
 * ([a, b] per argument: a = −1 for a direct evaluation, else θ = θa + θb (b > 0: b − 1) or θa − θb (b < 0: −b − 1)).
 */
function arrange(args, tmax) {
  const list = [...args.entries()].map(([key, v]) => ({ key, ...v }));
  list.sort((x, y) => Math.abs(x.poly[0]) - Math.abs(y.poly[0]) || x.key.localeCompare(y.key));
  const index = new Map(list.map((e, i) => [e.key, i]));
  const BUCKET = 1e-3;
  const buckets = new Map();
  const bucketOf = (x) => Math.round(x / BUCKET);
  const chain = [];
  // Accumulated error of each argument (rad at |t| = tmax): 0 when evaluated directly, else the mismatch of the
  // sum plus its parents' errors; it must stay within what the argument's own terms tolerate.
  const err = [];
  let derived = 0;
  const errorOf = (poly, a, b, sign) =>
    poly.reduce((s, c, j) => s + Math.abs(c - a.poly[j] - sign * b.poly[j]) * tmax ** (j + 1), 0);
  for (let k = 0; k < list.length; k++) {
    const e = list[k];
    let best = null;
    if (e.poly[0] !== 0) {
      for (let a = 0; a < k && !best; a++) {
        const pa = list[a];
        if (pa.poly[0] === 0) continue;
        for (const sign of [1, -1]) {
          const target = sign * (e.poly[0] - pa.poly[0]); // θb's rate
          const bk = bucketOf(target);
          for (const cand of [bk - 1, bk, bk + 1].flatMap((x) => buckets.get(x) ?? [])) {
            const total = errorOf(e.poly, pa, list[cand], sign) + err[a] + err[cand];
            if (total <= e.tol) {
              best = [a, sign * (cand + 1), total];
              break;
            }
          }
          if (best) break;
        }
      }
    }
    if (best) derived++;
    chain.push(...(best ? best.slice(0, 2) : [-1, 0]));
    err.push(best ? best[2] : 0);
    const bk = bucketOf(e.poly[0]);
    buckets.set(bk, [...(buckets.get(bk) ?? []), k]);
  }
  return { list, index, chain, derived };
}

/** Full-precision decimal of a number (shortest round-trip form). */
const exact = (x) => String(x);

export function vsopBody(name, epsArcsec) {
  const series = data[`vsop87B${name}`];
  const { r, dmin, epsFactor } = BODIES[name];
  const angScale = name === 'earth' ? 1 / dmin : r / dmin;
  const eps = epsArcsec * epsFactor * ARCSEC;
  const args = new Map();
  const keptTerms = [];
  let full = 0;
  for (const coord of ['L', 'B', 'R']) {
    const scale = coord === 'R' ? 1 / dmin : angScale;
    for (const [p, terms] of Object.entries(series[coord])) {
      const tp = T_MAX_MILLENNIA ** Number(p);
      for (const [a, b, c] of terms) {
        full++;
        if (Math.abs(a) * tp * scale < eps) continue;
        const prec = eps / 50 / tp / scale; // absolute precision of α and β
        const key = c.toPrecision(15);
        const tol = prec / Math.abs(a); // argument error (rad) this term tolerates
        const cur = args.get(key);
        args.set(key, { poly: [c], tol: Math.min(cur?.tol ?? Number.POSITIVE_INFINITY, tol) });
        keptTerms.push({ coord, p: Number(p), a, b, key, prec });
      }
    }
  }
  const { list, index, chain, derived } = arrange(args, T_MAX_MILLENNIA);
  const coords = {};
  for (const t of keptTerms) {
    coords[t.coord] ??= [];
    coords[t.coord][t.p] ??= [];
    coords[t.coord][t.p].push(
      String(index.get(t.key)),
      fmt(t.a * Math.cos(t.b), t.prec),
      fmt(t.a * Math.sin(t.b), t.prec),
    );
  }
  return {
    freq: list.map((e) => exact(e.poly[0])),
    chain: chain.map(String),
    coords,
    kept: keptTerms.length,
    full,
    args: list.length,
    derived,
  };
}

export function elp(epsArcsec) {
  const args = new Map();
  const keptTerms = [];
  let full = 0;
  for (const coord of ['L', 'B', 'R']) {
    // Distance terms are compared with MOON_R_EPS_KM: express them so that eps maps to it.
    const scale = coord === 'R' ? epsArcsec / MOON_R_EPS_KM : 1;
    for (const [p, terms] of Object.entries(elpFull[coord])) {
      const tp = T_MAX_CENTURIES ** Number(p);
      for (const [a, ...phase] of terms) {
        full++;
        if (Math.abs(a) * tp * scale < epsArcsec) continue;
        const prec = epsArcsec / 50 / tp / scale;
        const poly = phase.slice(1);
        const key = poly.map((x) => x.toPrecision(14)).join(',');
        const tol = prec / Math.abs(a);
        const cur = args.get(key);
        args.set(key, { poly, tol: Math.min(cur?.tol ?? Number.POSITIVE_INFINITY, tol) });
        keptTerms.push({ coord, p: Number(p), a, phi0: phase[0], key, prec });
      }
    }
  }
  const { list, index, chain, derived } = arrange(args, T_MAX_CENTURIES);
  const coords = {};
  for (const t of keptTerms) {
    coords[t.coord] ??= [];
    coords[t.coord][t.p] ??= [];
    // a·sin(φ0 + θ) = a·sin φ0·cos θ + a·cos φ0·sin θ = α·cos θ − β·sin θ with β = −a·cos φ0
    coords[t.coord][t.p].push(
      String(index.get(t.key)),
      fmt(t.a * Math.sin(t.phi0), t.prec),
      fmt(-t.a * Math.cos(t.phi0), t.prec),
    );
  }
  return {
    freq: list.flatMap((e) => e.poly.map(exact)),
    chain: chain.map(String),
    coords,
    kept: keptTerms.length,
    full,
    args: list.length,
    derived,
  };
}

function lines(strs, perLine, indent) {
  const out = [];
  for (let i = 0; i < strs.length; i += perLine)
    out.push(`${indent}${strs.slice(i, i + perLine).join(',')},`);
  return out.join('\n');
}

export function tableLiteral(t, perLine) {
  const coord = (c) => {
    const powers = t.coords[c] ?? [];
    const parts = [];
    for (let p = 0; p < powers.length; p++)
      parts.push(`    [\n${lines(powers[p] ?? [], perLine, '      ')}\n    ],`);
    return `  ${c}: [\n${parts.join('\n')}\n  ],`;
  };
  return `{\n  freq: [\n${lines(t.freq, 8, '    ')}\n  ],\n  chain: [\n${lines(t.chain, 24, '    ')}\n  ],\n${['L', 'B', 'R'].map(coord).join('\n')}\n}`;
}

/** The tables of a level as numbers (what the generated TypeScript holds), for the benchmark. */
export function tablesFor(levelName) {
  const level = LEVELS[levelName];
  if (!level) throw new Error(`unknown level ${levelName}; one of ${Object.keys(LEVELS).join(', ')}`);
  const numeric = (t) => ({
    freq: t.freq.map(Number),
    chain: t.chain.map(Number),
    L: (t.coords.L ?? []).map((p) => (p ?? []).map(Number)),
    B: (t.coords.B ?? []).map((p) => (p ?? []).map(Number)),
    R: (t.coords.R ?? []).map((p) => (p ?? []).map(Number)),
  });
  const vsop = Object.fromEntries(Object.keys(BODIES).map((b) => [b, numeric(vsopBody(b, level.eps[0]))]));
  return { vsop, elp: numeric(elp(level.eps[1])) };
}
