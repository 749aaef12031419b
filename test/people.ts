/**
 * Birth data used by several test files (plain data: usable from the Node and the workerd projects).
 * Charles and Diana: the hand-checked synastry pair (Charles's Sun 22°25′ Scorpio opposes Diana's Venus
 * 24°24′ Taurus and squares her Moon 25°02′ Aquarius).
 */
import { EXAMPLE_NATAL } from '../src/schemas/forecast';

export const CHARLES = {
  full_name: 'Charles',
  year: 1948,
  month: 11,
  day: 14,
  hour: 21,
  minute: 14,
  latitude: 51.5014,
  longitude: -0.1419,
  timezone: 'Europe/London',
};

export const DIANA = {
  full_name: 'Diana',
  year: 1961,
  month: 7,
  day: 1,
  hour: 19,
  minute: 45,
  latitude: 52.8276,
  longitude: 0.5133,
  timezone: 'Europe/London',
};

/**
 * Albert Einstein, Ulm 1879-03-14 11:30 local mean time, by coordinates and zone: the natal side of the
 * forecasting examples (EXAMPLE_NATAL; the time and its source page are those of data/famous-people.json's
 * albert-einstein record) and the saved chart of the calendar and alert tests.
 */
export const EINSTEIN = { ...EXAMPLE_NATAL };

/** New York, 1990-05-15 14:30 EDT (18:30 UT), by coordinates: the everyday chart request of the tests. */
export const NEW_YORK_1990 = {
  year: 1990,
  month: 5,
  day: 15,
  hour: 14,
  minute: 30,
  latitude: 40.7128,
  longitude: -74.006,
};
