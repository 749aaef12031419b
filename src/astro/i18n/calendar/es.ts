/**
 * Español: los textos de los calendarios (véase ../calendar-locale.ts). Notación astrológica en los títulos
 * («Saturno cuadratura Luna natal»), frases completas en las descripciones; el tránsito reutiliza el titular y la
 * ventana de orbe de las lecturas del tiempo (tuteo, como ellas).
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';
import { es } from '../es';
import { esTransits } from '../transits/es';
import { pointName, transitDescription, utcMoment } from './common';

const N = es.names;
const at = (iso: string) => utcMoment(es, iso);
/** 352.55 → «22°33′ de Piscis». */
const position = (longitude: number) => `${degreesInSign(longitude)} de ${N.signs[signOf(longitude)]}`;
/** Lilith (media o verdadera) es femenina: «Lilith media retrógrada». */
const retrograde = (key: string) => (key.endsWith('lilith') ? 'retrógrada' : 'retrógrado');
/** El Sol y la Luna llevan artículo como sujeto («La Luna entra en Aries»); los planetas, no. */
const SUBJECT: Partial<Record<string, string>> = { sun: `El ${N.planets.sun}`, moon: `La ${N.planets.moon}` };
const subjectOf = (key: keyof typeof N.planets) => SUBJECT[key] ?? N.planets[key];
/** El Sol lleva artículo tras una preposición («con el Sol»); los planetas, no. */
const withArticle = (key: string) => (key === 'sun' ? `el ${N.planets.sun}` : pointName(es, key));

const PHASES = {
  new_moon: 'Luna nueva',
  first_quarter: 'Cuarto creciente',
  full_moon: 'Luna llena',
  last_quarter: 'Cuarto menguante',
} as const;
/** «Eclipse solar total»: the noun, then its kind and its type. */
const KINDS = { solar: 'solar', lunar: 'lunar' } as const;
const SUBTYPES = {
  total: 'total',
  annular: 'anular',
  hybrid: 'híbrido',
  partial: 'parcial',
  penumbral: 'penumbral',
} as const;

export const esCalendar: CalendarWords = {
  tag: 'es',
  transit: (h) => ({
    summary: `${pointName(es, h.transiting)}${h.retrograde ? ` ${retrograde(h.transiting)}` : ''} ${N.aspects[h.aspect]} ${pointName(es, h.natal)} natal`,
    description: transitDescription(es, esTransits, h),
  }),
  ingress: (e) => ({
    summary: `${subjectOf(e.body)} entra en ${N.signs[e.sign]}${e.retrograde ? ' (retrógrado)' : ''}`,
    description: `${subjectOf(e.body)} entra en ${N.signs[e.sign]} el ${at(e.at)}${e.retrograde ? ', en movimiento retrógrado' : ''}.`,
  }),
  station: (e) =>
    e.direction === 'retrograde'
      ? {
          summary: `${N.planets[e.body]} inicia su retrogradación`,
          description: `${N.planets[e.body]} se detiene a ${position(e.longitude)} e inicia su retrogradación el ${at(e.at)}.`,
        }
      : {
          summary: `${N.planets[e.body]} retoma el movimiento directo`,
          description: `${N.planets[e.body]} se detiene a ${position(e.longitude)} y retoma el movimiento directo el ${at(e.at)}.`,
        },
  lunation: (e) => ({
    summary: `${PHASES[e.phase]} en ${N.signs[signOf(e.longitude)]}`,
    description: `${PHASES[e.phase]} a ${position(e.longitude)}, el ${at(e.at)}.`,
  }),
  eclipse: (e) => {
    const what = `Eclipse ${KINDS[e.kind]} ${SUBTYPES[e.subtype]}`;
    return { summary: what, description: `${what}: máximo del eclipse el ${at(e.at)}.` };
  },
  voidOfCourse: (e) => ({
    summary: 'Luna vacía de curso',
    description: `La Luna queda vacía de curso ${
      e.last_aspect
        ? `tras su último aspecto (${N.aspects[e.last_aspect.aspect]} con ${withArticle(e.last_aspect.body)})`
        : 'desde su entrada en el signo'
    } el ${at(e.start)}, hasta que entra en el signo siguiente el ${at(e.end)}.`,
  }),
  categories: {
    transit: 'Tránsito',
    ingress: 'Ingreso',
    station: 'Estación',
    lunation: 'Lunación',
    eclipse: 'Eclipse',
    void_of_course: 'Luna vacía de curso',
  },
  calendarDescription: (subject) =>
    `Tránsitos exactos y fenómenos celestes ${subject ? `para la carta de ${subject}` : 'para esta carta natal'}, por Stellar Edge.`,
  defaultName: (chartName) => `${chartName ?? 'Carta natal'}: tránsitos`,
};
