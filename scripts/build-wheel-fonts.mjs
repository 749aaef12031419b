#!/usr/bin/env node
// `npm run fonts`: builds the fonts the PNG Worker bundles (workers/png/fonts/, committed).
//
// The PNG Worker renders PNG wheels from the SVG with resvg (WebAssembly), which has no system fonts: every
// glyph the wheel can draw must come from a bundled font, and the Worker must stay small. So this script
//   1. installs the pinned font packages below into a temporary folder (npm's ordinary client; they are
//      ~150 MB, too heavy to be devDependencies that every `npm install` fetches),
//   2. subsets each font with HarfBuzz (`subset-font`, a devDependency) to the characters the wheel draws:
//      zodiac and planet glyphs, digits and punctuation, Latin, Greek and Cyrillic (names, places and
//      labels), the Devanagari block, kana, the 3,755 most common Chinese characters (GB 2312 level 1,
//      which also covers most Japanese names' kanji) and every CJK character found in src/astro (the
//      wheel's translated labels, whatever languages are added later),
//   3. writes the TrueType subsets and fonts.json (sources, versions, sizes, covered code points).
// Run it again after adding labels in a new script or language; test/png.test.ts fails while a character
// of src/astro is not covered. The output is deterministic for the same inputs.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'workers', 'png', 'fonts');

/** The font packages (DejaVu: Bitstream Vera license; Noto: SIL Open Font License 1.1), pinned. */
const PACKAGES = {
  'dejavu-fonts-ttf': '2.37.3',
  '@expo-google-fonts/noto-sans-devanagari': '0.4.1',
  '@expo-google-fonts/noto-sans-sc': '0.4.3',
  '@expo-google-fonts/noto-sans-jp': '0.4.3',
};

/** The license each package ships, copied beside the subsets (both licenses require it). */
const LICENSES = {
  'dejavu-fonts-ttf': ['LICENSE', 'LICENSE-DejaVu.txt'],
  '@expo-google-fonts/noto-sans-devanagari': ['LICENSE_FONT', 'LICENSE-NotoSansDevanagari.txt'],
  '@expo-google-fonts/noto-sans-sc': ['LICENSE_FONT', 'LICENSE-NotoSansSC.txt'],
  '@expo-google-fonts/noto-sans-jp': ['LICENSE_FONT', 'LICENSE-NotoSansJP.txt'],
};

const range = (from, to) => {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
};

/** Characters of a two-byte legacy encoding's rows (94 cells each), decoded with the runtime's ICU. */
function legacyRows(encoding, leadFrom, leadTo, trailFrom = 0xa1, trailTo = 0xfe) {
  const decoder = new TextDecoder(encoding);
  let s = '';
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (let trail = trailFrom; trail <= trailTo; trail++) {
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if ([...c].length === 1 && c !== '\ufffd' && /\p{Script=Han}/u.test(c)) s += c;
    }
  }
  return s;
}

/** Every character of the given scripts in the string literals of src/astro (labels, translations). */
function sourceCharacters(pattern) {
  const found = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(name))
        for (const c of readFileSync(path, 'utf8')) if (pattern.test(c)) found.add(c);
    }
  };
  walk(join(root, 'src', 'astro'));
  return [...found].sort().join('');
}

const SYMBOLS = '♈♉♊♋♌♍♎♏♐♑♒♓☉☽☾☿♀♂♃♄♅♆♇☊☋⚸⚷⊗℞°′″·•–—…−±×÷≈≠≤≥∞';
const LATIN_GREEK_CYRILLIC =
  range(0x20, 0x7e) +
  range(0xa0, 0x24f) + // Latin-1, Latin Extended-A and -B
  range(0x300, 0x36f) + // combining diacritics
  range(0x370, 0x3ff) + // Greek
  range(0x400, 0x52f) + // Cyrillic and its supplement
  range(0x1e00, 0x1eff) + // Latin Extended Additional (Vietnamese...)
  range(0x2010, 0x205e) + // punctuation
  range(0x20a0, 0x20bf) + // currency signs
  range(0x2190, 0x2193) +
  SYMBOLS;
