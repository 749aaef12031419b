/** OpenAPI schemas of chart responses (documentation of src/astro/types.ts `Chart`). */
import { z } from '@hono/zod-openapi';
import {
  ASPECT_NAMES,
  AYANAMSAS,
  HOUSE_SYSTEMS,
  PATTERN_NAMES,
  POINT_NAMES,
  SIGNS,
  WARNING_CODES,
} from '../astro/types';
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

export const WarningDetailSchema = z
  .object({
    code: z.enum(WARNING_CODES).openapi({
      description:
        'Stable code: place_ambiguous, local_mean_time (before standard time), city_mean_time_replaced (a ' +
        "capital's mean time replaced by the birthplace's), ambiguous_local_time, shifted_forward, " +
        "dst_local_option (the zone's daylight time is its reference city's and may not have applied at the " +
        'birthplace), dst_override, time_unknown, chiron_unavailable, house_system_fallback, ' +
        'composite_without_houses. Clients should ignore codes they do not know.',
    }),
    message: z.string().openapi({ description: 'Human text (the same as in `warnings`); may change.' }),
    reference_city: z
      .string()
      .optional()
      .openapi({ description: "dst_local_option: the zone's reference city.", example: 'Chicago' }),
    mean_time: z.string().optional().openapi({
      description: 'city_mean_time_replaced: the mean time replaced.',
      example: 'Prague Mean Time',
    }),
    subject: z
      .enum(['first', 'second'])
      .optional()
      .openapi({ description: 'Synastry and composite: whose chart the warning is about.' }),
  })
  .openapi('WarningDetail');
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
    dst: z.boolean().nullable().openapi({
      description:
        "Daylight saving time was applied (the zone's, or as `dst` asked); null with a fixed utc_offset.",
    }),
    lmt: z.boolean().openapi({ description: "The birthplace's local mean time was used." }),
    time_known: z.boolean(),
    place: z
      .object({
        name: z.string(),
        country: z.string().nullable(),
        admin1: z.string().nullable().optional(),
        admin1_name: z.string().nullable().optional().openapi({
          description: 'The first-level division\'s name, e.g. "Victoria" for admin1 "07" in AU.',
        }),
      })
      .nullable(),
  })
  .openapi('ChartSubject');

export const UnknownTimeSchema = z
  .object({
    reason: z.string().openapi({ description: 'Why angles, houses, Part of Fortune and Vertex are absent.' }),
    omitted: z.array(z.enum(['angles', 'houses', 'part_of_fortune', 'vertex'])),
    day: z
      .object({
        local_start: z.string().openapi({ example: '1879-03-14T00:00:00' }),
        local_end: z.string().openapi({ example: '1879-03-15T00:00:00' }),
        utc_start: z.string().openapi({ example: '1879-03-13T23:20:02Z' }),
        utc_end: z.string().openapi({ example: '1879-03-14T23:20:02Z' }),
      })
      .openapi({ description: "The local day of the birth, 00:00 to 24:00, in the birth's zone." }),
    points: z.array(
      z.object({
        name: z.enum(POINT_NAMES),
        start_longitude: z.number().openapi({ description: 'At 00:00 local time.' }),
        end_longitude: z.number().openapi({ description: 'At 24:00 local time.' }),
        motion: z
          .number()
          .openapi({ description: 'Degrees travelled over the day; negative when retrograde.' }),
        signs: z.array(Sign).openapi({ description: 'Every sign the point is in during the day, in order.' }),
        changes_sign: z.boolean(),
      }),
    ),
    aspects_all_day: z
      .array(
        z.object({
          point_a: z.enum(POINT_NAMES),
          point_b: z.enum(POINT_NAMES),
          aspect: z.enum(ASPECT_NAMES),
          angle: z.number(),
          max_orb: z.number().openapi({ description: 'Largest distance from exact over the day, degrees.' }),
        }),
      )
      .openapi({ description: 'Aspects within their orb during the whole local day.' }),
  })
  .openapi('UnknownTime');

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
    unknown_time: UnknownTimeSchema.optional().openapi({
      description: 'Only when time_known is false: what holds over the whole local day of the birth.',
    }),
    warnings: z.array(z.string()).openapi({ description: 'The texts of warning_details, in order.' }),
    warning_details: z.array(WarningDetailSchema),
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
