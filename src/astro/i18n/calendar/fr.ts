/**
 * Français : les textes des calendriers (voir ../calendar-locale.ts). Notation astrologique dans les titres
 * (« Saturne carré Lune natale », accordée au genre du point natal), phrases entières dans les descriptions ; le
 * transit reprend le titre et la fenêtre d’orbe des lectures du temps (tutoiement, comme elles). Espaces
 * insécables devant « : » comme dans tout le français du projet.
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';
import { fr } from '../fr';
import { FEMININE, frTransits, typo } from '../transits/fr';
import { pointName, transitDescription, utcMoment } from './common';

const N = fr.names;
const at = (iso: string) => utcMoment(fr, iso);
/** 352.55 → « 22°33′ Poissons ». */
const position = (longitude: number) => `${degreesInSign(longitude)} ${N.signs[signOf(longitude)]}`;
/** Le Soleil et la Lune prennent l’article ; les planètes, non. */
const SUBJECT: Partial<Record<string, string>> = { sun: `Le ${N.planets.sun}`, moon: `La ${N.planets.moon}` };
const subjectOf = (key: keyof typeof N.planets) => SUBJECT[key] ?? N.planets[key];
/** « carré à Saturne », « trigone au Soleil ». */
const toPlanet = (key: keyof typeof N.planets) =>
  key === 'sun' ? `au ${N.planets.sun}` : `à ${N.planets[key]}`;
/** « le thème d’Albert Einstein », « le thème de Marie Curie ». */
const of = (name: string) => (/^[AEIOUYÀÂÉÈÊÎÔaeiouy]/.test(name) ? `d’${name}` : `de ${name}`);

const PHASES = {
  new_moon: 'Nouvelle Lune',
  first_quarter: 'Premier quartier',
  full_moon: 'Pleine Lune',
  last_quarter: 'Dernier quartier',
} as const;
const KINDS = { solar: 'solaire', lunar: 'lunaire' } as const;
const SUBTYPES = {
  total: 'totale',
  annular: 'annulaire',
  hybrid: 'hybride',
  partial: 'partielle',
  penumbral: 'pénombrale',
} as const;

export const frCalendar: CalendarWords = {
  tag: 'fr',
  transit: (h) => {
    const natal = pointName(fr, h.natal);
    return {
      summary: `${pointName(fr, h.transiting)}${h.retrograde ? ' rétrograde' : ''} ${N.aspects[h.aspect]} ${natal} ${FEMININE.has(natal) ? 'natale' : 'natal'}`,
      description: transitDescription(fr, frTransits, h),
    };
  },
  ingress: (e) => ({
    summary: `${subjectOf(e.body)} entre en ${N.signs[e.sign]}${e.retrograde ? ' (rétrograde)' : ''}`,
    description: `${subjectOf(e.body)} entre en ${N.signs[e.sign]} le ${at(e.at)}${e.retrograde ? ', en mouvement rétrograde' : ''}.`,
  }),
  station: (e) =>
    e.direction === 'retrograde'
      ? {
          summary: `${N.planets[e.body]} devient rétrograde`,
          description: `${N.planets[e.body]} stationne à ${position(e.longitude)} et devient rétrograde le ${at(e.at)}.`,
        }
      : {
          summary: `${N.planets[e.body]} reprend sa marche directe`,
          description: `${N.planets[e.body]} stationne à ${position(e.longitude)} et reprend sa marche directe le ${at(e.at)}.`,
        },
  lunation: (e) => ({
    summary: `${PHASES[e.phase]} en ${N.signs[signOf(e.longitude)]}`,
    description: `${PHASES[e.phase]} à ${position(e.longitude)}, le ${at(e.at)}.`,
  }),
  eclipse: (e) => {
    const what = `Éclipse ${KINDS[e.kind]} ${SUBTYPES[e.subtype]}`;
    return { summary: what, description: typo(`${what} : maximum de l’éclipse le ${at(e.at)}.`) };
  },
  voidOfCourse: (e) => ({
    summary: 'Lune vide de course',
    description: `${
      e.last_aspect
        ? `Après son dernier aspect (${N.aspects[e.last_aspect.aspect]} ${toPlanet(e.last_aspect.body)}), la Lune`
        : 'Sans aucun aspect depuis son entrée dans le signe, la Lune'
    } est vide de course à partir du ${at(e.start)}, jusqu’à son passage dans le signe suivant le ${at(e.end)}.`,
  }),
  categories: {
    transit: 'Transit',
    ingress: 'Ingrès',
    station: 'Station',
    lunation: 'Lunaison',
    eclipse: 'Éclipse',
    void_of_course: 'Lune vide de course',
  },
  calendarDescription: (subject) =>
    `Transits exacts et événements célestes ${subject ? `pour le thème ${of(subject)}` : 'pour ce thème natal'}, par Stellar Edge.`,
  defaultName: (chartName) => typo(`${chartName ?? 'Thème natal'} : transits`),
};