const DEVANAGARI = range(0x900, 0x97f) + range(0xa8e0, 0xa8ff) + range(0x1cd0, 0x1cff) + ' 0123456789.,:-()';
const CJK_PUNCTUATION = range(0x3000, 0x303f) + range(0xff01, 0xff5e) + '0123456789 .:·-';
const KANA = range(0x3041, 0x309f) + range(0x30a0, 0x30ff) + range(0x31f0, 0x31ff);
const HAN_COMMON = legacyRows('gb18030', 0xb0, 0xd7); // GB 2312 level 1: 3,755 characters
const HAN_SOURCE = sourceCharacters(/\p{Script=Han}/u);
const KANA_SOURCE = sourceCharacters(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);

/**
 * Output file → [package, file in the package, characters, closure]. `closure: false` leaves out glyphs that
 * only layout substitutions reach (vertical forms, alternates): Han and kana in horizontal text need none,
 * and the Chinese font shrinks by a fifth; Devanagari keeps them (its conjuncts are substitutions).
 */
const FONTS = {
  'DejaVuSans.ttf': ['dejavu-fonts-ttf', 'ttf/DejaVuSans.ttf', LATIN_GREEK_CYRILLIC],
  'DejaVuSans-Bold.ttf': ['dejavu-fonts-ttf', 'ttf/DejaVuSans-Bold.ttf', LATIN_GREEK_CYRILLIC],
  'NotoSansDevanagari.ttf': [
    '@expo-google-fonts/noto-sans-devanagari',
    '400Regular/NotoSansDevanagari_400Regular.ttf',
    DEVANAGARI,
  ],
  // Bold Devanagari (the wheel's name and bold labels): drawn by HarfBuzz in the PNG Worker
  // (workers/png/src/shape.ts), which has no synthetic bold.
  'NotoSansDevanagari-Bold.ttf': [
    '@expo-google-fonts/noto-sans-devanagari',
    '700Bold/NotoSansDevanagari_700Bold.ttf',
    DEVANAGARI,
  ],
  'NotoSansSC.ttf': [
    '@expo-google-fonts/noto-sans-sc',
    '400Regular/NotoSansSC_400Regular.ttf',
    HAN_COMMON + HAN_SOURCE + CJK_PUNCTUATION,
    false,
  ],
  // Japanese: kana and the kanji of the Japanese labels in Japanese shapes; other kanji fall back to the
  // Chinese font (same code points, slightly different shapes): a full Japanese set would double the size.
  'NotoSansJP.ttf': [
    '@expo-google-fonts/noto-sans-jp',
    '400Regular/NotoSansJP_400Regular.ttf',
    KANA + KANA_SOURCE + HAN_SOURCE + CJK_PUNCTUATION,
    false,
  ],
};

const work = mkdtempSync(join(tmpdir(), 'wheel-fonts-'));
try {
  console.log(`installing ${Object.keys(PACKAGES).length} font packages into ${work}`);
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--no-save',
      '--prefix',
      work,
      ...Object.entries(PACKAGES).map(([p, v]) => `${p}@${v}`),
    ],
    { stdio: 'inherit' },
  );
  mkdirSync(out, { recursive: true });
  const manifest = { generated_by: 'scripts/build-wheel-fonts.mjs', packages: PACKAGES, fonts: {} };
  for (const [file, [pkg, path, text, closure = true]] of Object.entries(FONTS)) {
    const source = readFileSync(join(work, 'node_modules', pkg, path));
    const subset = await subsetFont(source, text, { targetFormat: 'sfnt', noLayoutClosure: !closure });
    writeFileSync(join(out, file), subset);
    // What the subset really maps (read back from its cmap with HarfBuzz).
    const covered = [...new hb.Face(new hb.Blob(subset)).collectUnicodes()];
    manifest.fonts[file] = {
      package: `${pkg}@${PACKAGES[pkg]}`,
      source: path,
      bytes: subset.length,
      gzip_bytes: gzipSync(subset, { level: 9 }).length,
      characters: covered.length,
      code_points: compressRanges(covered),
    };
    console.log(`${file}: ${covered.length} characters, ${subset.length} bytes`);
  }
  for (const [pkg, [from, to]] of Object.entries(LICENSES)) {
    copyFileSync(join(work, 'node_modules', pkg, from), join(out, to));
  }
  writeFileSync(join(out, 'fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** "0020-007E 00A0-024F ...": the code points as hexadecimal ranges. */
function compressRanges(points) {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const ranges = [];
  for (const p of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === p - 1) last[1] = p;
    else ranges.push([p, p]);
  }
  const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join(' ');
}
