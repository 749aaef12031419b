/**
 * Italiano: i testi dei calendari (vedi ../calendar-locale.ts). Nei titoli la forma delle letture del tempo
 * («Saturno in quadratura con la Luna natale»), con articoli e accordi di genere (Venere retrograda, torna
 * diretta); nelle descrizioni frasi intere, e il transito riprende il titolo e la finestra d’orbita delle letture.
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';
import { it } from '../it';
import { cap, dal, FEMININE, il, itTransits, the } from '../transits/it';
import { pointName, transitDescription, utcMoment } from './common';

const N = it.names;
const at = (iso: string) => utcMoment(it, iso);
/** 352.55 → «22°33′ Pesci». */
const position = (longitude: number) => `${degreesInSign(longitude)} ${N.signs[signOf(longitude)]}`;
/** «retrogrado», «retrograda» (Venere, la Luna, Lilith): the adjective agrees with the name. */
const agree = (name: string, masculine: string, feminine: string) =>
  FEMININE.has(name) ? feminine : masculine;

const PHASES = {
  new_moon: 'Luna nuova',
  first_quarter: 'Primo quarto',
  full_moon: 'Luna piena',
  last_quarter: 'Ultimo quarto',
} as const;
const KINDS = { solar: 'solare', lunar: 'lunare' } as const;
/** «eclissi» is feminine: «ibrida». */
const SUBTYPES = {
  total: 'totale',
  annular: 'anulare',
  hybrid: 'ibrida',
  partial: 'parziale',
  penumbral: 'penombrale',
} as const;

export const itCalendar: CalendarWords = {
  tag: 'it',
  transit: (h) => {
    const body = pointName(it, h.transiting);
    return {
      summary: `${cap(the(body))}${h.retrograde ? ` ${agree(body, 'retrogrado', 'retrograda')}` : ''} in ${N.aspects[h.aspect]} con ${the(pointName(it, h.natal))} natale`,
      description: transitDescription(it, itTransits, h),
    };
  },
  ingress: (e) => {
    const body = N.planets[e.body];
    return {
      summary: `${cap(the(body))} entra in ${N.signs[e.sign]}${e.retrograde ? ` (${agree(body, 'retrogrado', 'retrograda')})` : ''}`,
      description: `${cap(the(body))} entra in ${N.signs[e.sign]} ${il(at(e.at))}${e.retrograde ? ', in moto retrogrado' : ''}.`,
    };
  },
  station: (e) => {
    const body = N.planets[e.body];
    const turn =
      e.direction === 'retrograde'
        ? `diventa ${agree(body, 'retrogrado', 'retrograda')}`
        : `torna ${agree(body, 'diretto', 'diretta')}`;
    return {
      summary: `${body} ${turn}`,
      description: `${body} si ferma a ${position(e.longitude)} e ${turn} ${il(at(e.at))}.`,
    };
  },
  lunation: (e) => ({
    summary: `${PHASES[e.phase]} in ${N.signs[signOf(e.longitude)]}`,
    description: `${PHASES[e.phase]} a ${position(e.longitude)}, ${il(at(e.at))}.`,
  }),
  eclipse: (e) => {
    const what = `Eclissi ${KINDS[e.kind]} ${SUBTYPES[e.subtype]}`;
    return { summary: what, description: `${what}: massimo dell’eclissi ${il(at(e.at))}.` };
  },
  voidOfCourse: (e) => ({
    summary: 'Luna fuori corso',
    description: `${
      e.last_aspect
        ? `Dopo l’ultimo aspetto (${N.aspects[e.last_aspect.aspect]} con ${the(N.planets[e.last_aspect.body])}), la Luna`
        : 'Senza più aspetti dal suo ingresso nel segno, la Luna'
    } è fuori corso ${dal(at(e.start))} fino al passaggio nel segno successivo, ${il(at(e.end))}.`,
  }),
  categories: {
    transit: 'Transito',
    ingress: 'Ingresso',
    station: 'Stazione',
    lunation: 'Lunazione',
    eclipse: 'Eclissi',
    void_of_course: 'Luna fuori corso',
  },
  calendarDescription: (subject) =>
    `Transiti esatti ed eventi celesti ${subject ? `per il tema natale di ${subject}` : 'per questo tema natale'}, da Stellar Edge.`,
  defaultName: (chartName) => `${chartName ?? 'Tema natale'}: transiti`,
};
