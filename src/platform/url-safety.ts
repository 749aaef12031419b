/**
 * Webhook URL safety (SSRF guard). Pure: no I/O, runs anywhere.
 *
 * Outside local development a webhook URL must be `https` to a public host: no credentials, no
 * loopback, private, shared (CGNAT), link-local (cloud metadata at 169.254.169.254), multicast,
 * documentation or otherwise reserved addresses, no IPv4 written in decimal, hex or octal, no IPv6
 * loopback, unspecified, unique-local, link-local or IPv4-mapped/translated addresses, and no
 * `localhost`, `*.localhost`, `*.local`, `*.internal`, `*.home.arpa` or single-label hosts.
 * In development (`ENVIRONMENT=development`, `npm start`) `http` and local hosts are allowed so people
 * can point a webhook at a receiver on their machine; the other checks still apply.
 *
 * A host name can still resolve to a private address (DNS rebinding); the Workers runtime cannot reach
 * private networks from the edge, and redirects are never followed (see src/platform/webhooks/send.ts).
 */

export const MAX_URL_LENGTH = 2048;

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const BLOCKED_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.localdomain'];
const BLOCKED_NAMES = new Set(['localhost', 'localdomain', 'home.arpa']);

/** True for ENVIRONMENT=development only ("test" and "production" are strict). */
export function isDevelopment(environment: string | undefined): boolean {
  return environment === 'development';
}

/**
 * Checks a webhook URL. Returns the normalised URL (fragment dropped) or the reason it is refused.
 * `environment` is the Worker's ENVIRONMENT; only "development" relaxes the rules.
 */
export function checkWebhookUrl(input: string, environment?: string): UrlCheck {
  const dev = isDevelopment(environment);
  if (input.length > MAX_URL_LENGTH) return no(`Must be at most ${MAX_URL_LENGTH} characters.`);
  if ([...input].some((ch) => ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f || /\s/.test(ch))) {
    return no('Must not contain whitespace or control characters.');
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return no('Must be an absolute URL, e.g. https://example.com/webhooks.');
  }
  if (url.protocol !== 'https:' && !(dev && url.protocol === 'http:')) {
    return no(dev ? 'Must use http or https.' : 'Must use https.');
  }
  if (url.username !== '' || url.password !== '' || rawAuthority(input).includes('@')) {
    return no('Must not contain credentials (user:password@).');
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return no('Must have a host.');

  if (host.startsWith('[')) {
    const v6 = parseIPv6(host.slice(1, -1));
    if (!v6) return no('Has an invalid IPv6 address.');
    const why = ipv6Problem(v6);
    if (why && !(dev && why === 'loopback')) return no(`Must not point to a ${why} address.`);
  } else if (IPV4_DOTTED.test(host)) {
    // The URL parser turns 2130706433, 0x7f.1, 0177.0.0.1, 127.1 (and full-width digits) into 127.0.0.1:
    // only the plain dotted-decimal form is accepted, so what people read is what we call.
    const raw = rawHost(input);
    if (raw !== host) return no('Write IPv4 addresses in dotted decimal (a.b.c.d).');
    const why = ipv4Problem(parseIPv4(host));
    if (why && !(dev && (why === 'loopback' || why === 'private'))) {
      return no(`Must not point to a ${why} address.`);
    }
  } else {
    const local =
      BLOCKED_NAMES.has(host) || BLOCKED_SUFFIXES.some((s) => host.endsWith(s)) || !host.includes('.');
    if (local && !dev) return no('Must be a public host name (not localhost, *.local, *.internal...).');
  }

  url.hash = '';
  return { ok: true, url: url.href };
}

const no = (reason: string): UrlCheck => ({ ok: false, reason });

/** The authority part as written: "user@host:port". */
function rawAuthority(input: string): string {
  const m = /^[a-z][a-z0-9+.-]*:[/\\]*([^/\\?#]*)/i.exec(input.trim());
  return m?.[1] ?? '';
}

/** The host as written (lower-cased, no credentials, port or trailing dot). */
function rawHost(input: string): string {
  let a = rawAuthority(input);
  a = a.slice(a.lastIndexOf('@') + 1);
  if (!a.startsWith('[')) a = a.replace(/:[^:]*$/, '');
  return a.toLowerCase().replace(/\.$/, '');
}

const IPV4_DOTTED = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

function parseIPv4(host: string): number[] {
  return host.split('.').map(Number);
}

/** Why an IPv4 address is not a public unicast one (null if it is). */
export function ipv4Problem(b: number[]): 'loopback' | 'private' | 'link-local' | 'reserved' | null {
  const [a = 0, c = 0, d = 0] = b;
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && c >= 16 && c <= 31) || (a === 192 && c === 168)) return 'private';
  if (a === 100 && c >= 64 && c <= 127) return 'private'; // 100.64/10 shared address space (CGNAT)
  if (a === 169 && c === 254) return 'link-local'; // incl. 169.254.169.254 (cloud metadata)
  if (a === 0) return 'reserved'; // 0.0.0.0/8 "this network"
  if (a === 192 && c === 0 && (d === 0 || d === 2)) return 'reserved'; // 192.0.0/24 IETF, 192.0.2/24 TEST-NET-1
  if (a === 198 && (c === 18 || c === 19)) return 'reserved'; // benchmarking
  if (a === 198 && c === 51 && d === 100) return 'reserved'; // TEST-NET-2
  if (a === 203 && c === 0 && d === 113) return 'reserved'; // TEST-NET-3
  if (a >= 224) return 'reserved'; // multicast, 240/4, broadcast
  return null;
}

/** Parses an IPv6 literal (no zone) into 8 16-bit groups, or null. */
export function parseIPv6(text: string): number[] | null {
  let s = text.toLowerCase();
  if (s.includes('%')) return null;
  // A trailing dotted IPv4 part (::ffff:1.2.3.4) becomes two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) {
    const p = v4.slice(1).map(Number);
    if (p.some((x) => x > 255)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = p;
    s = `${s.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const out: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    out.push(Number.parseInt(g, 16));
  }
  return out.length === 8 ? out : null;
}

/**
 * Why an IPv6 address is not acceptable (null if it is). Only global unicast (2000::/3) passes,
 * minus documentation, 6to4 and Teredo (which embed IPv4 addresses that could be private).
 */
export function ipv6Problem(g: number[]): 'loopback' | 'private' | 'link-local' | 'reserved' | null {
  const [g0 = 0, g1 = 0] = g;
  const allZeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (allZeroUntil(7) && g[7] === 1) return 'loopback'; // ::1
  if (allZeroUntil(8)) return 'reserved'; // ::
  if (allZeroUntil(5) && g[5] === 0xffff) {
    // IPv4-mapped ::ffff:a.b.c.d
    const v4 = [(g[6] ?? 0) >> 8, (g[6] ?? 0) & 0xff, (g[7] ?? 0) >> 8, (g[7] ?? 0) & 0xff];
    return ipv4Problem(v4) ?? 'reserved';
  }
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g0 & 0xe000) !== 0x2000) return 'reserved'; // not global unicast (incl. ::/96, 64:ff9b::/96, ff00::/8)
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x2002) return 'reserved'; // 6to4
  if (g0 === 0x2001 && g1 === 0) return 'reserved'; // Teredo
  return null;
}
