/**
 * ΔT = TT − UT1 in seconds.
 *
 * - before 1955: Stephenson, Morrison & Hohenkerk (2016) spline (occultation/eclipse based), blended
 *   linearly into the IERS series over the 1000 days before 1955-01-01 so the curve is continuous;
 *   before -720 their long-term parabola −320 + 32.5·((y − 1825)/100)², offset to be continuous;
 * - 1955–2025: yearly IERS/Astronomical Almanac values, cubic (4-point) interpolation;
 * - after the last tabulated year: the long-term prediction of Stephenson, Morrison & Hohenkerk
 *   (HM Nautical Almanac Office, astro.ukho.gov.uk/nao/lvm): SMH(y) = 64 + 0.17367·B + B²/1250 + 121·B³/3·10⁷,
 *   B = y − 2000 (valid to 2500; the parabola 42.5 + 32.5·(B/100)² beyond), joined to the observations the way the
 *   Swiss Ephemeris 2.10 joins it, because that is what users compare charts with: from 2028.0 on,
 *   ΔT = SMH(y) + FUTURE_OFFSET·(1 − (y − 2028)/100) until 2128, SMH(y) after, where FUTURE_OFFSET puts ΔT(2028.0)
 *   at 68.80 s (the Swiss Ephemeris 2.10 forecast for 2028, −0.78 s from SMH); between the last observed value and
 *   2028 a cubic (Hermite) matches the observed value and trend at one end and that curve at the other.
 *   Uncertainty of the future values: see docs/accuracy.md (about ±1 s by 2030, tens of seconds by 2100).
 *   The Espenak–Meeus polynomials (NASA, 2006) would be 18 s higher in 2050 and 110 s in 2100: not used.
 *
 * Year mapping: y = 2000 + (jd − 2451544.5)/365.25 (1 January 0h of the year ≈ integer y).
 */
import { IERS_FIRST_YEAR, IERS_YEARLY, SMH2016_SPLINE } from './data/deltat-table';

const JD_Y2000 = 2451544.5;
const JD_1955 = 2435108.5;
const BLEND_DAYS = 1000;
const IERS_LAST_YEAR = IERS_FIRST_YEAR + IERS_YEARLY.length - 1;
// biome-ignore lint/style/noNonNullAssertion: table is non-empty
const IERS_LAST = IERS_YEARLY[IERS_YEARLY.length - 1]!;

function yearOf(jd: number): number {
  return 2000 + (jd - JD_Y2000) / 365.25;
}

function smhParabola(y: number): number {
  const t = (y - 1825) / 100;
  return -320 + 32.5 * t * t;
}

// biome-ignore lint/style/noNonNullAssertion: table is non-empty
const SPLINE_START = SMH2016_SPLINE[0]![0];
// biome-ignore lint/style/noNonNullAssertion: table is non-empty
const SPLINE_PARABOLA_OFFSET = SMH2016_SPLINE[0]![2] - smhParabola(yearOf(SPLINE_START));

function smhSpline(jd: number): number {
  if (jd < SPLINE_START) return smhParabola(yearOf(jd)) + SPLINE_PARABOLA_OFFSET;
  for (const [a, b, c0, c1, c2, c3] of SMH2016_SPLINE) {
    if (jd < b) {
      const t = (jd - a) / (b - a);
      return c0 + t * (c1 + t * (c2 + t * c3));
    }
  }
  // Only reached up to 1956 (the last segment's end); callers stop at 1955.
  // biome-ignore lint/style/noNonNullAssertion: table is non-empty
  const last = SMH2016_SPLINE[SMH2016_SPLINE.length - 1]!;
  return last[2] + last[3] + last[4] + last[5];
}

function iersValue(i: number): number {
  // biome-ignore lint/style/noNonNullAssertion: index clamped
  return IERS_YEARLY[Math.min(Math.max(i, 0), IERS_YEARLY.length - 1)]!;
}

