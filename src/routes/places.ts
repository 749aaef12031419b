/** GET /v1/places: gazetteer candidates for a birthplace (see src/platform/places.ts). */
import { createRoute, z } from '@hono/zod-openapi';
import { AUTHED_ERRORS, errorResponses, listOf } from '../platform/openapi';
import { searchPlaces } from '../platform/places';
import { createRouter } from '../platform/router';
import { queryIntegerDefault } from '../schemas/formats';
import { text } from '../schemas/text';

export const PlaceSchema = z
  .object({
    id: z
      .number()
      .int()
      .openapi({
        description:
          'GeoNames id. Negative for the few famous birthplaces that GeoNames cities500 lacks, taken from ' +
          'GeoNames cities1000 of a later date (docs/operations.md, "Places").',
        example: 2820256,
      }),
    name: z.string().openapi({ example: 'Ulm' }),
    ascii_name: z.string().openapi({ example: 'Ulm' }),
    country: z.string().openapi({ description: 'ISO 3166-1 alpha-2 country code.', example: 'DE' }),
    admin1: z.string().nullable().openapi({
      description:
        'GeoNames first-level administrative division code (e.g. "TX" for Texas; numeric in many countries).',
      example: '01',
    }),
    admin1_name: z
      .string()
      .nullable()
      .openapi({
        description:
          'The first-level division\'s name (GeoNames admin1 names, e.g. "Baden-Wurttemberg", "Victoria"); ' +
          'null where GeoNames has no name for the code.',
        example: 'Baden-Wurttemberg',
      }),
    latitude: z.number().openapi({ example: 48.39841 }),
    longitude: z.number().openapi({ example: 9.99155 }),
    timezone: z.string().openapi({ description: 'IANA time zone.', example: 'Europe/Berlin' }),
    population: z.number().int().openapi({ example: 120451 }),
  })
  .openapi('Place');

export const PlaceQuerySchema = z.object({
  q: text()
    .regex(/[\p{L}\p{N}]/u, 'Must contain a letter or a digit.')
    .min(1)
    .max(100)
    .openapi({
      // zod-to-openapi cannot write a flagged regex as a pattern; JSON Schema patterns are Unicode-aware.
      pattern: '[\\p{L}\\p{N}]',
      description:
        'A place name or its beginning; case and accents do not matter ("sao paulo", "ZURICH"); it must hold a letter or a digit.',
      example: 'Ulm',
    }),
  country: text()
    .regex(/^[A-Za-z]{2}$/, 'Must be an ISO 3166-1 alpha-2 country code such as "DE".')
    .optional()
    .openapi({ description: 'ISO 3166-1 alpha-2 country code (any case).', example: 'DE' }),
  limit: queryIntegerDefault({ min: 1, max: 100 }, 20).openapi({
    description:
      'How many candidates (1-100). Ranked search: no cursor; narrow `q` or add `country` instead.',
  }),
});

const route = createRoute({
  method: 'get',
  path: '/v1/places',
  operationId: 'searchPlaces',
  tags: ['Places'],
  summary: 'Search the gazetteer',
  description:
    'Places whose name, ASCII name or an alternate name (e.g. "Munich" for München) equals `q` or begins ' +
    "with it: exact matches first, then by population. Use a candidate's `latitude`, `longitude` and " +
    '`timezone` in a subject, or its `name` and `country` as `city` and `country`. Source: GeoNames ' +
    '(places with at least 500 inhabitants, plus every birthplace of the famous-people collection), CC-BY 4.0.',
  request: { query: PlaceQuerySchema },
  responses: {
    200: {
      description: 'Candidates, best first.',
      content: { 'application/json': { schema: listOf(PlaceSchema, 'PlaceList') } },
    },
    ...errorResponses(400, ...AUTHED_ERRORS, 503),
  },
});

export const placesRoutes = createRouter().openapi(route, async (c) => {
  const { q, country, limit } = c.req.valid('query');
  // One more than asked tells whether there are more candidates.
  const found = await searchPlaces(c.env.DB, q, country, limit + 1);
  // The same for every caller, but only for authenticated ones: browsers may cache it, shared caches not.
  c.header('Cache-Control', 'private, max-age=86400');
  return c.json({ data: found.slice(0, limit), has_more: found.length > limit }, 200);
});
