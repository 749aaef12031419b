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

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** A character class of `chars` (letters in both cases). */
const charClass = (chars: string) =>
  chars === LETTERS
    ? '[A-Za-z]'
    : chars === DIGITS
      ? '\\d'
      : `[${chars}${/[A-Z]/.test(chars) ? chars.toLowerCase() : ''}]`;

/** `word` in any case, as a pattern (JSON Schema patterns have no flags). */
const anyCase = (word: string) => [...word.toUpperCase()].map((ch) => charClass(ch)).join('');

/**
 * Any string of `alphabet` as long as the `words` (all of one length, upper case) but those words, in
 * any case: a pattern without a lookahead (which the pattern generators of JSON Schema tools lack).
 */
function allBut(words: readonly string[], alphabet: string): string {
  const length = words[0]?.length ?? 0;
  if (length === 0) return '';
  const firsts = [...new Set(words.map((w) => w[0] as string))];
  const rest = alphabet
    .split('')
    .filter((c) => !firsts.includes(c))
    .join('');
  const branches = [`${charClass(rest)}${charClass(alphabet).repeat(length - 1)}`];
  for (const first of firsts) {
    const tails = words.filter((w) => w[0] === first).map((w) => w.slice(1));
    if (length > 1) branches.push(`${charClass(first)}${allBut(tails, alphabet)}`);
  }
  return `(?:${branches.join('|')})`;
}

const SCRIPT = '[A-Za-z]{4}';
const REGION = '(?:[A-Za-z]{2}|\\d{3})';
/**
 * Chinese: Simplified characters only: no `Hant` script, and without a script no region that means
 * Traditional (TW, HK, MO, and their UN M.49 codes 158, 344, 446, which tags canonicalise to them).
 */
const CHINESE = `${anyCase('zh')}(?:-${allBut(['HANT'], LETTERS)}(?:-${REGION})?|-(?:${allBut(['TW', 'HK', 'MO'], LETTERS)}|${allBut(['158', '344', '446'], DIGITS)}))?`;

/**
 * The tags `lang` takes, as one pattern (the server's check and the document's `pattern`): BCP 47
 * `language[-Script][-REGION]` whose language is offered (any case; `pt-BR` → pt, `es-419` → es), and for
 * Chinese the Simplified script (`zh`, `zh-CN`, `zh-Hans`, `zh-Hans-SG`; not `zh-Hant`, `zh-TW`, `zh-HK`,
 * `zh-MO`). Extensions, variants and private-use subtags are not taken.
 */
export const LANG_PATTERN = new RegExp(
  `^(?:(?:${LANGS.filter((l) => !l.startsWith('zh'))
    .map(anyCase)
    .join('|')})(?:-${SCRIPT})?(?:-${REGION})?|${CHINESE})$`,
);

export const LangSchema = z
  .string()
  .max(MAX_TAG)
  .regex(
    LANG_PATTERN,
    `Expected a language tag of a language offered (language[-Script][-REGION]); supported: ${LANGS.join(', ')}.`,
  )
  .openapi({
    description: `The language of the texts, a BCP 47 tag \`language[-Script][-REGION]\` matched on its language (\`pt-BR\` → \`pt\`; \`zh\`, \`zh-CN\`, \`zh-Hans\` → \`zh-Hans\`; Traditional Chinese, \`zh-Hant\`, \`zh-TW\`, \`zh-HK\`, \`zh-MO\`, is not offered). Supported: ${LANGS.map((l) => `\`${l}\``).join(', ')}. Any other tag is a 400. Without it, Accept-Language chooses (default \`en\`).`,
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
