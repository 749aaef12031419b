/**
 * The chart wheel as a self-contained SVG string (no external references, no web fonts): zodiac ring
 * with element-tinted sign sectors, a degree scale, house cusps and numbers, the four angles, planets
 * with degree labels (spread apart when they crowd, with a marker at each true position) and aspect
 * lines; optionally the fixed stars outside the zodiac (a dot sized by magnitude; the name of each star
 * conjunct a point or angle). The Ascendant is drawn at 9 o'clock; without a birth time, 0° Aries is,
 * and no houses are drawn. Pure string rendering, deterministic.
 */
import { DEFAULT_ORBS, isDeclinationAspect } from './aspects';
import { AYANAMSA_NAMES } from './ayanamsa';
import { HOUSE_SYSTEM_NAMES } from './houses';
import { en } from './i18n/en';
import type { AnyPoint, Locale } from './i18n/locale';
import { type AspectName, type Chart, type ChartPoint, type Element, type Planet, SIGNS } from './types';

export type WheelTheme = 'light' | 'dark';

/** Which of the chart's fixed stars the wheel shows: none, those conjunct a point or angle, or all. */
export const WHEEL_STAR_MODES = ['none', 'conjunct', 'all'] as const;
export type WheelStarMode = (typeof WHEEL_STAR_MODES)[number];

export interface WheelOptions {
  /** Width and height in px, 200–2000 (clamped). Default 600. */
  size?: number;
  theme?: WheelTheme;
  /** Needs `chart.fixed_stars`; default none. Named stars are those conjunct a point or angle. */
  fixedStars?: WheelStarMode;
  /** The language of the title, description, header and footer. Default: English. */
  locale?: Locale;
}

export const WHEEL_MIN_SIZE = 200;
export const WHEEL_MAX_SIZE = 2000;
export const WHEEL_DEFAULT_SIZE = 600;
/** Minimum angular distance (degrees) between two planet glyphs after spreading. */
export const MIN_GLYPH_GAP = 8;

const VS15 = '\uFE0E'; // text presentation selector: never render as emoji
const SIGN_GLYPHS = ['♈', '♉', '♊', '♋', '♌', '♍', '♎', '♏', '♐', '♑', '♒', '♓'].map(
  (g) => g + VS15,
);
const POINT_GLYPHS: Record<string, string> = {
  sun: '☉',
  moon: '☽',
  mercury: '☿',
  venus: '♀',
  mars: '♂',
  jupiter: '♃',
  saturn: '♄',
  uranus: '♅',
  neptune: '♆',
  pluto: '♇',
  mean_node: '☊',
  true_node: '☊',
  south_node: '☋',
  mean_lilith: '⚸',
  true_lilith: '⚸',
  chiron: '⚷',
  part_of_fortune: '⊗',
  // Asteroids (issue 20).
  ceres: '⚳',
  pallas: '⚴',
  juno: '⚵',
  vesta: '⚶',
};
/** Points shown with a text label instead of a glyph. */
const POINT_TEXT: Record<string, string> = {
  vertex: 'Vx',
  east_point: 'EP',
  antivertex: 'AVx',
  part_of_spirit: 'Sp',
  part_of_eros: 'Er',
  part_of_necessity: 'Nc',
  part_of_courage: 'Co',
  part_of_victory: 'Vi',
  part_of_nemesis: 'Nm',
  pholus: 'Ph',
};
const ANGLE_TEXT: Record<string, string> = {
  ascendant: 'AC',
  midheaven: 'MC',
  descendant: 'DC',
  imum_coeli: 'IC',
};
const SIGN_ELEMENT: readonly Element[] = ['fire', 'earth', 'air', 'water'];

const FONT_STACK =
  "'DejaVu Sans','Segoe UI Symbol','Noto Sans Symbols 2','Noto Sans Symbols','Apple Symbols',sans-serif";

interface Palette {
  bg: string;
  ink: string;
  muted: string;
  line: string;
  ring: string;
  houseFill: string;
  centerFill: string;
  fill: Record<Element, string>;
  elementInk: Record<Element, string>;
  hard: string;
  soft: string;
  minor: string;
}

