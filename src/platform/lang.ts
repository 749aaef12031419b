/**
 * Choosing the language of an answer: an explicit `lang` (validated by LangSchema: a malformed or unsupported
 * tag is a 400 naming `lang`, never silently replaced), else the Accept-Language header with its q-values
 * (RFC 9110 §12.5.4), falling back to English. Answers with text carry Content-Language; when the header
 * chose, they also carry Vary: Accept-Language.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DEFAULT_LOCALE, LANGS, type Locale, localeFor } from '../astro/i18n';
import type { AppEnv } from './context';

/** Longest tag accepted (RFC 5646 allows long tags; 35 covers every language-script-region-variant form). */
const MAX_TAG = 35;
/** Accept-Language entries considered (a longer header is cut, not refused). */
const MAX_ENTRIES = 32;

export const LangSchema = z
  .string()
  .max(MAX_TAG)
  .superRefine((tag, ctx) => {
    let locale: Locale | null;
    try {
      locale = localeFor(tag);
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${tag}" is not a BCP 47 language tag.` });
      return;
    }
    if (!locale) {
      ctx.addIssue({
        code: 'custom',
        message: `Language "${tag}" is not offered; supported: ${LANGS.join(', ')}.`,
      });
    }
  })
  .openapi({
    description: `The language of the texts, a BCP 47 tag matched on its language (\`pt-BR\` → \`pt\`; \`zh\`, \`zh-CN\` → \`zh-Hans\`). Supported: ${LANGS.map((l) => `\`${l}\``).join(', ')}. An unsupported tag is a 400. Without it, Accept-Language chooses (default \`en\`).`,
    example: 'es',
  });

/** The best supported locale of an Accept-Language header, or English. */
export function negotiate(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(',')
    .slice(0, MAX_ENTRIES)
    .map((entry, i) => {
      const [range = '', ...params] = entry.trim().split(';');
      let q = 1;
      for (const p of params) {
        const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
        if (m) q = Number(m[1]);
      }
      return { range: range.trim(), q: Math.min(1, q), i };
    })
    .filter((r) => r.range.length > 0 && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { range } of ranges) {
    if (range === '*') return DEFAULT_LOCALE;
    try {
      const locale = localeFor(range);
      if (locale) return locale;
    } catch {
      // A malformed range is skipped, as a server may ignore what it cannot parse.
    }
  }
  return DEFAULT_LOCALE;
}

/** The locale of this request: the validated `lang` if given, else negotiated from Accept-Language. */
export function chooseLocale(c: Context<AppEnv>, lang: string | undefined): Locale {
  return lang !== undefined
    ? (localeFor(lang) ?? DEFAULT_LOCALE)
    : negotiate(c.req.header('Accept-Language'));
}

/**
 * Marks a successful answer's language: Content-Language, and Vary: Accept-Language when the header chose
 * (no explicit `lang`). Called just before answering, so error answers (English problems) carry neither.
 */
export function setLanguageHeaders(c: Context<AppEnv>, locale: Locale, lang: string | undefined): void {
  c.header('Content-Language', locale.tag);
  if (lang === undefined) c.header('Vary', 'Accept-Language', { append: true });
}
