#!/usr/bin/env node
/**
 * Generates src/astro/data/tz-table.ts: every UTC-offset transition of every IANA time zone from 1800 to the
 * end of 2037, taken from the system's full tzdb (with `backzone`) through `zdump`.
 *
 * Why: the runtime's Intl time zone data (ICU) is built without tzdb's `backzone` file, so before 1970 it
 * is wrong for ~90 zones (Amsterdam 1935: Intl +01:00, truly +00:19:32; Oslo/Stockholm/Copenhagen follow
 * Berlin's 1940s rules, etc.). Debian's `tzdata` package is built with backzone.
 *
 * Run by hand, from a tzdb source in zic's input format (needs `zic` and `zdump`, Debian's libc-bin):
 *
 *   node scripts/gen-tz-table.mjs test/fixtures/tzdata-VERSION.zi
 *
 * or from a compiled zoneinfo directory that holds its tzdata.zi (Debian's `tzdata` package):
 *
 *   node scripts/gen-tz-table.mjs /usr/share/zoneinfo
 *
 * The source must include backzone: its header lists it ("# ddeps backzone ..."), and Europe/Amsterdam
 * must show AMT in 1935. Debian's tzdata.zi does (its build sets PACKRATDATA=backzone): take it from
 * the package of the wanted version (`apt-get download tzdata=VERSION`, then
 * `dpkg-deb -x tzdata_*.deb x && cp x/usr/share/zoneinfo/tzdata.zi test/fixtures/tzdata-VERSION.zi`),
 * commit it beside the table, delete the previous one, and run
 * `npx vitest run --project astro test/astro/time.test.ts`: it compiles that file with zic and compares
 * every transition of the table with zdump (in CI too), and checks it against Intl. The runtime checks
 * recent years against Intl anyway (see VERIFY_FROM_YEAR in src/astro/time.ts), so a stale table cannot
 * give wrong current offsets.
 *
 * Encoding (decoded lazily, one zone at a time, by src/astro/time.ts):
 *   TZ_TYPES  'offsetSeconds,isdst,abbreviation;...': every distinct local-time type (global ids 0..n-1).
 *   TZ_ZONES  one string per distinct zone history:
 *               '<names>|<type ids>:<transitions>'
 *             <names>: the ','-separated zone names (canonical zones and links) sharing this history.
 *             <type ids>: the global type ids (base 36, ','-separated) used by the zone; the first one is
 *             the zone's type on 1800-01-01, and transitions refer to them by local index.
 *             <transitions>: each is  [',' | '!'] digits type-char : the time since the previous transition
 *             (since 1800-01-01T00:00Z for the first one) in hours, or in minutes after ',', or in seconds
 *             after '!', written with TZ_DIGITS (most significant first), followed by one TZ_TYPE_CHARS
 *             char (the local index of the type that starts then).
 * isdst is normalised to the "rearguard" convention: tzdb's negative DST (Europe/Dublin's winter GMT,
 * Morocco's Ramadan +00, Namibia 1994-2017, ...) is flipped so that DST always means "clocks ahead".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SOURCE = process.argv[2] ?? '/usr/share/zoneinfo';
/** A .zi source is compiled with zic into a temporary zoneinfo directory. */
const ZI = SOURCE.endsWith('.zi') ? SOURCE : join(SOURCE, 'tzdata.zi');
const ZONEINFO = SOURCE.endsWith('.zi') ? mkdtempSync(join(tmpdir(), 'tz-')) : SOURCE;
if (SOURCE.endsWith('.zi')) execFileSync('zic', ['-d', ZONEINFO, SOURCE]);
const ZDUMP_ENV = { ...process.env, TZDIR: ZONEINFO };
const OUT = new URL('../src/astro/data/tz-table.ts', import.meta.url);
const FROM_YEAR = 1800;
const TO_YEAR = 2038; // exclusive: transitions before 2038-01-01T00:00Z
const EPOCH0 = Date.UTC(FROM_YEAR, 0, 1) / 1000; // seconds
const END = Date.UTC(TO_YEAR, 0, 1) / 1000;
// Written into the table (TZ_DIGITS, TZ_TYPE_CHARS) for the decoder.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ#$%&()*+-./;<=>?@[]^_}~'; // base 60, no '{' (no '${')
const TYPE_CHARS = 'abcdefghijklmnopqrstuvwxyz';