const THEMES: Record<WheelTheme, Palette> = {
  light: {
    bg: '#ffffff',
    ink: '#1d2230',
    muted: '#5f6675',
    line: '#a3a9b5',
    ring: '#454b5a',
    houseFill: '#f4f5f8',
    centerFill: '#ffffff',
    fill: { fire: '#fde4df', earth: '#e5eed8', air: '#fcf3cf', water: '#dce9f8' },
    elementInk: { fire: '#c0392b', earth: '#4f7a1f', air: '#a27c00', water: '#2766b0' },
    hard: '#d23a3a',
    soft: '#2a66cc',
    minor: '#2f9455',
  },
  dark: {
    bg: '#11131a',
    ink: '#e7e9f0',
    muted: '#a1a8b7',
    line: '#555c6c',
    ring: '#a5abb9',
    houseFill: '#181b24',
    centerFill: '#13151d',
    fill: { fire: '#3e2424', earth: '#253021', air: '#38331d', water: '#1d2c3e' },
    elementInk: { fire: '#ff8b7b', earth: '#a6d47a', air: '#f2d060', water: '#7cb9f7' },
    hard: '#ff6b6b',
    soft: '#6fa8ff',
    minor: '#5ccf8a',
  },
};

// Radii as fractions of the outer radius.
const R_ZODIAC_IN = 0.84;
const R_SIGN_GLYPH = 0.92;
const R_TICK_1 = R_ZODIAC_IN - 0.022;
const R_TICK_5 = R_ZODIAC_IN - 0.04;
const R_TICK_10 = R_ZODIAC_IN - 0.055;
const R_MARK_OUT = R_ZODIAC_IN - 0.004;
const R_MARK_IN = R_ZODIAC_IN - 0.064;
const R_GLYPH = 0.7;
const R_DEG = 0.61;
const R_SIGN_SMALL = 0.545;
const R_MIN = 0.483;
const R_RETRO = 0.432;
const R_HOUSE_OUT = 0.4;
const R_ASPECT_WITH_HOUSES = 0.325;
const R_AXIS_OUT = 1.045;
const R_AXIS_LABEL = 1.095;
// Fixed stars, outside the zodiac: a tick and a dot, a leader past the angle labels, the name read outwards.
const R_STAR_TICK = 1.03;
const R_STAR_DOT = 1.045;
const R_STAR_LEADER = 1.14;
const R_STAR_LABEL = 1.155;
/** Minimum angular distance between two star names after spreading (degrees). */
const STAR_LABEL_GAP = 3.2;

const HARD: ReadonlySet<AspectName> = new Set<AspectName>(['square', 'opposition']);
const SOFT: ReadonlySet<AspectName> = new Set<AspectName>(['trine', 'sextile']);
/** Orb at which an aspect line fades to its minimum opacity (the default orb for the others). */
const FADE_ORB: Partial<Record<AspectName, number>> = {
  conjunction: 10,
  opposition: 10,
  trine: 8,
  square: 8,
  sextile: 6,
  quincunx: 3,
  semi_sextile: 2,
  semi_square: 2,
  sesquiquadrate: 2,
  quintile: 2,
  bi_quintile: 2,
};

/** Escape text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number rounded to 2 decimals, without trailing zeros. */
function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

const norm = (x: number): number => ((x % 360) + 360) % 360;

/** Shortest angular distance between two longitudes (0–180). */
export function arcDistance(a: number, b: number): number {
  const d = norm(a - b);
  return d > 180 ? 360 - d : d;
}

/**
 * Spread longitudes apart so that neighbours are at least `gap` degrees apart (circularly), moving each
 * crowded group as little as possible: groups are centred on the mean of their true positions and merged
 * with neighbours until nothing overlaps. Returns the display longitudes in input order.
 */
