/**
 * The words the English-leak checks of the language tests share (test/astro/i18n.test.ts for every text a
 * language can produce, test/calendars-lang.test.ts for whole calendar feeds).
 */

/**
 * ASCII words a language shares with English on purpose: names that are the same in both (signs, planets,
 * house systems, ayanamsas), the zone and unit abbreviations, and the JSON of a field the API names.
 */
export const SHARED: ReadonlySet<string> = new Set([
  'aries',
  'leo',
  'virgo',
  'libra',
  'venus',
  'mars',
  'pluto',
  'neptune',
  'uranus',
  'jupiter',
  'saturn',
  'mercury',
  'placidus',
  'koch',
  'regiomontanus',
  'campanus',
  'alcabitius',
  'morinus',
  'porphyry',
  'lahiri',
  'fagan',
  'bradley',
  'raman',
  'krishnamurti',
  'lilith',
  'vertex',
  'stellium',
  'chiron',
  'dst',
  'false',
  'lmt',
  'utc',
  // The product's name (calendar feeds name it).
  'stellar',
  'edge',
]);

/**
 * Words of each language that are spelled like an English word of the corpus (cognates such as "ideas",
 * "natural"): reviewed one by one, each is a word of that language in the sense used. Anything else the
 * tests find in common with English is a leak.
 */
export const COGNATES: Readonly<Record<string, string>> = {
  es: 'adaptable base cardinal central contra control crisis debate describe eclipse ego era familiar focal idea ideal ideas intangible lunar material may mental mutable natal natural original penumbral personal protector real romance social solar surge tangible total tropical verbal visible vulnerable',
  de: 'all also art chance chaos detail details element emotional fair fairness fast fix form generation hand ideal ideals information initiative inspiration intuition kinder last loyal meditation moment opposition partner planet probe quadrant quincunx sport station still talent tradition transit warm was will',
  pt: 'age base cardinal central chance chances contra crises debate define eclipse ego familiar focal ideal lunar material mental move natal natural original out penumbral real romance set social solar surge total tropical use verbal',
  it: 'agile all base care cause come culture era far fine idea immediate include intense mature novile pace partner quintile routine set sport versatile',
  fr: 'accent accidents action adaptable affection agile air ambition angles arrive art ascendant aspect aspects attention balance base but cancer capable cardinal causes centre chance chances change changes chaos collective combative communication compassion concentration confrontation confusion contact conversation conversations conviction courage course crises cultures descendant dialogue direct direction discipline dominant effort efforts ego endurance exact expansion expression face fatigue focal force forge fortune friction front frustration gain grand horizon horizons humour illusions image images imagination impatience impatient imperfection impression influence information initiative initiatives innovation inspiration inspire instinct instincts institutions intangible intellect intelligence intense intuition intuitions intuitive investigation justice large lie long messages met moment mutable natal nature novile obsession obstacles occasion opposition organiser orientation original pair part participation parties passion patience patient pays perspective philosophies place plan point points positions possible pour protection public quadrant question questions quintile rare relations respect routines semi septile service sextile situations six social solitude source sources sport station structure structures suit surface surprises table talent talents tangible tend tension tradition transformation transformations transit transitions transits tropical vague visible vision vocation',
};

/** Lower-case words of three letters or more written in ASCII letters only ("más" is no "m" + "s"). */
export const asciiWords = (text: string): string[] =>
  (text.match(/\p{L}+/gu) ?? []).filter((w) => /^[A-Za-z]{3,}$/.test(w)).map((w) => w.toLowerCase());