/** 4-point Lagrange interpolation in the yearly table (linear in the first and last interval). */
function iers(y: number): number {
  const x = y - IERS_FIRST_YEAR;
  const i = Math.min(Math.floor(x), IERS_YEARLY.length - 2);
  const p = x - i;
  const y0 = iersValue(i);
  const y1 = iersValue(i + 1);
  if (i < 1 || i + 2 > IERS_YEARLY.length - 1) return y0 + p * (y1 - y0);
  const ym = iersValue(i - 1);
  const y2 = iersValue(i + 2);
  return (
    (-p * (p - 1) * (p - 2) * ym) / 6 +
    ((p + 1) * (p - 1) * (p - 2) * y0) / 2 -
    ((p + 1) * p * (p - 2) * y1) / 2 +
    ((p + 1) * p * (p - 1) * y2) / 6
  );
}

/** SMH long-term prediction (seconds) for decimal year y. */
function smhFuture(y: number): number {
  if (y >= 2500) {
    const b = (y - 2000) / 100;
    return 42.5 + 32.5 * b * b;
  }
  const b = y - 2000;
  return 64 + (b * 521) / 3000 + (b * b) / 1250 + (b * b * b * 121) / 30000000;
}
function smhFutureRate(y: number): number {
  const b = y - 2000;
  return 521 / 3000 + (2 * b) / 1250 + (3 * b * b * 121) / 30000000;
}

/** Year from which the long-term prediction (with its fading offset) applies, and ΔT there (seconds). */
const JOIN_YEAR = 2028;
const JOIN_DELTA_T = 68.8;
/** The offset from SMH at JOIN_YEAR, fading linearly to 0 over FADE_YEARS. */
const FUTURE_OFFSET = JOIN_DELTA_T - smhFuture(JOIN_YEAR);
const FADE_YEARS = 100;

function future(y: number): number {
  const fade = y < JOIN_YEAR + FADE_YEARS ? 1 - (y - JOIN_YEAR) / FADE_YEARS : 0;
  return smhFuture(y) + FUTURE_OFFSET * fade;
}

// Hermite join between the last observation (value, trend of the last year) and the curve at JOIN_YEAR.
// biome-ignore lint/style/noNonNullAssertion: table has ≥ 2 values
const IERS_TREND = IERS_LAST - IERS_YEARLY[IERS_YEARLY.length - 2]!;
const JOIN_RATE = smhFutureRate(JOIN_YEAR) - FUTURE_OFFSET / FADE_YEARS;

function bridge(y: number): number {
  const h = JOIN_YEAR - IERS_LAST_YEAR;
  const s = (y - IERS_LAST_YEAR) / h;
  const s2 = s * s;
  const s3 = s2 * s;
  return (
    (2 * s3 - 3 * s2 + 1) * IERS_LAST +
    (s3 - 2 * s2 + s) * h * IERS_TREND +
    (-2 * s3 + 3 * s2) * JOIN_DELTA_T +
    (s3 - s2) * h * JOIN_RATE
  );
}

const SPLINE_1955_OFFSET = iers(IERS_FIRST_YEAR) - smhSpline(JD_1955);

/** ΔT (TT − UT1) in seconds for a Julian day in UT. */
export function deltaTSeconds(jdUT: number): number {
  if (jdUT < JD_1955) {
    let dt = smhSpline(jdUT);
    if (jdUT > JD_1955 - BLEND_DAYS)
      dt += (SPLINE_1955_OFFSET * (jdUT - (JD_1955 - BLEND_DAYS))) / BLEND_DAYS;
    return dt;
  }
  const y = yearOf(jdUT);
  if (y <= IERS_LAST_YEAR) return iers(y);
  if (y < JOIN_YEAR) return bridge(y);
  return future(y);
}

/** ΔT (TT − UT1) in seconds for a decimal year (y = 2000.0 is 2000-01-01 0h UT). */
export function deltaTSecondsForYear(year: number): number {
  return deltaTSeconds(JD_Y2000 + (year - 2000) * 365.25);
}
