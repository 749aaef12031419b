/** Ecliptic ↔ equatorial coordinates of date for points that are given by their ecliptic position. Degrees. */

const DEG = Math.PI / 180;

const norm360 = (x: number) => ((x % 360) + 360) % 360;

/** Right ascension and declination of a tropical ecliptic position (longitude, latitude) for an obliquity. */
export function eclipticToEquatorial(
  lon: number,
  lat: number,
  obliquity: number,
): { ra: number; dec: number } {
  const l = lon * DEG;
  const b = lat * DEG;
  const e = obliquity * DEG;
  const ra = Math.atan2(Math.sin(l) * Math.cos(e) - Math.tan(b) * Math.sin(e), Math.cos(l)) / DEG;
  return { ra: norm360(ra), dec: eclipticDeclination(lon, lat, obliquity) };
}

/** Declination of a tropical ecliptic position. */
export function eclipticDeclination(lon: number, lat: number, obliquity: number): number {
  const b = lat * DEG;
  const e = obliquity * DEG;
  return Math.asin(Math.sin(b) * Math.cos(e) + Math.cos(b) * Math.sin(e) * Math.sin(lon * DEG)) / DEG;
}

/**
 * Rate of the declination (degrees/day) of a point moving along the ecliptic at `speed` degrees/day in longitude, its
 * latitude taken as steady: dδ/dt = cos β · sin ε · cos λ · dλ/dt / cos δ. Enough to tell a parallel applying from
 * one separating (the latitudes of the Moon and Pluto change by at most a tenth as fast as their longitudes).
 */
export function declinationRate(
  lon: number,
  lat: number,
  dec: number,
  speed: number,
  obliquity: number,
): number {
  const c = Math.cos(dec * DEG);
  if (c < 1e-12) return 0;
  return (Math.cos(lat * DEG) * Math.sin(obliquity * DEG) * Math.cos(lon * DEG) * speed) / c;
}
