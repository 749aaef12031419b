/** The reading as POST /v1/readings and reading batches answer it. */
import { z } from '@hono/zod-openapi';
import { SECTION_IDS } from '../astro/readings';
import { ChartSchema, ChartSubjectSchema, WarningDetailSchema } from './chart';

export const ReadingSchema = z
  .object({
    subject: ChartSubjectSchema,
    settings: ChartSchema.shape.settings,
    sections: z.array(
      z.object({
        id: z.enum(SECTION_IDS),
        title: z.string(),
        text: z.string().openapi({ description: 'Prose; paragraphs separated by a blank line.' }),
        highlights: z.array(z.string()).optional(),
      }),
    ),
    word_count: z.number().int(),
    warnings: z.array(z.string()).openapi({ description: 'The texts of warning_details, in order.' }),
    warning_details: z.array(WarningDetailSchema),
  })
  .openapi('Reading');
