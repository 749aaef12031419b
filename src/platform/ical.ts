/**
 * A minimal RFC 5545 (iCalendar) writer: content lines, TEXT escaping (3.3.11), UTC DATE-TIME values
 * (3.3.5, form 2) and line folding at 75 octets (3.1, never inside a UTF-8 sequence), joined by CRLF.
 * Written here rather than bundling a library: the feed needs about sixty lines of it, and the tests parse
 * every feed back with Mozilla's ical.js (test/calendars.test.ts).
 */

/** A property: name, optional parameters (already valid parameter values) and its value as written. */
export type ContentLine = [name: string, value: string, params?: Record<string, string>];

/** TEXT value escaping: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** An instant as a UTC DATE-TIME: 20270114T031200Z. */
export function utcDateTime(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

const encoder = new TextEncoder();

/** Folds a content line so no line exceeds 75 octets (continuations start with one space). */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function contentLine([name, value, params]: ContentLine): string {
  const p = params ? Object.entries(params).map(([k, v]) => `;${k}=${v}`) : [];
  return fold(`${name}${p.join('')}:${value}`);
}

/** One component: BEGIN, its properties, its sub-components, END. */
export interface Component {
  name: string;
  properties: ContentLine[];
  components?: Component[];
}

function lines(c: Component): string[] {
  return [
    `BEGIN:${c.name}`,
    ...c.properties.map(contentLine),
    ...(c.components ?? []).flatMap(lines),
    `END:${c.name}`,
  ];
}

/** The iCalendar object as text: CRLF after every line, the last included. */
export function serialize(c: Component): string {
  return `${lines(c).join('\r\n')}\r\n`;
}
