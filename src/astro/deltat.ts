/**
 * ΔT = TT − UT1 in seconds.
 *
 * - before 1955: Stephenson, Morrison & Hohenkerk (2016) spline (occultation/eclipse based), blended
 *   linearly into the IERS series over the 1000 days before 1955-01-01 so the curve is continuous;
 *   before -720 their long-term parabola −320 + 32.5·((y − 1825)/100)², offset to be continuous;
 * - 1955–2025: yearly IERS/Astronomical Almanac values, cubic (4-point) interpolation;
 * - after the last tabulated year: the long-term prediction of Stephenson, Morrison & Hohenkerk
 *   (HM Nautical Almanac Office, astro.ukho.gov.uk/nao/lvm): ΔT = 64 + 0.17367·B + B²/1250 + 121·B³/3·10⁷,
 *   B = y − 2000 (valid to 2500; the parabola 42.5 + 32.5·(B/100)² beyond), reached through a linear
 *   100-year blend from the last observed value. This is the model the Swiss Ephemeris 2.10 uses too
 *   (its ΔT differs from ours by at most ~1 s, around 2030, where it still has its own 2020 forecast).
 *   The Espenak–Meeus parabola would be ~20 s higher by 2050 and ~85 s by 2100: not used.
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

const FUTURE_OFFSET = IERS_LAST - smhFuture(IERS_LAST_YEAR);
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
  let dt = smhFuture(y);
  if (y < IERS_LAST_YEAR + 100) dt += FUTURE_OFFSET * (1 - (y - IERS_LAST_YEAR) / 100);
  return dt;
}

/** ΔT (TT − UT1) in seconds for a decimal year (y = 2000.0 is 2000-01-01 0h UT). */
export function deltaTSecondsForYear(year: number): number {
  return deltaTSeconds(JD_Y2000 + (year - 2000) * 365.25);
}
