/**
 * Where an IANA zone's history is its reference city's, not the birthplace's (docs/accuracy.md,
 * "Local time and time zones"). tzdb says so itself: a zone keeps one name for a region whose clocks have
 * agreed since 1970 "even if some of the clocks disagreed before 1970" (theory.html, "Timezone
 * identifiers"). Two consequences for a birth before then, each handled here from tzdb's own comments:
 *
 * - LOCAL_DST: periods when daylight saving time was a local choice. The zone applies its reference
 *   city's daylight time; elsewhere it may not have applied. time.ts warns ("dst_local_option").
 * - CITY_MEAN_TIMES: a city's mean time that tzdb holds for the whole zone before the country's first
 *   standard time (Prague Mean Time for all of Bohemia and Moravia). time.ts uses the birthplace's own
 *   local mean time instead, as for tzdb's LMT ("city_mean_time_replaced").
 *
 * Sources are tzdb 2026b's files (`northamerica`, `europe`, `theory.html`); coordinates of reference
 * cities are those of tzdb's `zone.tab`. Pure data, no Workers APIs.
 */

/** A period of local-option daylight time in the zones of one reference city. */
export interface LocalDstRule {
  /** Zone names (any name of a tz-table history matches it; links included). */
  zones: readonly string[];
  /** The zone's reference city (tzdb's zone.tab location). */
  city: string;
  latitude: number;
  longitude: number;
  /** [from, to) UTC instants (ISO) during which observance of daylight time was a local option. */
  periods: readonly (readonly [string, string])[];
  /** What tzdb says, for the warning and the documentation. */
  basis: string;
  /**
   * An area where the zone's daylight time was the law in these periods (no warning there), e.g.
   * California from 1948 for America/Los_Angeles.
   */
  lawful?: { name: string; from: string; contains: (latitude: number, longitude: number) => boolean };
}

/** Births within this distance of the reference city are taken to have kept its time. */
export const REFERENCE_AREA_KM = 50;

/** zone.tab's ±DDMM[SS]±DDDMM[SS] → degrees. */
function iso6709(s: string): { latitude: number; longitude: number } {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$/.exec(s);
  if (!m) throw new Error(`bad zone.tab coordinates ${s}`);
  const deg = (sign: string, d: string, mi: string, se?: string) =>
    (sign === '-' ? -1 : 1) * (Number(d) + Number(mi) / 60 + Number(se ?? 0) / 3600);
  return {
    latitude: deg(m[1] as string, m[2] as string, m[3] as string, m[4]),
    longitude: deg(m[5] as string, m[6] as string, m[7] as string, m[8]),
  };
}

const US_BASIS =
  'before the Uniform Time Act of 1966 took effect in 1967, observance of daylight saving time in the US ' +
  'was by local option, except during wartime (tzdb, northamerica)';
/** 1920 (after Public Law 66-40 repealed federal DST in 1919) to 1966, without War Time (1942-02-09 to 1945-09-30). */
const US_PERIODS = [
  ['1920-01-01T00:00:00Z', '1942-02-09T00:00:00Z'],
  ['1945-09-30T00:00:00Z', '1967-01-01T00:00:00Z'],
] as const;

/** US zones of tzdb 2026b's zone.tab: coordinates, zone. */
const US_ZONES: readonly (readonly [string, string])[] = [
  ['+404251-0740023', 'America/New_York'],
  ['+421953-0830245', 'America/Detroit'],
  ['+381515-0854534', 'America/Kentucky/Louisville'],
  ['+364947-0845057', 'America/Kentucky/Monticello'],
  ['+394606-0860929', 'America/Indiana/Indianapolis'],
  ['+384038-0873143', 'America/Indiana/Vincennes'],
  ['+410305-0863611', 'America/Indiana/Winamac'],
  ['+382232-0862041', 'America/Indiana/Marengo'],
  ['+382931-0871643', 'America/Indiana/Petersburg'],
  ['+384452-0850402', 'America/Indiana/Vevay'],
  ['+415100-0873900', 'America/Chicago'],
  ['+375711-0864541', 'America/Indiana/Tell_City'],
  ['+411745-0863730', 'America/Indiana/Knox'],
  ['+450628-0873651', 'America/Menominee'],
  ['+470659-1011757', 'America/North_Dakota/Center'],
  ['+465042-1012439', 'America/North_Dakota/New_Salem'],
  ['+471551-1014640', 'America/North_Dakota/Beulah'],
  ['+394421-1045903', 'America/Denver'],
  ['+433649-1161209', 'America/Boise'],
  ['+332654-1120424', 'America/Phoenix'],
  ['+340308-1181434', 'America/Los_Angeles'],
  ['+611305-1495401', 'America/Anchorage'],
  ['+581807-1342511', 'America/Juneau'],
  ['+571035-1351807', 'America/Sitka'],
  ['+550737-1313435', 'America/Metlakatla'],
  ['+593249-1394338', 'America/Yakutat'],
  ['+643004-1652423', 'America/Nome'],
  ['+515248-1763929', 'America/Adak'],
  ['+211825-1575130', 'Pacific/Honolulu'],
];

/** "America/Indiana/Tell_City" → "Tell City". */
const cityOf = (zone: string) => (zone.split('/').pop() as string).replaceAll('_', ' ');

/**
 * California (approximately: north border 42° N, east border 120° W down to 39° N, then the straight line
 * to the Colorado River at 35° N 114.63° W): the only part of America/Los_Angeles where daylight time was
 * state law from 1948 (tzdb northamerica: the 1948 statute, then 1949's Proposition 12, "CA" rules).
 */
