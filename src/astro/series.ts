/**
 * Evaluation of the Poisson series of VSOP87 and ELP/MPP02 in the layout written by scripts/gen-series.mjs.
 *
 * A table lists the distinct frequencies once (`freq`) and, per coordinate and per power p of the time, flat
 * triples [k, α, β]: the term is tᵖ·(α·cos θk − β·sin θk) with θk = freq[k]·t (VSOP87: α = A·cos B, β = A·sin B of
 * the classic A·cos(B + C·t)). ELP/MPP02 arguments are polynomials, θk = φ1·T + φ2·T² + φ3·T³ + φ4·T⁴, with four
 * numbers per k in `freq`. One sine and one cosine per frequency serve every term that shares it, most of them
 * obtained from two earlier ones by the addition theorem (`chain`), and the exact time derivative comes from the
 * same sums, so a position and its velocity cost little more than the position.
 *
 * Pure functions; scratch space is allocated once per table.
 */

/** Per coordinate (L, B, R), per power of the time: flat [k, α, β, k, α, β, …]. */
export interface SeriesTable {
  /** Distinct frequencies (VSOP87: rad per unit of time) or argument polynomials (ELP: 4 numbers each). */
  freq: readonly number[];
  /**
   * How to get each argument: pairs [a, b]; a = −1: its own sine and cosine; otherwise θ = θa + θ(b−1) for b > 0,
   * θ = θa − θ(−b−1) for b < 0, by the addition theorem from earlier arguments (a few multiplications instead of
   * a sine and a cosine). Absent: every argument directly.
   */
  chain?: readonly number[];
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

// sin and cos together: reduction to |r| ≤ π/4 (Cody–Waite, π/2 in two parts) and Taylor polynomials to r¹³/r¹⁴
// (error < 3e-14 for |x| < 1e6, what the series need); about the cost of one Math.cos for both.
const TWO_OVER_PI = 2 / Math.PI;
const PIO2_HI = 1.5707963267341256; // π/2 to 33 bits: q·PIO2_HI is exact for |q| < 2²⁰
const PIO2_LO = 6.077100506506192e-11;

/** Writes sin x and cos x into sin[k], cos[k]. */
function sincos(x: number, k: number, sin: Float64Array, cos: Float64Array): void {
  const q = Math.round(x * TWO_OVER_PI);
  const r = x - q * PIO2_HI - q * PIO2_LO;
  const z = r * r;
  const s =
    r +
    r *
      z *
      (-1 / 6 +
        z * (1 / 120 + z * (-1 / 5040 + z * (1 / 362880 + z * (-1 / 39916800 + z * (1 / 6227020800))))));
  const c =
    1 +
    z *
      (-0.5 +
        z *
          (1 / 24 +
            z * (-1 / 720 + z * (1 / 40320 + z * (-1 / 3628800 + z * (1 / 479001600 - z / 87178291200))))));
  switch (q & 3) {
    case 0:
      sin[k] = s;
      cos[k] = c;
      break;
    case 1:
      sin[k] = c;
      cos[k] = -s;
      break;
    case 2:
      sin[k] = -s;
      cos[k] = -c;
      break;
    default:
      sin[k] = -c;
      cos[k] = s;
  }
}

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

/** θk from θa ± θb (addition theorem) into sin[k], cos[k]. */
function combine(k: number, a: number, b: number, sin: Float64Array, cos: Float64Array): void {
  const j = b > 0 ? b - 1 : -b - 1;
  const ca = cos[a] as number;
  const sa = sin[a] as number;
  const cj = cos[j] as number;
  const sj = b > 0 ? (sin[j] as number) : -(sin[j] as number);
  cos[k] = ca * cj - sa * sj;
  sin[k] = sa * cj + ca * sj;
}

/** A VSOP87 table (terms α·cos(C·t) − β·sin(C·t)) at time t (Julian millennia). */
export function evalVsop(table: SeriesTable, t: number, out: SeriesValue = newValue()): SeriesValue {
  const s = scratchOf(table, 1);
  const f = table.freq;
  const chain = table.chain;
  for (let k = 0; k < f.length; k++) {
    const c = f[k] as number;
    const a = chain ? (chain[2 * k] as number) : -1;
    if (a < 0) sincos(c * t, k, s.sin, s.cos);
    else combine(k, a, chain?.[2 * k + 1] as number, s.sin, s.cos);
    s.rate[k] = c;
  }
  return sums(table, t, s, out);
}

/** An ELP/MPP02 table (arguments φ1·T + … + φ4·T⁴) at time T (Julian centuries). */
export function evalElp(table: SeriesTable, T: number, out: SeriesValue = newValue()): SeriesValue {
  const s = scratchOf(table, 4);
  const f = table.freq;
  const chain = table.chain;
  for (let k = 0, j = 0; j < f.length; k++, j += 4) {
    const f1 = f[j] as number;
    const f2 = f[j + 1] as number;
    const f3 = f[j + 2] as number;
    const f4 = f[j + 3] as number;
    const a = chain ? (chain[2 * k] as number) : -1;
    if (a < 0) sincos(T * (f1 + T * (f2 + T * (f3 + T * f4))), k, s.sin, s.cos);
    else combine(k, a, chain?.[2 * k + 1] as number, s.sin, s.cos);
    s.rate[k] = f1 + T * (2 * f2 + T * (3 * f3 + T * 4 * f4));
  }
  return sums(table, T, s, out);
}

export function newValue(): SeriesValue {
  return { l: 0, b: 0, r: 0, dl: 0, db: 0, dr: 0 };
}