// ---------------------------------------------------------------- zone names
const SKIP_DIRS = new Set(['posix', 'right']);
const SKIP_FILES = new Set(['localtime', 'posixrules', 'Factory']);
function walk(dir, prefix, out) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    const name = prefix ? `${prefix}/${entry}` : entry;
    const st = statSync(path);
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(path, name, out);
    } else if (!SKIP_FILES.has(name) && !/\.(tab|zi|list)$/.test(entry)) {
      const head = readFileSync(path).subarray(0, 4).toString('latin1');
      if (head === 'TZif') out.push(name);
    }
  }
  return out;
}
const names = walk(ZONEINFO, '', []);

// ------------------------------------------------------------------ zdump
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
// "Europe/Amsterdam  Wed Dec 31 23:40:28 1834 UT = Thu Jan  1 00:00:00 1835 AMT isdst=0 gmtoff=1172"
const LINE =
  /^\S+\s+\w{3} (\w{3})\s+(\d+) (\d\d):(\d\d):(\d\d) (-?\d+) UT = .* (\S+) isdst=(\d) gmtoff=(-?\d+)$/;

function parseLine(line) {
  const m = LINE.exec(line);
  if (!m) throw new Error(`unparsed zdump line: ${line}`);
  const [, mon, d, hh, mm, ss, y, abbr, isdst, gmtoff] = m;
  const t =
    Date.UTC(Number(y), MONTHS.indexOf(mon) / 3, Number(d), Number(hh), Number(mm), Number(ss)) / 1000;
  return { t, off: Number(gmtoff), dst: Number(isdst), abbr };
}

/** Type of a zone with no transitions at all (Etc/GMT+5, UTC...), read from its TZif file. */
function singleType(name) {
  const buf = readFileSync(join(ZONEINFO, name));
  // v1 header: counts at 20 (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt)
  const timecnt = buf.readUInt32BE(32);
  const typecnt = buf.readUInt32BE(36);
  if (timecnt !== 0 || typecnt !== 1) throw new Error(`${name}: no zdump transitions but TZif has some`);
  const off = buf.readInt32BE(44);
  const dst = buf[48];
  const idx = buf[49];
  const charStart = 44 + 6;
  const end = buf.indexOf(0, charStart + idx);
  return { off, dst, abbr: buf.subarray(charStart + idx, end).toString('latin1') };
}

function history(name) {
  const out = execFileSync('zdump', ['-v', '-c', `${FROM_YEAR},${TO_YEAR}`, name], {
    encoding: 'utf8',
    env: ZDUMP_ENV,
  });
  const lines = out.split('\n').filter((l) => l.includes(' UT = '));
  if (lines.length % 2) throw new Error(`${name}: odd number of zdump lines`);
  if (lines.length === 0) return { initial: singleType(name), transitions: [] };
  const initial = parseLine(lines[0]);
  const transitions = [];
  let prev = initial;
  for (let i = 0; i < lines.length; i += 2) {
    const before = parseLine(lines[i]);
    const after = parseLine(lines[i + 1]);
    if (after.t !== before.t + 1) throw new Error(`${name}: unpaired lines at ${lines[i]}`);
    if (before.off !== prev.off || before.abbr !== prev.abbr || before.dst !== prev.dst)
      throw new Error(`${name}: discontinuity at ${lines[i]}`);
    if (after.t < EPOCH0 || after.t >= END) throw new Error(`${name}: out of range ${lines[i + 1]}`);
    if (after.off !== prev.off || after.abbr !== prev.abbr || after.dst !== prev.dst) transitions.push(after);
    prev = after;
  }
  return { initial: { off: initial.off, dst: initial.dst, abbr: initial.abbr }, transitions };
}

/**
 * Flips tzdb's negative DST: a DST period with a lower offset than the standard time on both sides of it
 * (Dublin IST +1 -> GMT +0 "DST" -> IST, Morocco's Ramadan, Namibia's winter). The standard periods around
 * it become DST, as in tzdb's "rearguard" format.
 */
function normaliseDst(h) {
  const seg = [h.initial, ...h.transitions].map((x) => ({ ...x }));
  const orig = seg.map((s) => s.dst);
  for (let i = 1; i < seg.length; i++) {
    const prev = seg[i - 1];
    const next = seg[i + 1];
    const negative =
      orig[i] === 1 &&
      orig[i - 1] === 0 &&
      prev.off > seg[i].off &&
      (!next || (orig[i + 1] === 0 && next.off === prev.off));
    if (!negative) continue;
    seg[i].dst = 0;
    prev.dst = 1;
    if (next) next.dst = 1;
  }
  return { initial: seg[0], transitions: seg.slice(1) };
}

