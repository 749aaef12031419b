#!/usr/bin/env node
/**
 * Generates the truncated analytical series the Worker evaluates for the Sun, Moon and planets:
 *   src/astro/data/vsop87b-table.ts  VSOP87B (Bretagnon & Francou 1988) for Mercury–Neptune and the Earth:
 *                                    heliocentric ecliptic longitude L, latitude B (rad) and radius R (AU),
 *                                    dynamical ecliptic and equinox J2000; argument TDB in Julian millennia from J2000;
 *   src/astro/data/elp-table.ts      ELP/MPP02 (Chapront & Francou 2003), the version fitted to DE405: geocentric
 *                                    lunar longitude and latitude (″) and distance (km); argument in Julian centuries.
 * The full series come from the `astronomia` package (MIT), a devDependency: only this script and the tests read
 * it. The Worker bundles only the truncated tables.
 *
 *   node scripts/gen-series.mjs                         # writes both tables at the default level
 *   SERIES_LEVEL=fine node scripts/gen-series.mjs       # another level (see LEVELS)
 *   node scripts/gen-series.mjs --stats                 # term counts per level; writes nothing
 *
 * Truncation. A term A·tᵖ·cos(B + C·t) is kept when its largest size over 1800–2400 (A·|t|ᵖ with |t| ≤ 0.4
 * millennia; for ELP A·|T|ᵖ with |T| ≤ 4 centuries), as seen from the Earth, is at least the level's threshold ε:
 * heliocentric angles count r/Δmin times (the planet's distance from the Sun over its least distance from the
 * Earth), radii 1/Δmin times, the Earth's own series 1/Δmin(Venus) times since they move every direction;
 * the lunar distance counts at the least distance of the Moon. Each kept number is written only to the digits it needs.
 *
 * Layout (see ../src/astro/series.ts): terms sharing a frequency share one sine and cosine. `freq` lists the distinct
 * frequencies (ELP: the distinct phase polynomials φ1·T + … + φ4·T⁴); each coordinate (L, B, R) has, per power p of
 * the time, a flat list of [k, α, β] meaning tᵖ·(α·cos θk − β·sin θk) with θk = freq[k]·t, i.e. α = A·cos B,
 * β = A·sin B (ELP, a sine series: α = A·sin φ0, β = −A·cos φ0). The exact time derivative of the truncated series
 * comes from the same numbers, so speeds need no extra terms.
 *
 * test/astro/series-truncation.test.ts checks the tables against the full series at 2 000 seeded random instants
 * against the bounds written here (SERIES_BOUNDS).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import data from 'astronomia/data';
import elpFull from 'astronomia/data/elpMppDeFull';

const here = dirname(fileURLToPath(import.meta.url));
const ARCSEC = Math.PI / 180 / 3600;

/**
 * Truncation levels: [ε planets ″, ε Moon ″] per term, and the bounds (″, geocentric, 1800–2400) that the truncated
 * series keep against the full ones (measured by the truncation test; see BENCHMARKS.md for speed and accuracy).
 */
export const LEVELS = {
  coarse: { eps: [0.02, 0.02], bounds: { planets: 0.25, moon: 0.15 } },
  standard: { eps: [0.005, 0.005], bounds: { planets: 0.08, moon: 0.05 } },
  fine: { eps: [0.001, 0.001], bounds: { planets: 0.02, moon: 0.01 } },
};
const LEVEL = process.env.SERIES_LEVEL ?? 'standard';

/** Bodies: heliocentric distance r (AU, largest) and least geocentric distance Δmin (AU). */
const BODIES = {
  mercury: { r: 0.47, dmin: 0.52 },
  venus: { r: 0.73, dmin: 0.26 },
  earth: { r: 1.0, dmin: 0.26 },
  mars: { r: 1.67, dmin: 0.37 },
  jupiter: { r: 5.46, dmin: 3.9 },
  saturn: { r: 10.1, dmin: 7.9 },
  uranus: { r: 20.1, dmin: 17.2 },
  neptune: { r: 30.3, dmin: 28.7 },
};
const T_MAX_MILLENNIA = 0.4;
const T_MAX_CENTURIES = 4;
const MOON_DMIN_KM = 356000;

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

