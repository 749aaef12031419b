/** OpenAPI schemas of chart responses (documentation of src/astro/types.ts `Chart`). */
import { z } from '@hono/zod-openapi';
import { ASPECT_NAMES, AYANAMSAS, HOUSE_SYSTEMS, PATTERN_NAMES, POINT_NAMES, SIGNS } from '../astro/types';
import CHART_EXAMPLE from './chart-example.json';

const Sign = z.enum(SIGNS);

export const ChartPointSchema = z
  .object({
    name: z.enum(POINT_NAMES),
    longitude: z.number().openapi({ example: 353.51, description: 'Ecliptic longitude of date, [0, 360).' }),
    latitude: z.number(),
    speed: z.number().openapi({ description: 'Degrees per day.' }),
    retrograde: z.boolean(),
    sign: Sign,
    sign_degree: z.number().openapi({ example: 23.51 }),
    house: z.number().int().min(1).max(12).optional(),
    right_ascension: z.number().openapi({
      example: 354.04,
      description: 'Apparent right ascension of date (true equator and equinox), degrees [0, 360).',
    }),
    declination: z
      .number()
      .openapi({ example: -2.58, description: 'Apparent declination of date, degrees (north positive).' }),
  })
  .openapi('ChartPoint');

export const ChartAspectSchema = z
  .object({
    point_a: z.enum(POINT_NAMES),
    point_b: z.enum(POINT_NAMES),
    aspect: z.enum(ASPECT_NAMES),
    angle: z.number().openapi({
      description:
        'The exact angle of the aspect, degrees; 0 for a parallel and 180 for a contra-parallel (aspects of declination).',
    }),
    orb: z.number().openapi({
      description: 'Distance from exact, degrees (of longitude; of declination for parallels).',
    }),
    applying: z.boolean(),
  })
  .openapi('ChartAspect');

export const ChartPatternSchema = z
  .object({
    type: z.enum(PATTERN_NAMES),
    points: z.array(z.enum(POINT_NAMES)).openapi({ description: 'The members, in the order of the points.' }),
    apex: z.enum(POINT_NAMES).optional().openapi({
      description:
        'T-square and yod: the point the other two aspect (square, quincunx); kite: the grand-trine point opposed by the fourth.',
    }),
    sign: Sign.optional().openapi({ description: 'Stellium in a sign.' }),
    house: z.number().int().min(1).max(12).optional().openapi({ description: 'Stellium in a house.' }),
  })
  .openapi('ChartPattern', {
    description:
      "An aspect pattern among the chart's planets, Chiron and other bodies (not the nodes, Lilith, lots or angle points), from its aspects: grand trine, T-square, grand cross, yod, kite, mystic rectangle; stellium: three or more of the ten planets in one sign or house.",
  });

export const ChartSubjectSchema = z
  .object({
    full_name: z.string().nullable(),
    local_datetime: z.string().openapi({ example: '1879-03-14T11:30:00' }),
    utc_datetime: z.string().openapi({ example: '1879-03-14T10:50:02Z' }),
    julian_day: z.number(),
    latitude: z.number(),
    longitude: z.number(),
    timezone: z.string().nullable(),
    utc_offset: z.number().openapi({ description: 'Hours east of UTC actually applied.' }),
    lmt: z.boolean().openapi({ description: "The birthplace's local mean time was used." }),
    time_known: z.boolean(),
    place: z
      .object({ name: z.string(), country: z.string().nullable(), admin1: z.string().nullable().optional() })
      .nullable(),
  })
  .openapi('ChartSubject');

export const ChartSchema = z
  .object({
    id: z.string().nullable().openapi({ description: 'chart_... when saved, else null.' }),
    subject: ChartSubjectSchema,
    settings: z.object({
      zodiac: z.enum(['tropical', 'sidereal']),
      ayanamsa: z.enum([...AYANAMSAS, 'user']).nullable(),
      user_ayanamsa: z
        .object({
          value: z.number().openapi({ description: 'Mean ayanamsa at the epoch, degrees.' }),
          epoch_julian_day: z.number().openapi({ description: 'The epoch, Julian day (UT).' }),
          rate: z
            .number()
            .nullable()
            .openapi({ description: 'Arcseconds per year; null: carried by precession.' }),
        })
        .optional()
        .openapi({ description: 'The user-defined ayanamsa, when `ayanamsa` is "user".' }),
      house_system: z.enum(HOUSE_SYSTEMS).nullable(),
      ayanamsa_degrees: z.number().nullable().optional(),
    }),
    points: z.array(ChartPointSchema),
    angles: z
      .object({
        ascendant: z.number(),
        midheaven: z.number(),
        descendant: z.number(),
        imum_coeli: z.number(),
      })
      .optional()
      .openapi({ description: 'Absent when the birth time is unknown.' }),
    houses: z
      .array(z.object({ number: z.number().int(), cusp: z.number(), sign: Sign, sign_degree: z.number() }))
      .optional(),
    aspects: z.array(ChartAspectSchema),
    patterns: z
      .array(ChartPatternSchema)
      .optional()
      .openapi({ description: 'Present when asked for (`aspect_patterns: true`).' }),
    distributions: z.object({
      elements: z.object({ fire: z.number(), earth: z.number(), air: z.number(), water: z.number() }),
      modalities: z.object({ cardinal: z.number(), fixed: z.number(), mutable: z.number() }),
    }),
    lunar_phase: z.object({ angle: z.number(), name: z.string(), illumination: z.number() }),
    warnings: z.array(z.string()),
  })
  // The example is the real answer of POST /v1/charts to the ChartRequest example (Albert Einstein, Ulm,
  // 1879-03-14 11:30 local mean time): `npm run examples` writes it, test/chart-example.test.ts checks it.
  .openapi('Chart', { example: CHART_EXAMPLE });

export const ChartSummarySchema = z
  .object({
    id: z.string(),
    full_name: z.string().nullable(),
    local_datetime: z.string(),
    place: ChartSubjectSchema.shape.place,
    sun_sign: Sign.nullable(),
    moon_sign: Sign.nullable(),
    rising_sign: Sign.nullable(),
    created_at: z.string(),
  })
  .openapi('ChartSummary');
