/**
 * Stellar Edge astrology library: pure, deterministic TypeScript with no Workers APIs, usable from the
 * Worker, from Node (tests, benchmarks, scripts) and as a library.
 */
export { type AspectOptions, crossAspects, DEFAULT_ORBS, findAspects } from './aspects';
export {
  type ChartOptions,
  castChart,
  computeChart,
  MAX_YEAR,
  MIN_YEAR,
  type ResolvedOptions,
  resolveOptions,
  type SubjectInput,
  withFixedStars,
} from './chart';
export { houseOf } from './houses';
export { FIXED_STAR_NAMES, type FixedStarPlace, fixedStarPlaces, starConjunctions } from './stars';
export { isValidCalendarDate, timezoneFromCoordinates } from './time';
export * from './types';
export { elementOf, modalityOf, signOf } from './zodiac';
