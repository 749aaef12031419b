/**
 * Português (do Brasil, como os nomes de ../pt.ts: Vênus, Netuno): os textos dos calendários (veja
 * ../calendar-locale.ts). Notação astrológica nos títulos («Saturno quadratura Lua natal»), frases completas nas
 * descrições; o trânsito reutiliza a manchete e a janela de orbe das leituras do tempo.
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';
import { pt } from '../pt';
import { ptTransits } from '../transits/pt';
import { pointName, transitDescription, utcMoment } from './common';

const N = pt.names;
const at = (iso: string) => utcMoment(pt, iso);
/** 352.55 → «22°33′ de Peixes». */
const position = (longitude: number) => `${degreesInSign(longitude)} de ${N.signs[signOf(longitude)]}`;
/** Vênus e Lilith (média ou verdadeira) são femininas: «Vênus retrógrada», «Lilith média retrógrada». */
const feminine = (key: string) => key === 'venus' || key.endsWith('lilith');
const retrograde = (key: string) => (feminine(key) ? 'retrógrada' : 'retrógrado');
/** O Sol e a Lua levam artigo como sujeito («A Lua entra em Áries»); os planetas, não. */
const SUBJECT: Partial<Record<string, string>> = { sun: `O ${N.planets.sun}`, moon: `A ${N.planets.moon}` };
const subjectOf = (key: keyof typeof N.planets) => SUBJECT[key] ?? N.planets[key];
/** O Sol leva artigo depois de «com» («com o Sol»); os planetas, não. */
const withArticle = (key: string) => (key === 'sun' ? `o ${N.planets.sun}` : pointName(pt, key));

const PHASES = {
  new_moon: 'Lua nova',
  first_quarter: 'Quarto crescente',
  full_moon: 'Lua cheia',
  last_quarter: 'Quarto minguante',
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

export const ptCalendar: CalendarWords = {
  tag: 'pt',
  transit: (h) => ({
    summary: `${pointName(pt, h.transiting)}${h.retrograde ? ` ${retrograde(h.transiting)}` : ''} ${N.aspects[h.aspect]} ${pointName(pt, h.natal)} natal`,
    description: transitDescription(pt, ptTransits, h),
  }),
  ingress: (e) => ({
    summary: `${subjectOf(e.body)} entra em ${N.signs[e.sign]}${e.retrograde ? ` (${retrograde(e.body)})` : ''}`,
    description: `${subjectOf(e.body)} entra em ${N.signs[e.sign]} em ${at(e.at)}${e.retrograde ? ', em movimento retrógrado' : ''}.`,
  }),
  station: (e) =>
    e.direction === 'retrograde'
      ? {
          summary: `${N.planets[e.body]} fica ${retrograde(e.body)}`,
          description: `${N.planets[e.body]} estaciona a ${position(e.longitude)} e inicia o movimento retrógrado em ${at(e.at)}.`,
        }
      : {
          summary: `${N.planets[e.body]} volta ao movimento direto`,
          description: `${N.planets[e.body]} estaciona a ${position(e.longitude)} e volta ao movimento direto em ${at(e.at)}.`,
        },
  lunation: (e) => ({
    summary: `${PHASES[e.phase]} em ${N.signs[signOf(e.longitude)]}`,
    description: `${PHASES[e.phase]} a ${position(e.longitude)}, em ${at(e.at)}.`,
  }),
  eclipse: (e) => {
    const what = `Eclipse ${KINDS[e.kind]} ${SUBTYPES[e.subtype]}`;
    return { summary: what, description: `${what}: máximo do eclipse em ${at(e.at)}.` };
  },
  voidOfCourse: (e) => ({
    summary: 'Lua fora de curso',
    description: `A Lua fica fora de curso ${
      e.last_aspect
        ? `após seu último aspecto (${N.aspects[e.last_aspect.aspect]} com ${withArticle(e.last_aspect.body)})`
        : 'desde sua entrada no signo'
    } em ${at(e.start)}, até entrar no signo seguinte, em ${at(e.end)}.`,
  }),
  categories: {
    transit: 'Trânsito',
    ingress: 'Ingresso',
    station: 'Estação',
    lunation: 'Lunação',
    eclipse: 'Eclipse',
    void_of_course: 'Lua fora de curso',
  },
  calendarDescription: (subject) =>
    `Trânsitos exatos e eventos celestes ${subject ? `para o mapa de ${subject}` : 'para este mapa natal'}, pela Stellar Edge.`,
  defaultName: (chartName) => `${chartName ?? 'Mapa natal'}: trânsitos`,
};