export function spreadLongitudes(longitudes: readonly number[], gap: number = MIN_GLYPH_GAP): number[] {
  const n = longitudes.length;
  if (n === 0) return [];
  const g = Math.min(gap, 360 / n);
  const order = longitudes.map((l, i) => ({ i, l: norm(l) })).sort((a, b) => a.l - b.l || a.i - b.i);
  if (n === 1) return [order[0]?.l ?? 0];
  // Cut the circle at the widest empty arc, then work on a line.
  let cut = 0;
  let widest = -1;
  for (let k = 0; k < n; k++) {
    const cur = order[k]?.l ?? 0;
    const next = k + 1 < n ? (order[k + 1]?.l ?? 0) : (order[0]?.l ?? 0) + 360;
    if (next - cur > widest) {
      widest = next - cur;
      cut = (k + 1) % n;
    }
  }
  const items: { i: number; u: number }[] = [];
  for (let k = 0; k < n; k++) {
    const o = order[(cut + k) % n];
    if (!o) continue;
    const base = order[cut]?.l ?? 0;
    items.push({ i: o.i, u: o.l < base ? o.l + 360 : o.l });
  }
  type Cluster = { us: { i: number; u: number }[]; first: number };
  const place = (c: Cluster) => {
    const mean = c.us.reduce((s, x) => s + x.u, 0) / c.us.length;
    c.first = mean - ((c.us.length - 1) * g) / 2;
  };
  const clusters: Cluster[] = items.map((x) => ({ us: [x], first: x.u }));
  const eps = 1e-9;
  for (let guard = 0; guard < 4 * n + 8; guard++) {
    let merged = false;
    for (let k = 0; k + 1 < clusters.length; k++) {
      const a = clusters[k];
      const b = clusters[k + 1];
      if (!a || !b) continue;
      if (a.first + a.us.length * g > b.first + eps) {
        a.us.push(...b.us);
        place(a);
        clusters.splice(k + 1, 1);
        merged = true;
        break;
      }
    }
    if (!merged && clusters.length > 1) {
      // Across the cut: the last cluster against the first one, one turn later.
      const last = clusters[clusters.length - 1];
      const first = clusters[0];
      if (last && first && last.first + last.us.length * g > first.first + 360 + eps) {
        last.us.push(...first.us.map((x) => ({ i: x.i, u: x.u + 360 })));
        place(last);
        clusters.shift();
        merged = true;
      }
    }
    if (!merged) break;
  }
  const out = new Array<number>(n).fill(0);
  for (const c of clusters) {
    c.us.forEach((x, j) => {
      out[x.i] = norm(c.first + j * g);
    });
  }
  return out;
}

function pointLabel(name: string): { text: string; glyph: boolean } {
  const g = POINT_GLYPHS[name];
  if (g) return { text: g + VS15, glyph: true };
  const t = POINT_TEXT[name];
  if (t) return { text: t, glyph: false };
  const words = name.split('_').filter(Boolean);
  const abbr = words.length > 1 ? words.map((w) => w[0] ?? '').join('') : name.slice(0, 2);
  return { text: abbr.charAt(0).toUpperCase() + abbr.slice(1), glyph: false };
}

function elementOfLongitude(lon: number): Element {
  return SIGN_ELEMENT[Math.floor(norm(lon) / 30) % 4] ?? 'fire';
}

/** Degrees and minutes within the sign (truncated to the minute) and the sign index. */
function splitLongitude(lon: number): { deg: number; min: number; sign: number } {
  const total = Math.floor(norm(lon) * 60 + 1e-7);
  return { deg: Math.floor(total / 60) % 30, min: total % 60, sign: Math.floor(total / 1800) % 12 };
}

function formatLongitude(lon: number): string {
  const { deg, min, sign } = splitLongitude(lon);
  return `${deg}°${SIGN_GLYPHS[sign]}${String(min).padStart(2, '0')}′`;
}

