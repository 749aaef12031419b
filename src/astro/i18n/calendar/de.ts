/**
 * Deutsch: die Texte der Kalender (siehe ../calendar-locale.ts). Astrologische Kurzschreibweise in den Titeln
 * («Saturn Quadrat Mond im Radix»), ganze Sätze in den Beschreibungen; der Transit übernimmt Überschrift und
 * Orbis-Fenster der Zeitdeutungen. Die Zeichen stehen mit ihrem Artikel im richtigen Fall: «tritt in den Löwen
 * ein», «Vollmond in der Jungfrau».
 */
import type { Sign } from '../../types';
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';
import { de, IN_SIGN } from '../de';
import { deTransits } from '../transits/de';
import { pointName, transitDescription, utcMoment } from './common';

const N = de.names;
const at = (iso: string) => utcMoment(de, iso);
/** 352.55 → «22°33′ Fische». */
const position = (longitude: number) => `${degreesInSign(longitude)} ${N.signs[signOf(longitude)]}`;
/** Sonne und Mond mit Artikel, die Planeten ohne. */
const SUBJECT: Partial<Record<string, string>> = {
  sun: `Die ${N.planets.sun}`,
  moon: `Der ${N.planets.moon}`,
};
const subjectOf = (key: keyof typeof N.planets) => SUBJECT[key] ?? N.planets[key];
/** «Quadrat zu Saturn», «Trigon zur Sonne». */
const toPlanet = (key: keyof typeof N.planets) =>
  key === 'sun' ? `zur ${N.planets.sun}` : `zu ${N.planets[key]}`;

/** Das Zeichen im Akkusativ nach «tritt in … ein». */
const INTO: Record<Sign, string> = {
  aries: 'den Widder',
  taurus: 'den Stier',
  gemini: 'die Zwillinge',
  cancer: 'den Krebs',
  leo: 'den Löwen',
  virgo: 'die Jungfrau',
  libra: 'die Waage',
  scorpio: 'den Skorpion',
  sagittarius: 'den Schützen',
  capricorn: 'den Steinbock',
  aquarius: 'den Wassermann',
  pisces: 'die Fische',
};
const PHASES = {
  new_moon: 'Neumond',
  first_quarter: 'Zunehmender Halbmond',
  full_moon: 'Vollmond',
  last_quarter: 'Abnehmender Halbmond',
} as const;
const NOUNS = { solar: 'Sonnenfinsternis', lunar: 'Mondfinsternis' } as const;
const SUBTYPES = {
  total: 'Totale',
  annular: 'Ringförmige',
  hybrid: 'Hybride',
  partial: 'Partielle',
  penumbral: 'Halbschatten-',
} as const;

export const deCalendar: CalendarWords = {
  tag: 'de',
  transit: (h) => ({
    summary: `${pointName(de, h.transiting)}${h.retrograde ? ' (rückläufig)' : ''} ${N.aspects[h.aspect]} ${pointName(de, h.natal)} im Radix`,
    description: transitDescription(de, deTransits, h),
  }),
  ingress: (e) => ({
    summary: `${subjectOf(e.body)} tritt in ${INTO[e.sign]} ein${e.retrograde ? ' (rückläufig)' : ''}`,
    description: `${subjectOf(e.body)} tritt am ${at(e.at)}${e.retrograde ? ' rückläufig' : ''} in ${INTO[e.sign]} ein.`,
  }),
  station: (e) => {
    const becomes = e.direction === 'retrograde' ? 'rückläufig' : 'direktläufig';
    return {
      summary: `${N.planets[e.body]} wird ${becomes}`,
      description: `${N.planets[e.body]} wird am ${at(e.at)} auf ${position(e.longitude)} ${becomes}.`,
    };
  },
  lunation: (e) => ({
    summary: `${PHASES[e.phase]} ${IN_SIGN[signOf(e.longitude)]}`,
    description: `${PHASES[e.phase]} am ${at(e.at)} auf ${position(e.longitude)}.`,
  }),
  eclipse: (e) => {
    const sub = SUBTYPES[e.subtype];
    const what = sub.endsWith('-') ? `${sub}${NOUNS[e.kind]}` : `${sub} ${NOUNS[e.kind]}`;
    return { summary: what, description: `${what}: Maximum der Finsternis am ${at(e.at)}.` };
  },
  voidOfCourse: (e) => {
    const span = `ab dem ${at(e.start)} ohne Kurs, bis er am ${at(e.end)} in das nächste Zeichen wechselt.`;
    return {
      summary: 'Mond ohne Kurs',
      description: e.last_aspect
        ? `Nach seinem letzten Aspekt (${N.aspects[e.last_aspect.aspect]} ${toPlanet(e.last_aspect.body)}) ist der Mond ${span}`
        : `Der Mond bildet nach seinem Zeichenwechsel keinen Aspekt und ist ${span}`,
    };
  },
  categories: {
    transit: 'Transit',
    ingress: 'Zeichenwechsel',
    station: 'Station',
    lunation: 'Mondphase',
    eclipse: 'Finsternis',
    void_of_course: 'Mond ohne Kurs',
  },
  calendarDescription: (subject) =>
    `Exakte Transite und Himmelsereignisse ${subject ? `für das Horoskop von ${subject}` : 'für dieses Horoskop'}, von Stellar Edge.`,
  defaultName: (chartName) => `${chartName ?? 'Horoskop'}: Transite`,
};
