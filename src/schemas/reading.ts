/** The reading as POST /v1/readings and reading batches answer it. */
import { z } from '@hono/zod-openapi';
import { LANGS } from '../astro/i18n';
import { SECTION_IDS } from '../astro/readings';
import { ASPECT_NAMES, PLANETS, SIGNS } from '../astro/types';
import { ChartSchema, ChartSubjectSchema, WarningDetailSchema } from './chart';

const Planet = z.enum(PLANETS);
const Sign = z.enum(SIGNS);

/** A chart factor a paragraph interprets; every value is the chart's own. */
export const ReadingFactorSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('point'),
      point: Planet,
      sign: Sign,
      sign_degree: z.number().openapi({ description: 'Degrees within the sign, as in the chart.' }),
      house: z
        .number()
        .int()
        .min(1)
        .max(12)
        .optional()
        .openapi({ description: 'Absent without a birth time.' }),
      retrograde: z.boolean(),
    }),
    z.object({
      kind: z.literal('angle'),
      angle: z.enum(['ascendant', 'midheaven', 'descendant', 'imum_coeli']),
      sign: Sign,
      sign_degree: z.number(),
      longitude: z.number(),
    }),
    z.object({
      kind: z.literal('aspect'),
      aspect: z.enum(ASPECT_NAMES),
      point_a: Planet,
      point_b: Planet,
      orb: z.number().openapi({ description: 'Degrees from exact, as in the chart.' }),
      applying: z.boolean(),
    }),
    z.object({ kind: z.literal('sign'), sign: Sign }),
    z.object({ kind: z.literal('house'), house: z.number().int().min(1).max(12) }),
    z.object({
      kind: z.literal('element'),
      element: z.enum(['fire', 'earth', 'air', 'water']),
      count: z.number(),
    }),
    z.object({
      kind: z.literal('modality'),
      modality: z.enum(['cardinal', 'fixed', 'mutable']),
      count: z.number(),
    }),
  ])
  .openapi('ReadingFactor', {
    description:
      "A chart factor a paragraph interprets, to highlight on the wheel or cite: a planet's placement, an angle, an aspect with its orb, a sign or house (stellium), an element or modality with its weight.",
  });

export const ReadingSchema = z
  .object({
    lang: z
      .enum(LANGS as [string, ...string[]])
      .openapi({ description: 'The language of the texts (BCP 47).' }),
    subject: ChartSubjectSchema,
    settings: ChartSchema.shape.settings,
    sections: z.array(
      z.object({
        id: z.enum(SECTION_IDS),
        title: z.string(),
        text: z.string().openapi({ description: 'Prose; paragraphs separated by a blank line.' }),
        paragraphs: z
          .array(
            z.object({
              text: z.string(),
              factors: z.array(ReadingFactorSchema).openapi({
                description:
                  'The chart factors this paragraph interprets (empty for a note such as an unknown birth time).',
              }),
            }),
          )
          .openapi({
            description: 'The same prose as `text`, paragraph by paragraph, each with its chart factors.',
          }),
        highlights: z.array(z.string()).optional(),
      }),
    ),
    word_count: z.number().int(),
    warnings: z.array(z.string()).openapi({ description: 'The texts of warning_details, in order.' }),
    warning_details: z.array(WarningDetailSchema),
  })
  .openapi('Reading');