function inCalifornia(latitude: number, longitude: number): boolean {
  if (latitude >= 42 || latitude < 32.5 || longitude > -114.1) return false;
  if (longitude <= -120) return true;
  if (latitude >= 39) return false;
  // East of 120° W: south-west of the line (39, -120) – (35, -114.63).
  const lonOnLine = -120 + ((39 - latitude) / (39 - 35)) * (120 - 114.63);
  return longitude <= lonOnLine;
}

export const LOCAL_DST: readonly LocalDstRule[] = [
  ...US_ZONES.map(([coords, zone]): LocalDstRule => {
    const rule: LocalDstRule = {
      zones: [zone],
      city: cityOf(zone),
      ...iso6709(coords),
      periods: US_PERIODS,
      basis: US_BASIS,
    };
    if (zone === 'America/Los_Angeles') {
      rule.lawful = { name: 'California', from: '1948-03-14T00:00:00Z', contains: inCalifornia };
    }
    return rule;
  }),
  {
    zones: ['America/Toronto'],
    city: 'Toronto',
    ...iso6709('+4339-07923'),
    // tzdb applies Toronto's own rules in 1919-1941 and 1946-1973; Canada-wide rules in wartime.
    periods: [
      ['1919-01-01T00:00:00Z', '1942-02-09T00:00:00Z'],
      ['1945-09-30T00:00:00Z', '1974-01-01T00:00:00Z'],
    ],
    basis:
      'in Canada daylight saving time was a municipal choice: "a list of the places in Canada using daylight ' +
      'saving time would require yearly revision" (J. Royal Astron. Soc. Canada, 1932, quoted in tzdb ' +
      'northamerica), and in 1955 Windsor, Ontario, stayed on standard time all year (Globe and Mail, quoted there)',
  },
  {
    zones: ['America/Halifax'],
    city: 'Halifax',
    ...iso6709('+4439-06336'),
    periods: [
      ['1919-01-01T00:00:00Z', '1942-02-09T00:00:00Z'],
      ['1945-09-30T00:00:00Z', '1974-01-01T00:00:00Z'],
    ],
    basis:
      'in Canada daylight saving time was a municipal choice; in 1930 Nova Scotia used it "in Halifax only" ' +
      '(J. Royal Astron. Soc. Canada, 1932, quoted in tzdb northamerica)',
  },
  {
    zones: ['Europe/Paris'],
    city: 'Paris',
    ...iso6709('+4852+00220'),
    // Europe/Paris: German time (C-Eur rules) from 1940-06-14 23:00 to the liberation, 1944-08-25.
    periods: [['1940-06-14T22:00:00Z', '1944-08-25T00:00:00Z']],
    basis:
      'Paris kept occupied-France (German) time; "the French rules for 1941-1944 were not used in Paris, but ' +
      'Shanks & Pottenger write that they were used in Monaco and in many French locations" (tzdb europe)',
  },
  {
    zones: ['Europe/Berlin'],
    city: 'Berlin',
    ...iso6709('+5230+01322'),
    // Europe/Berlin's 1945 "SovietZone" rules: midsummer time from 24 May, summer time until 18 November.
    periods: [['1945-05-24T00:00:00Z', '1945-11-18T01:00:00Z']],
    basis:
      'in 1945 tzdb follows the Soviet zone ("SovietZone" rules): Berlin was put on Moscow time by order of ' +
      'General Bersarin (tzdb europe); the other occupation zones are not represented',
  },
];

/** Great-circle distance in km (mean Earth radius 6371 km). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A city's mean time that tzdb holds for the whole zone before the country's first standard time. */
export interface CityMeanTime {
  /** Zone names (any name of a tz-table history matches it). */
  zones: readonly string[];
  /** tzdb's abbreviation of the mean time ("PMT") and its name. */
  abbreviation: string;
  name: string;
  /** Country and what ended the mean time, with tzdb's date (docs/accuracy.md lists them). */
  basis: string;
}

export const CITY_MEAN_TIMES: readonly CityMeanTime[] = [
  {
    zones: ['Europe/Prague', 'Europe/Bratislava'],
    abbreviation: 'PMT',
    name: 'Prague Mean Time',
    basis:
      "Czech lands and Slovakia: Prague Mean Time (0:57:44, Prague's own LMT) until Central European Time " +
      'from 1891-10-01 (tzdb europe)',
  },
  {
    zones: ['Europe/Zurich', 'Europe/Busingen'],
    abbreviation: 'BMT',
    name: 'Bern Mean Time',
    basis:
      'Switzerland: Bern Mean Time was postal and telegraph time from 1853-07-16, "legal civil time probably ' +
      'changed at still some other transition date", and Geneva kept its own local mean time until ' +
      'Central European Time from 1894-06-01 (tzdb europe)',
  },
  {
    zones: ['Europe/Kyiv', 'Europe/Kiev'],
    abbreviation: 'KMT',
    name: 'Kyiv Mean Time',
    basis:
      "Ukraine: Kyiv Mean Time (Kyiv's own LMT) until Eastern European Time from 1924-05-02 (tzdb europe)",
  },
  {
    zones: ['Europe/Moscow'],
    abbreviation: 'MMT',
    name: 'Moscow Mean Time',
    basis:
      "Russia (the Moscow zone: Moscow, St Petersburg and their regions): Moscow Mean Time (2:30:17, Moscow's " +
      'own LMT, then 2:31:19 from 1916-07-03) until the zone time of 1919-07-01 (tzdb europe); astrologers ' +
      "chart the births of the period in the birthplace's mean time (Astro-Databank: Shostakovich, St Petersburg " +
      '1906, "LST m30e15", +2:01:15)',
  },
  {
    zones: ['Europe/Minsk'],
    abbreviation: 'MMT',
    name: 'Minsk Mean Time',
    basis: 'Belarus: Minsk Mean Time (1:50) until Eastern European Time from 1924-05-02 (tzdb europe)',
  },
];
