/** OpenAPI schemas of chart responses (documentation of src/astro/types.ts `Chart`). */
import { z } from '@hono/zod-openapi';
import { FIXED_STAR_NAMES } from '../astro/stars';
import { ANGLE_NAMES, ASPECT_NAMES, AYANAMSAS, HOUSE_SYSTEMS, POINT_NAMES, SIGNS } from '../astro/types';
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
  })
  .openapi('ChartPoint');

export const ChartAspectSchema = z
  .object({
    point_a: z.enum(POINT_NAMES),
    point_b: z.enum(POINT_NAMES),
    aspect: z.enum(ASPECT_NAMES),
    angle: z.number(),
    orb: z.number(),
    applying: z.boolean(),
  })
  .openapi('ChartAspect');

export const ChartFixedStarSchema = z
  .object({
    name: z.enum(FIXED_STAR_NAMES as [string, ...string[]]),
    longitude: z.number().openapi({
      example: 59.96,
      description: 'Ecliptic longitude of date, [0, 360) (sidereal in a sidereal chart).',
    }),
    latitude: z.number(),
    magnitude: z.number().openapi({ example: 0.87, description: 'Visual (V) magnitude.' }),
    conjunctions: z
      .array(
        z.object({
          point: z.enum([...POINT_NAMES, ...ANGLE_NAMES]),
          orb: z.number().openapi({ description: 'Degrees of longitude from exact (≤ fixed_star_orb).' }),
        }),
      )
      .openapi({ description: 'Points and angles within the orb, closest first; often empty.' }),
  })
  .openapi('ChartFixedStar');

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
      ayanamsa: z.enum(AYANAMSAS).nullable(),
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
    fixed_stars: z
      .array(ChartFixedStarSchema)
      .optional()
      .openapi({ description: 'Only with `"fixed_stars": true`: every star served, in catalogue order.' }),
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
