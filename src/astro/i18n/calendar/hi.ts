/**
 * हिंदी: कैलेंडर के पाठ (देखें ../calendar-locale.ts)। शब्दावली वही है जो ../hi.ts और ../transits/hi.ts में चुनी गई:
 * गोचर, वक्री, मार्गी, «मेष राशि»; हर ग्रह पुल्लिंग है («प्रवेश करता है», «वक्री हो जाता है»); परसर्ग नाम के बाद
 * आते हैं («कन्या राशि में», «शनि के साथ»); वाक्य पूर्ण विराम «।» से समाप्त होते हैं। गोचर की घटना समय-पाठ
 * के शीर्षक और प्रभाव-अवधि के वाक्य को ही दोहराती है।
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';
import { hi } from '../hi';
import { hiTransits } from '../transits/hi';
import { pointName, transitDescription, utcMoment } from './common';

const N = hi.names;
const at = (iso: string) => utcMoment(hi, iso);
/** 352.55 → «22°33′ मीन»। */
const position = (longitude: number) => `${degreesInSign(longitude)} ${N.signs[signOf(longitude)]}`;

const PHASES = {
  new_moon: 'अमावस्या',
  first_quarter: 'प्रथम चतुर्थांश चंद्र',
  full_moon: 'पूर्णिमा',
  last_quarter: 'अंतिम चतुर्थांश चंद्र',
} as const;
const SUBTYPES = {
  total: 'पूर्ण',
  annular: 'वलयाकार',
  hybrid: 'संकर',
  partial: 'आंशिक',
  penumbral: 'उपच्छाया',
} as const;
const KINDS = { solar: 'सूर्य ग्रहण', lunar: 'चंद्र ग्रहण' } as const;

export const hiCalendar: CalendarWords = {
  tag: 'hi',
  transit: (h) => ({
    summary: `${pointName(hi, h.transiting)}${h.retrograde ? ' (वक्री)' : ''} का जन्म के ${pointName(hi, h.natal)} से ${N.aspects[h.aspect]}`,
    description: transitDescription(hi, hiTransits, h),
  }),
  ingress: (e) => ({
    summary: `${N.planets[e.body]} का ${N.signs[e.sign]} राशि में प्रवेश${e.retrograde ? ' (वक्री)' : ''}`,
    description: `${at(e.at)} को ${N.planets[e.body]} ${e.retrograde ? 'वक्री अवस्था में ' : ''}${N.signs[e.sign]} राशि में प्रवेश करता है।`,
  }),
  station: (e) => {
    const state = e.direction === 'retrograde' ? 'वक्री' : 'मार्गी';
    return {
      summary: `${N.planets[e.body]} ${state}`,
      description: `${at(e.at)} को ${N.planets[e.body]} ${position(e.longitude)} पर स्थिर होकर ${state} हो जाता है।`,
    };
  },
  lunation: (e) => ({
    summary: `${N.signs[signOf(e.longitude)]} राशि में ${PHASES[e.phase]}`,
    description: `${at(e.at)} को ${position(e.longitude)} पर ${PHASES[e.phase]}।`,
  }),
  eclipse: (e) => {
    const what = `${SUBTYPES[e.subtype]} ${KINDS[e.kind]}`;
    return { summary: what, description: `${what} का परमग्रास ${at(e.at)} को होता है।` };
  },
  voidOfCourse: (e) => ({
    summary: 'योगरहित चंद्रमा',
    description: `${at(e.start)} को ${
      e.last_aspect
        ? `${N.planets[e.last_aspect.body]} के साथ अंतिम ${N.aspects[e.last_aspect.aspect]} योग के बाद`
        : 'राशि में प्रवेश करते ही'
    } चंद्रमा योगरहित हो जाता है, और ${at(e.end)} को अगली राशि में प्रवेश करने तक ऐसा ही रहता है।`,
  }),
  categories: {
    transit: 'गोचर',
    ingress: 'राशि प्रवेश',
    station: 'वक्री-मार्गी',
    lunation: 'चंद्र कला',
    eclipse: 'ग्रहण',
    void_of_course: 'योगरहित चंद्रमा',
  },
  calendarDescription: (subject) =>
    `${subject ? `${subject} की कुंडली` : 'इस कुंडली'} के लिए सटीक गोचर और आकाशीय घटनाएँ — Stellar Edge से।`,
  defaultName: (chartName) => `${chartName ?? 'कुंडली'}: गोचर`,
};