// ----------------------------------------------------------------- encoding
const typeIds = new Map();
const types = [];
function globalType(x) {
  const key = `${x.off},${x.dst},${x.abbr}`;
  let id = typeIds.get(key);
  if (id === undefined) {
    id = types.length;
    types.push(key);
    typeIds.set(key, id);
  }
  return id;
}
function digits(n) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad number ${n}`);
  let s = '';
  do {
    s = DIGITS[n % DIGITS.length] + s;
    n = Math.floor(n / DIGITS.length);
  } while (n > 0);
  return s;
}
function encode(h) {
  const local = [];
  const localIndex = (x) => {
    const g = globalType(x);
    let i = local.indexOf(g);
    if (i < 0) i = local.push(g) - 1;
    if (i >= TYPE_CHARS.length) throw new Error('too many local types');
    return i;
  };
  localIndex(h.initial);
  let s = '';
  let prevT = EPOCH0;
  for (const tr of h.transitions) {
    const delta = tr.t - prevT;
    prevT = tr.t;
    if (delta % 3600 === 0) s += digits(delta / 3600);
    else if (delta % 60 === 0) s += `,${digits(delta / 60)}`;
    else s += `!${digits(delta)}`;
    s += TYPE_CHARS[localIndex(tr)];
  }
  return `${local.map((g) => g.toString(36)).join(',')}:${s}`;
}

const groups = new Map(); // encoded -> names
let transitionCount = 0;
for (const name of names) {
  const h = normaliseDst(history(name));
  transitionCount += h.transitions.length;
  const enc = encode(h);
  const g = groups.get(enc);
  if (g) g.push(name);
  else groups.set(enc, [name]);
}

// Group order: by first name, so that similar zones (America/...) are near each other for gzip.
const entries = [...groups.entries()].sort((a, b) => (a[1][0] < b[1][0] ? -1 : 1));
const zi = readFileSync(ZI, 'latin1');
const version = /^# version (\S+)/m.exec(zi)?.[1] ?? 'unknown';
const backzone = /^# ddeps.*\bbackzone\b/m.test(zi);
if (!backzone) console.warn('WARNING: this tzdata does not seem to include backzone');
if (process.versions.tz && process.versions.tz > version) {
  console.warn(`note: tzdata ${version} is older than this Node's ICU tz data (${process.versions.tz})`);
}

const wrap = (s, width = 100) => {
  const parts = [];
  for (let i = 0; i < s.length; i += width) parts.push(s.slice(i, i + width));
  return parts;
};
const q = (s) => {
  if (/['\\\n]/.test(s)) throw new Error('unquotable');
  return `'${s}'`;
};

const ts = `// biome-ignore-all format: generated data, one zone per line
// Generated by scripts/gen-tz-table.mjs from tzdata ${version}${backzone ? ' (with backzone)' : ''} via zdump. Do not edit.
// ${names.length} zone names, ${entries.length} distinct histories, ${transitionCount} transitions, ${FROM_YEAR}-${TO_YEAR - 1}.
// Format: see the header of scripts/gen-tz-table.mjs.

export const TZ_VERSION = ${q(version)};
/** Transitions cover [TZ_START, TZ_END) in UTC seconds (1800-01-01 to 2038-01-01). */
export const TZ_START = ${EPOCH0};
export const TZ_END = ${END};
export const TZ_DIGITS = ${q(DIGITS)};
export const TZ_TYPE_CHARS = ${q(TYPE_CHARS)};

/** 'offsetSeconds,isdst,abbreviation' separated by ';'. */
export const TZ_TYPES =
${wrap(types.join(';'))
  .map((l) => `  ${q(l)}`)
  .join(' +\n')};

/** One history per string, names first (see the header of scripts/gen-tz-table.mjs). */
export const TZ_ZONES: readonly string[] = [
${entries.map(([enc, n]) => `  ${q(`${n.join(',')}|${enc}`)},`).join('\n')}
];
`;
writeFileSync(OUT, ts);
const raw = Buffer.byteLength(ts);
const gz = gzipSync(ts, { level: 9 }).length;
console.log(
  `wrote ${OUT.pathname}: tzdata ${version}, ${names.length} names, ${entries.length} histories, ` +
    `${types.length} types, ${transitionCount} transitions; ${(raw / 1024).toFixed(1)} KB raw, ` +
    `${(gz / 1024).toFixed(1)} KB gzipped`,
);
if (SOURCE.endsWith('.zi')) rmSync(ZONEINFO, { recursive: true, force: true });
