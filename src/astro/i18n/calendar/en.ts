/**
 * English calendar feed texts: the wording feeds had before they had languages, kept byte for byte
 * (test/calendars-lang.test.ts pins a whole feed). Names are the API's keys in title case.
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';

const title = (snake: string) =>
  snake
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
const aspectWord = (a: string) => a.replace(/_/g, '-');
const minuteText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
/** 283.5722 → "13°34′ Capricorn". */
function position(longitude: number): string {
  return `${degreesInSign(longitude)} ${title(signOf(longitude))}`;
}
const PHASES: Record<string, string> = {
  new_moon: 'New Moon',
  first_quarter: 'First quarter Moon',
  full_moon: 'Full Moon',
  last_quarter: 'Last quarter Moon',
};

export const enCalendar: CalendarWords = {
  tag: 'en',
  transit: (h, subject) => {
    const body = title(h.transiting);
    const retro = h.retrograde ? ' (retrograde)' : '';
    const orb =
      h.enters_orb_at || h.leaves_orb_at
        ? `In orb from ${h.enters_orb_at ? minuteText(h.enters_orb_at) : 'before the searched span'} until ${h.leaves_orb_at ? minuteText(h.leaves_orb_at) : 'after the searched span'}.`
        : 'The orb window lies beyond the searched span.';
    return {
      summary: `${body}${retro} ${aspectWord(h.aspect)} natal ${title(h.natal)}`,
      description: [
        `Transiting ${body}${retro} is exactly ${aspectWord(h.aspect)} the natal ${title(h.natal)} of ${subject ?? 'the chart'} at ${minuteText(h.exact_at)}.`,
        orb,
      ].join('\n'),
    };
  },
  ingress: (e) => ({
    summary: `${title(e.body)} enters ${title(e.sign)}${e.retrograde ? ' (retrograde)' : ''}`,
    description: `${title(e.body)} enters ${title(e.sign)} at ${minuteText(e.at)}${e.retrograde ? ', moving retrograde' : ''}.`,
  }),
  station: (e) => ({
    summary: `${title(e.body)} stations ${e.direction}`,
    description: `${title(e.body)} stations ${e.direction} at ${position(e.longitude)}, ${minuteText(e.at)}.`,
  }),
  lunation: (e) => {
    const phase = PHASES[e.phase] ?? title(e.phase);
    return {
      summary: `${phase} in ${title(signOf(e.longitude))}`,
      description: `${phase} at ${position(e.longitude)}, ${minuteText(e.at)}.`,
    };
  },
  eclipse: (e) => {
    const what = `${title(e.subtype)} ${e.kind} eclipse`;
    return { summary: what, description: `${what}: greatest eclipse at ${minuteText(e.at)}.` };
  },
  voidOfCourse: (e) => {
    const last = e.last_aspect
      ? `after its last aspect (${aspectWord(e.last_aspect.aspect)} ${title(e.last_aspect.body)})`
      : 'from its ingress';
    return {
      summary: 'Void-of-course Moon',
      description: `The Moon is void of course ${last} at ${minuteText(e.start)} until it enters the next sign at ${minuteText(e.end)}.`,
    };
  },
  categories: {
    transit: 'Transit',
    ingress: 'Ingress',
    station: 'Station',
    lunation: 'Lunation',
    eclipse: 'Eclipse',
    void_of_course: 'Void of course',
  },
  calendarDescription: (subject) =>
    `Exact transits and sky events for ${subject ?? 'the chart'}, from Stellar Edge.`,
  defaultName: (chartName) => `${chartName ?? 'Chart'}: transits`,
};
