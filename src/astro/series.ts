/**
 * Evaluation of the Poisson series of VSOP87 and ELP/MPP02 in the layout written by scripts/gen-series.mjs.
 *
 * A table lists the distinct frequencies once (`freq`) and, per coordinate and per power p of the time, flat
 * triples [k, α, β]: the term is tᵖ·(α·cos θk − β·sin θk) with θk = freq[k]·t (VSOP87: α = A·cos B, β = A·sin B of
 * the classic A·cos(B + C·t)). ELP/MPP02 arguments are polynomials, θk = φ1·T + φ2·T² + φ3·T³ + φ4·T⁴, with four
 * numbers per k in `freq`. One sine and one cosine per frequency serve every term that shares it, and the exact
 * time derivative comes from the same sums, so a position and its velocity cost little more than the position.
 *
 * Pure functions; scratch space is allocated once per table.
 */

/** Per coordinate (L, B, R), per power of the time: flat [k, α, β, k, α, β, …]. */
export interface SeriesTable {
  /** Distinct frequencies (VSOP87: rad per unit of time) or argument polynomials (ELP: 4 numbers each). */
  freq: readonly number[];
  L: readonly (readonly number[])[];
  B: readonly (readonly number[])[];
  R: readonly (readonly number[])[];
}

/** Values and time derivatives (per unit of the series' time) of the three coordinates. */
export interface SeriesValue {
  l: number;
  b: number;
  r: number;
  dl: number;
  db: number;
  dr: number;
}

interface Scratch {
  cos: Float64Array;
  sin: Float64Array;
  /** dθk/dt */
  rate: Float64Array;
}

const scratch = new WeakMap<SeriesTable, Scratch>();

function scratchOf(table: SeriesTable, perArg: number): Scratch {
  let s = scratch.get(table);
  if (!s) {
    const n = table.freq.length / perArg;
    s = { cos: new Float64Array(n), sin: new Float64Array(n), rate: new Float64Array(n) };
    scratch.set(table, s);
  }
  return s;
}

/** Σ over powers p of tᵖ·Σ(α·cos θk − β·sin θk), and its derivative, into out[0] (value) and out[1] (rate). */
function sumCoord(powers: readonly (readonly number[])[], t: number, s: Scratch, out: Float64Array): void {
  let value = 0;
  let rate = 0;
  let tp = 1; // tᵖ
  let tp1 = 0; // p·tᵖ⁻¹
  const { cos, sin, rate: w } = s;
  for (let p = 0; p < powers.length; p++) {
    const terms = powers[p] as readonly number[];
    let v = 0;
    let d = 0;
    for (let i = 0; i < terms.length; i += 3) {
      const k = terms[i] as number;
      const a = terms[i + 1] as number;
      const b = terms[i + 2] as number;
      const c = cos[k] as number;
      const sn = sin[k] as number;
      v += a * c - b * sn;
      d -= (a * sn + b * c) * (w[k] as number);
    }
    value += tp * v;
    rate += tp1 * v + tp * d;
    tp1 = (p + 1) * tp;
    tp *= t;
  }
  out[0] = value;
  out[1] = rate;
}

const tmp = new Float64Array(2);

function sums(table: SeriesTable, t: number, s: Scratch, out: SeriesValue): SeriesValue {
  sumCoord(table.L, t, s, tmp);
  out.l = tmp[0] as number;
  out.dl = tmp[1] as number;
  sumCoord(table.B, t, s, tmp);
  out.b = tmp[0] as number;
  out.db = tmp[1] as number;
  sumCoord(table.R, t, s, tmp);
  out.r = tmp[0] as number;
  out.dr = tmp[1] as number;
  return out;
}

/** A VSOP87 table (terms α·cos(C·t) − β·sin(C·t)) at time t (Julian millennia). */
export function evalVsop(table: SeriesTable, t: number, out: SeriesValue = newValue()): SeriesValue {
  const s = scratchOf(table, 1);
  const f = table.freq;
  for (let k = 0; k < f.length; k++) {
    const c = f[k] as number;
    const x = c * t;
    s.cos[k] = Math.cos(x);
    s.sin[k] = Math.sin(x);
    s.rate[k] = c;
  }
  return sums(table, t, s, out);
}

/** An ELP/MPP02 table (arguments φ1·T + … + φ4·T⁴) at time T (Julian centuries). */
export function evalElp(table: SeriesTable, T: number, out: SeriesValue = newValue()): SeriesValue {
  const s = scratchOf(table, 4);
  const f = table.freq;
  for (let k = 0, j = 0; j < f.length; k++, j += 4) {
    const f1 = f[j] as number;
    const f2 = f[j + 1] as number;
    const f3 = f[j + 2] as number;
    const f4 = f[j + 3] as number;
    const x = T * (f1 + T * (f2 + T * (f3 + T * f4)));
    s.cos[k] = Math.cos(x);
    s.sin[k] = Math.sin(x);
    s.rate[k] = f1 + T * (2 * f2 + T * (3 * f3 + T * 4 * f4));
  }
  return sums(table, T, s, out);
}

export function newValue(): SeriesValue {
  return { l: 0, b: 0, r: 0, dl: 0, db: 0, dr: 0 };
}