function formatOffset(hours: number): string {
  const sign = hours < 0 ? '−' : '+';
  const m = Math.round(Math.abs(hours) * 60);
  const hh = Math.floor(m / 60);
  const mm = m % 60;
  return `UT${sign}${hh}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

function formatDate(chart: Chart, L: Locale): string {
  const s = chart.subject;
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(s.local_datetime ?? '');
  if (!m) return s.local_datetime ?? '';
  const date = L.wheel.date(Number(m[3]), Number(m[2]), m[1] ?? '');
  if (!s.time_known) return L.wheel.timeUnknown(date);
  if (!m[4]) return date;
  const zone = s.lmt ? 'LMT' : formatOffset(s.utc_offset ?? 0);
  return `${date}, ${m[4]}:${m[5]} ${zone}`;
}

function formatCoord(value: number, pos: string, neg: string): string {
  const a = Math.abs(value);
  const d = Math.floor(a);
  const mm = Math.floor((a - d) * 60);
  return `${d}°${String(mm).padStart(2, '0')}′${value < 0 ? neg : pos}`;
}

const pointName = (L: Locale, name: string): string =>
  (L.names.planets as Record<string, string>)[name] ??
  (L.names.points as Record<string, string>)[name as Exclude<AnyPoint, Planet>] ??
  name.replace(/_/g, ' ');

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : s;
}

/** Render a chart as an SVG wheel. */
export function renderWheel(chart: Chart, opts: WheelOptions = {}): string {
  const rawSize = Number.isFinite(opts.size) ? Number(opts.size) : WHEEL_DEFAULT_SIZE;
  const S = Math.round(Math.min(WHEEL_MAX_SIZE, Math.max(WHEEL_MIN_SIZE, rawSize)));
  const theme: WheelTheme = opts.theme === 'dark' ? 'dark' : 'light';
  const L = opts.locale ?? en;
  const W = L.wheel;
  const P = THEMES[theme];
  const starMode: WheelStarMode = chart.fixed_stars ? (opts.fixedStars ?? 'none') : 'none';
  const stars = (chart.fixed_stars ?? []).filter(
    (st) => starMode === 'all' || (starMode === 'conjunct' && st.conjunctions.length > 0),
  );
  // Room for the star names outside the wheel: a smaller wheel when they are drawn.
  const R = stars.length > 0 ? S * 0.35 : S * 0.425;
  const cx = S / 2;
  const cy = S / 2 + S * 0.005;
  const houses = chart.angles && chart.houses && chart.houses.length === 12 ? chart.houses : null;
  const angles = houses ? chart.angles : undefined;
  const rot = angles ? angles.ascendant : 0;
  // Without houses, the aspect circle takes the place of the house ring.
  const R_ASPECT = houses ? R_ASPECT_WITH_HOUSES : R_HOUSE_OUT;

  const xy = (lon: number, r: number): [number, number] => {
    const t = ((180 + lon - rot) * Math.PI) / 180;
    return [cx + r * R * Math.cos(t), cy - r * R * Math.sin(t)];
  };
  const at = (lon: number, r: number) => {
    const [x, y] = xy(lon, r);
    return `x="${num(x)}" y="${num(y)}"`;
  };
  const seg = (lon: number, r1: number, r2: number) => {
    const [x1, y1] = xy(lon, r1);
    const [x2, y2] = xy(lon, r2);
    return `x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}"`;
  };
  const fs = (k: number) => num(k * R);

  const name = chart.subject.full_name?.trim() || W.defaultName;
  const dateText = formatDate(chart, L);
  const place = chart.subject.place;
  const placeText = [place?.name, place?.country].filter(Boolean).join(', ');
  const coordText = `${formatCoord(chart.subject.latitude, 'N', 'S')} ${formatCoord(chart.subject.longitude, 'E', 'W')}`;
  const ayanamsa = chart.settings.ayanamsa;
  const zodiacText =
    chart.settings.zodiac === 'sidereal'
      ? W.sidereal(
          ayanamsa && ayanamsa !== 'user'
            ? (L.names.ayanamsas[ayanamsa] ?? AYANAMSA_NAMES[ayanamsa])
            : undefined,
        )
      : W.tropical;
  const hs = chart.settings.house_system;
  const systemText = houses && hs ? W.houses(L.names.houseSystems[hs] ?? HOUSE_SYSTEM_NAMES[hs]) : W.noHouses;

  const points = chart.points.filter((p) => Number.isFinite(p.longitude));
  const byName = new Map<string, ChartPoint>(points.map((p) => [p.name, p]));

  const o: string[] = [];
  o.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}" role="img" aria-label="${escapeXml(W.title(name, dateText))}" class="wheel wheel-${theme}">`,
  );
  o.push(`<title>${escapeXml(W.title(name, dateText))}</title>`);
  const signName = (lon: number) => L.names.signs[SIGNS[splitLongitude(lon).sign] ?? 'aries'];
  const desc = points
    .map((p) =>
      W.placement(pointName(L, p.name), splitLongitude(p.longitude).deg, signName(p.longitude), p.retrograde),
    )
    .join(W.listSeparator);
  const ascDesc = angles
    ? `${W.placement(L.names.angles.ascendant, splitLongitude(angles.ascendant).deg, signName(angles.ascendant), false)}${W.listSeparator}`
    : '';
  o.push(`<desc>${escapeXml(`${ascDesc}${desc}${W.fullStop}`)}</desc>`);
  const sw = (k: number) => num(Math.max(0.5, (k * S) / 600));
  o.push(
    `<style>text{font-family:${FONT_STACK};fill:${P.ink}}` +
      `.hd{font-size:${num(S * 0.03)}px;font-weight:bold}.sub{font-size:${num(S * 0.021)}px;fill:${P.muted}}` +
      `.rim{fill:none;stroke:${P.ring};stroke-width:${sw(1.2)}}.sign{stroke:${P.ring};stroke-width:${sw(0.8)}}` +
      `.tk{stroke:${P.ring};fill:none}.cusp{stroke:${P.line};stroke-width:${sw(0.8)}}` +
      `.axis{stroke:${P.ink};stroke-width:${sw(2.2)};stroke-linecap:round}.al{font-size:${fs(0.052)}px;font-weight:bold}` +
      `.hn{font-size:${fs(0.048)}px;fill:${P.muted}}.sg{font-size:${fs(0.09)}px}` +
      `.pg{font-size:${fs(0.082)}px}.pt{font-size:${fs(0.058)}px;font-weight:bold}` +
      `.pd{font-size:${fs(0.045)}px;font-weight:bold}.ps{font-size:${fs(0.045)}px}.pm{font-size:${fs(0.04)}px;fill:${P.muted}}` +
      `.pr{font-size:${fs(0.042)}px;fill:${P.hard};font-weight:bold}` +
      `.halo{paint-order:stroke;stroke:${P.bg};stroke-width:${sw(2.6)};stroke-linejoin:round}` +
      `.mk{stroke-width:${sw(2)};stroke-linecap:round}.cn{stroke:${P.muted};stroke-width:${sw(0.6)}}` +
      `.dot{fill:${P.ink}}.asp{stroke-width:${sw(1.1)};fill:none}` +
      `.aspect-hard{stroke:${P.hard}}.aspect-soft{stroke:${P.soft}}.aspect-minor{stroke:${P.minor};stroke-dasharray:${sw(4)} ${sw(3)}}` +
      `.star{fill:${P.ink}}.stk{stroke:${P.muted};stroke-width:${sw(0.7)}}.sn{font-size:${fs(0.043)}px;fill:${P.ink}}` +
      `</style>`,
  );
  o.push(`<rect width="${S}" height="${S}" fill="${P.bg}"/>`);

  // Header and footer.
  const pad = S * 0.022;
  o.push(`<text class="hd" x="${num(pad)}" y="${num(S * 0.042)}">${escapeXml(truncate(name, 34))}</text>`);
  o.push(
    `<text class="sub" x="${num(S - pad)}" y="${num(S * 0.042)}" text-anchor="end">${escapeXml(dateText)}</text>`,
  );
  o.push(
    `<text class="sub" x="${num(pad)}" y="${num(S - pad)}">${escapeXml(truncate(placeText ? `${placeText} · ${coordText}` : coordText, 44))}</text>`,
  );
  o.push(
    `<text class="sub" x="${num(S - pad)}" y="${num(S - pad)}" text-anchor="end">${escapeXml(`${zodiacText} · ${systemText}`)}</text>`,
  );

  // Zodiac ring: element-tinted sectors and sign glyphs.
  o.push('<g class="zodiac">');
  for (let i = 0; i < 12; i++) {
    const a = i * 30;
    const b = a + 30;
    const [x1, y1] = xy(a, 1);
    const [x2, y2] = xy(b, 1);
    const [x3, y3] = xy(b, R_ZODIAC_IN);
    const [x4, y4] = xy(a, R_ZODIAC_IN);
    const el = SIGN_ELEMENT[i % 4] ?? 'fire';
    o.push(
      `<path class="sign" fill="${P.fill[el]}" d="M${num(x1)} ${num(y1)}A${num(R)} ${num(R)} 0 0 0 ${num(x2)} ${num(y2)}L${num(x3)} ${num(y3)}A${num(R * R_ZODIAC_IN)} ${num(R * R_ZODIAC_IN)} 0 0 1 ${num(x4)} ${num(y4)}Z"/>`,
    );
    o.push(
      `<text class="sg" ${at(a + 15, R_SIGN_GLYPH)} dy=".35em" text-anchor="middle" style="fill:${P.elementInk[el]}">${SIGN_GLYPHS[i]}</text>`,
    );
  }
  o.push('</g>');

  // Inner discs: house ring and aspect circle.
  o.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(R * R_ZODIAC_IN)}" fill="${P.bg}" class="rim"/>`);
  if (houses) {
    o.push(
      `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(R * R_HOUSE_OUT)}" fill="${P.houseFill}" class="rim"/>`,
    );
  }
  o.push(
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(R * R_ASPECT)}" fill="${P.centerFill}" class="rim"/>`,
  );

  // Degree scale along the inner edge of the zodiac.
  const ticks: [string[], string[], string[]] = [[], [], []];
  for (let d = 0; d < 360; d++) {
    const kind = d % 10 === 0 ? 2 : d % 5 === 0 ? 1 : 0;
    const inner = kind === 2 ? R_TICK_10 : kind === 1 ? R_TICK_5 : R_TICK_1;
    const [x1, y1] = xy(d, R_ZODIAC_IN);
    const [x2, y2] = xy(d, inner);
    ticks[kind].push(`M${num(x1)} ${num(y1)}L${num(x2)} ${num(y2)}`);
  }
  o.push(`<path class="tk" stroke-width="${sw(0.45)}" d="${ticks[0].join('')}"/>`);
  o.push(`<path class="tk" stroke-width="${sw(0.75)}" d="${ticks[1].join('')}"/>`);
  o.push(`<path class="tk" stroke-width="${sw(1)}" d="${ticks[2].join('')}"/>`);

  // Houses: cusp lines across the planet band and numbers in the house ring.
  if (houses) {
    o.push('<g class="houses">');
    for (const h of houses) {
      o.push(`<line class="cusp" data-house="${h.number}" ${seg(h.cusp, R_ASPECT, R_ZODIAC_IN)}/>`);
    }
    for (let i = 0; i < 12; i++) {
      const a = houses[i]?.cusp ?? 0;
      const b = houses[(i + 1) % 12]?.cusp ?? 0;
      const mid = a + norm(b - a) / 2;
      o.push(
        `<text class="hn" ${at(mid, (R_ASPECT + R_HOUSE_OUT) / 2)} dy=".35em" text-anchor="middle">${houses[i]?.number ?? i + 1}</text>`,
      );
    }
    o.push('</g>');
  }

  // Aspect lines between true positions, coloured by type, fading with the orb.
  o.push('<g class="aspects">');
  for (const a of chart.aspects) {
    // A conjunction has no chord; parallels are of declination, not of longitude.
    if (a.aspect === 'conjunction' || isDeclinationAspect(a.aspect)) continue;
    const pa = byName.get(a.point_a);
    const pb = byName.get(a.point_b);
    if (!pa || !pb) continue;
    const kind = HARD.has(a.aspect) ? 'hard' : SOFT.has(a.aspect) ? 'soft' : 'minor';
    const fade = FADE_ORB[a.aspect] ?? DEFAULT_ORBS[a.aspect];
    const opacity = Math.max(0.25, Math.min(1, 1 - (0.75 * a.orb) / fade));
    const [x1, y1] = xy(pa.longitude, R_ASPECT);
    const [x2, y2] = xy(pb.longitude, R_ASPECT);
    o.push(
      `<line class="asp aspect-${kind}" data-aspect="${escapeXml(a.aspect)}" x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" opacity="${num(opacity)}"/>`,
    );
  }
  o.push('</g>');

  // The angles: thick axis lines through the wheel, with labels outside.
  if (angles) {
    o.push('<g class="angles">');
    const defs = [
      ['AC', angles.ascendant],
      ['MC', angles.midheaven],
      ['DC', angles.descendant],
      ['IC', angles.imum_coeli],
    ] as const;
    for (const [label, lon] of defs) {
      o.push(`<line class="axis" data-angle="${label}" ${seg(lon, R_ASPECT, R_AXIS_OUT)}/>`);
      o.push(
        `<text class="al halo" ${at(lon, R_AXIS_LABEL)} dy=".35em" text-anchor="middle">${label}</text>`,
      );
    }
    o.push('</g>');
  }

  // Planets: glyph and position label on a spread-out longitude, a marker at the true longitude.
  const shown = spreadLongitudes(points.map((p) => p.longitude));
  o.push('<g class="points">');
  points.forEach((p, i) => {
    const s = shown[i] ?? p.longitude;
    const el = elementOfLongitude(p.longitude);
    const { deg, min, sign } = splitLongitude(p.longitude);
    const label = pointLabel(p.name);
    o.push(
      `<g class="point" data-name="${escapeXml(p.name)}" data-lon="${num(p.longitude)}" data-shown="${num(s)}">`,
    );
    o.push(
      `<line class="mk true-marker" ${seg(p.longitude, R_MARK_OUT, R_MARK_IN)} style="stroke:${P.elementInk[el]}"/>`,
    );
    const [dx, dy] = xy(p.longitude, R_ASPECT);
    o.push(`<circle class="dot" cx="${num(dx)}" cy="${num(dy)}" r="${num(Math.max(1, S / 400))}"/>`);
    const [mx, my] = xy(p.longitude, R_MARK_IN);
    const [gx, gy] = xy(s, R_GLYPH + 0.045);
    o.push(`<line class="cn" x1="${num(mx)}" y1="${num(my)}" x2="${num(gx)}" y2="${num(gy)}"/>`);
    o.push(
      `<text class="${label.glyph ? 'pg' : 'pt'} halo" ${at(s, R_GLYPH)} dy=".35em" text-anchor="middle" style="fill:${P.elementInk[el]}">${escapeXml(label.text)}</text>`,
    );
    o.push(`<text class="pd halo" ${at(s, R_DEG)} dy=".35em" text-anchor="middle">${deg}°</text>`);
    o.push(
      `<text class="ps halo" ${at(s, R_SIGN_SMALL)} dy=".35em" text-anchor="middle" style="fill:${P.elementInk[el]}">${SIGN_GLYPHS[sign]}</text>`,
    );
    o.push(
      `<text class="pm halo" ${at(s, R_MIN)} dy=".35em" text-anchor="middle">${String(min).padStart(2, '0')}′</text>`,
    );
    if (p.retrograde)
      o.push(`<text class="pr halo" ${at(s, R_RETRO)} dy=".35em" text-anchor="middle">℞</text>`);
    o.push('</g>');
  });
  o.push('</g>');

  if (stars.length > 0) {
    // Dots sized by magnitude at the true longitude; names (conjunct stars only) spread apart and read outwards.
    o.push('<g class="fixed-stars">');
    const named = stars.filter((st) => st.conjunctions.length > 0);
    const spread = spreadLongitudes(
      named.map((st) => st.longitude),
      STAR_LABEL_GAP,
    );
    for (const st of stars) {
      const r = Math.max(0.9, (3.2 - st.magnitude) * 0.85) * (S / 600);
      const [x, y] = xy(st.longitude, R_STAR_DOT);
      o.push(
        `<g class="fixed-star" data-name="${escapeXml(st.name)}" data-lon="${num(st.longitude)}"><line class="stk" ${seg(st.longitude, 1, R_STAR_TICK)}/><circle class="star" cx="${num(x)}" cy="${num(y)}" r="${num(r)}"><title>${escapeXml(W.star(st.name, formatLongitude(st.longitude), st.magnitude))}</title></circle></g>`,
      );
    }
    named.forEach((st, i) => {
      const s = spread[i] ?? st.longitude;
      const [x1, y1] = xy(st.longitude, R_STAR_DOT + 0.02);
      const [x2, y2] = xy(s, R_STAR_LEADER);
      const [tx, ty] = xy(s, R_STAR_LABEL);
      // Screen angle of the radius (SVG degrees, clockwise); names on the left half are turned to stay upright.
      const screen = -(180 + s - rot);
      const left = Math.cos((screen * Math.PI) / 180) < 0;
      const with_ = st.conjunctions.map((c) => ANGLE_TEXT[c.point] ?? pointLabel(c.point).text).join(' ');
      o.push(
        `<line class="cn" x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}"/><text class="sn halo" x="${num(tx)}" y="${num(ty)}" dy=".35em" text-anchor="${left ? 'end' : 'start'}" transform="rotate(${num(left ? screen + 180 : screen)} ${num(tx)} ${num(ty)})">${escapeXml(`${st.name} ${with_}`)}</text>`,
      );
    });
    o.push('</g>');
  }

  if (angles) {
    o.push(
      `<text class="sub" x="${num(pad)}" y="${num(S - pad - S * 0.03)}">${escapeXml(`AC ${formatLongitude(angles.ascendant)}  MC ${formatLongitude(angles.midheaven)}`)}</text>`,
    );
  }
  o.push('</svg>');
  return o.join('');
}