/** Groups kept terms by frequency key. */
function group() {
  const keys = new Map();
  const freq = [];
  return {
    index(key, value) {
      let k = keys.get(key);
      if (k === undefined) {
        k = freq.length;
        keys.set(key, k);
        freq.push(value);
      }
      return k;
    },
    freq,
  };
}

function vsopBody(name, epsArcsec) {
  const series = data[`vsop87B${name}`];
  const { r, dmin } = BODIES[name];
  const angScale = name === 'earth' ? 1 / dmin : r / dmin;
  const eps = epsArcsec * ARCSEC;
  const g = group();
  const coords = {};
  let kept = 0;
  let full = 0;
  // First pass: which terms, so that frequency precision follows the largest term using it.
  const fprec = new Map();
  const keptTerms = [];
  for (const coord of ['L', 'B', 'R']) {
    const scale = coord === 'R' ? 1 / dmin : angScale;
    for (const [p, terms] of Object.entries(series[coord])) {
      const tp = T_MAX_MILLENNIA ** Number(p);
      for (const [a, b, c] of terms) {
        full++;
        const size = Math.abs(a) * tp * scale;
        if (size < eps) continue;
        kept++;
        const prec = eps / 50 / tp / scale; // absolute precision of α and β
        const key = c.toPrecision(15);
        // Frequency precision: its error times |t| moves the term by ≤ eps/50.
        const fp = prec / Math.abs(a) / T_MAX_MILLENNIA;
        fprec.set(key, Math.min(fprec.get(key) ?? Number.POSITIVE_INFINITY, fp));
        keptTerms.push({ coord, p: Number(p), a, b, c, key, prec });
      }
    }
  }
  for (const t of keptTerms) {
    const k = g.index(t.key, t.c);
    coords[t.coord] ??= [];
    coords[t.coord][t.p] ??= [];
    coords[t.coord][t.p].push(String(k), fmt(t.a * Math.cos(t.b), t.prec), fmt(t.a * Math.sin(t.b), t.prec));
  }
  const freq = g.freq.map((c) => fmt(c, fprec.get(c.toPrecision(15))));
  return { freq, coords, kept, full };
}

function elp(epsArcsec) {
  const g = group();
  const coords = {};
  const fprec = new Map();
  const keptTerms = [];
  let kept = 0;
  let full = 0;
  for (const coord of ['L', 'B', 'R']) {
    const scale = coord === 'R' ? 1 / (MOON_DMIN_KM * ARCSEC) : 1;
    for (const [p, terms] of Object.entries(elpFull[coord])) {
      const tp = T_MAX_CENTURIES ** Number(p);
      for (const [a, ...phase] of terms) {
        full++;
        if (Math.abs(a) * tp * scale < epsArcsec) continue;
        kept++;
        const prec = epsArcsec / 50 / tp / scale;
        const poly = phase.slice(1);
        const key = poly.map((x) => x.toPrecision(14)).join(',');
        const pp = prec / Math.abs(a);
        const cur = fprec.get(key) ?? Number.POSITIVE_INFINITY;
        fprec.set(key, Math.min(cur, pp));
        keptTerms.push({ coord, p: Number(p), a, phi0: phase[0], poly, key, prec });
      }
    }
  }
  for (const t of keptTerms) {
    const k = g.index(t.key, t.poly);
    coords[t.coord] ??= [];
    coords[t.coord][t.p] ??= [];
    // a·sin(φ0 + θ) = a·sin φ0·cos θ + a·cos φ0·sin θ = α·cos θ − β·sin θ with β = −a·cos φ0
    coords[t.coord][t.p].push(String(k), fmt(t.a * Math.sin(t.phi0), t.prec), fmt(-t.a * Math.cos(t.phi0), t.prec));
  }
  const freq = g.freq.flatMap((poly, i) => {
    const key = poly.map((x) => x.toPrecision(14)).join(',');
    const pp = fprec.get(key);
    void i;
    return poly.map((c, j) => fmt(c, pp / T_MAX_CENTURIES ** (j + 1)));
  });
  return { freq, coords, kept, full };
}

function lines(strs, perLine, indent) {
  const out = [];
  for (let i = 0; i < strs.length; i += perLine) out.push(`${indent}${strs.slice(i, i + perLine).join(',')},`);
  return out.join('\n');
}

function tableLiteral(t, perLine) {
  const coord = (c) => {
    const powers = t.coords[c] ?? [];
    const parts = [];
    for (let p = 0; p < powers.length; p++) parts.push(`    [\n${lines(powers[p] ?? [], perLine, '      ')}\n    ],`);
    return `  ${c}: [\n${parts.join('\n')}\n  ],`;
  };
  return `{\n  freq: [\n${lines(t.freq, 8, '    ')}\n  ],\n${['L', 'B', 'R'].map(coord).join('\n')}\n}`;
}

const level = LEVELS[LEVEL];
if (!level) throw new Error(`unknown SERIES_LEVEL ${LEVEL}; one of ${Object.keys(LEVELS).join(', ')}`);

if (process.argv.includes('--stats')) {
  for (const [name, l] of Object.entries(LEVELS)) {
    let kept = 0;
    let freqs = 0;
    let full = 0;
    for (const b of Object.keys(BODIES)) {
      const s = vsopBody(b, l.eps[0]);
      kept += s.kept;
      freqs += s.freq.length;
      full += s.full;
    }
    const m = elp(l.eps[1]);
    console.log(
      `${name}: VSOP87B ${kept} of ${full} terms (${freqs} frequencies); ELP/MPP02 ${m.kept} of ${m.full} (${m.freq.length / 4} arguments)`,
    );
  }
  process.exit(0);
}

const [epsPlanets, epsMoon] = level.eps;
const header = (what) => `/**
 * ${what}
 * GENERATED by scripts/gen-series.mjs (level "${LEVEL}") from the full series in the astronomia package: do not edit.
 * Terms smaller than ${epsPlanets}″ (planets) / ${epsMoon}″ (Moon) as seen from the Earth over 1800–2400 are dropped;
 * layout in ../series.ts. test/astro/series-truncation.test.ts checks the tables against the full series.
 */
import type { SeriesTable } from '../series';
`;

let vsopSrc = header(
  'VSOP87B (Bretagnon & Francou 1988): heliocentric L, B (rad), R (AU) of the planets and the Earth; dynamical\n * ecliptic and equinox J2000; time argument TDB in Julian millennia from J2000.',
);
vsopSrc += `\nexport const SERIES_LEVEL = '${LEVEL}';\n`;
vsopSrc += `/** Largest geocentric error (″) the truncation may add over 1800–2400, as asserted by the truncation test. */\n`;
vsopSrc += `export const SERIES_BOUNDS = { planets: ${level.bounds.planets}, moon: ${level.bounds.moon} } as const;\n`;
const stats = [];
for (const b of Object.keys(BODIES)) {
  const s = vsopBody(b, epsPlanets);
  stats.push(`${b}: ${s.kept} of ${s.full} terms, ${s.freq.length} frequencies`);
  vsopSrc += `\n// biome-ignore format: generated table\nexport const VSOP87B_${b.toUpperCase()}: SeriesTable = ${tableLiteral(s, 12)};\n`;
}
writeFileSync(join(here, '../src/astro/data/vsop87b-table.ts'), vsopSrc);

const m = elp(epsMoon);
let elpSrc = header(
  'ELP/MPP02 (Chapront & Francou 2003), fitted to DE405: the Moon\'s geocentric longitude and latitude (″) and\n * distance (km) in the mean ecliptic of date from the departure point γ′2000, less the mean longitude W1; time\n * argument TDB in Julian centuries from J2000. `freq` holds 4 numbers per argument: φ1…φ4 of φ1·T + … + φ4·T⁴.',
);
elpSrc += `\n/** The Moon's mean longitude W1 (rad) as a polynomial in T. */\nexport const ELP_W1: readonly number[] = [${elpFull.W1.join(', ')}];\n`;
elpSrc += `\n// biome-ignore format: generated table\nexport const ELP_MPP02: SeriesTable = ${tableLiteral(m, 12)};\n`;
writeFileSync(join(here, '../src/astro/data/elp-table.ts'), elpSrc);
stats.push(`moon: ${m.kept} of ${m.full} terms, ${m.freq.length / 4} arguments`);
console.error(stats.join('\n'));
