/**
 * Русский: тексты календарей (см. ../calendar-locale.ts). Знак после «входит в» стоит в винительном падеже
 * («входит в Овен», «в Деву», «в Близнецы»), после «в» о месте — в предложном («Полнолуние в Деве»), после
 * градуса — в родительном («22°33′ Рыб»); прилагательные согласуются с родом планеты («Венера становится
 * ретроградной», «Марс становится директным», «Ретроградная Венера входит в Деву»); после «с» планета в
 * творительном падеже («квадрат с Сатурном»). Транзит повторяет заголовок и окно орбиса из прогнозов по
 * транзитам.
 */
import type { Sign } from '../../types';
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign } from '../calendar-locale';
import { GENDER, type Gender, IN_SIGN, INSTR, ru, SIGN_GENITIVE } from '../ru';
import { ruTransits } from '../transits/ru';
import { pointName, transitDescription, utcMoment } from './common';

const N = ru.names;
const at = (iso: string) => utcMoment(ru, iso);
/** 352.55 → «22°33′ Рыб». */
const position = (longitude: number) => {
  const sign = N.signs[signOf(longitude)];
  return `${degreesInSign(longitude)} ${SIGN_GENITIVE[sign] ?? sign}`;
};

/** The planets' genders (../ru.ts), and Lilith's: feminine. */
const GENDER_OF: Readonly<Record<string, Gender>> = { ...GENDER, mean_lilith: 'f', true_lilith: 'f' };
const genderOf = (key: string): Gender => GENDER_OF[key] ?? 'm';
/** «Ретроградный Марс», «Ретроградная Венера». */
const RETROGRADE: Record<Gender, string> = { m: 'Ретроградный', f: 'Ретроградная', n: 'Ретроградное' };
/** «становится ретроградным / ретроградной», «директным / директной». */
const BECOMES: Record<'retrograde' | 'direct', Record<Gender, string>> = {
  retrograde: { m: 'становится ретроградным', f: 'становится ретроградной', n: 'становится ретроградным' },
  direct: { m: 'становится директным', f: 'становится директной', n: 'становится директным' },
};
/** Знак в винительном падеже после «входит в». */
const INTO: Record<Sign, string> = {
  aries: 'в Овен',
  taurus: 'в Телец',
  gemini: 'в Близнецы',
  cancer: 'в Рак',
  leo: 'в Лев',
  virgo: 'в Деву',
  libra: 'в Весы',
  scorpio: 'в Скорпион',
  sagittarius: 'в Стрелец',
  capricorn: 'в Козерог',
  aquarius: 'в Водолей',
  pisces: 'в Рыбы',
};
const PHASES = {
  new_moon: 'Новолуние',
  first_quarter: 'Первая четверть',
  full_moon: 'Полнолуние',
  last_quarter: 'Последняя четверть',
} as const;
/** Прилагательное среднего рода к «затмение». */
const SUBTYPES = {
  total: 'Полное',
  annular: 'Кольцеобразное',
  hybrid: 'Гибридное',
  partial: 'Частное',
  penumbral: 'Полутеневое',
} as const;
const KINDS = { solar: 'солнечное', lunar: 'лунное' } as const;

export const ruCalendar: CalendarWords = {
  tag: 'ru',
  transit: (h) => ({
    summary: `${h.retrograde ? `${RETROGRADE[genderOf(h.transiting)]} ` : ''}${pointName(ru, h.transiting)} — ${N.aspects[h.aspect]} — ${pointName(ru, h.natal)} радикса`,
    description: transitDescription(ru, ruTransits, h),
  }),
  ingress: (e) => ({
    summary: `${e.retrograde ? `${RETROGRADE[genderOf(e.body)]} ` : ''}${N.planets[e.body]} входит ${INTO[e.sign]}`,
    description: `${N.planets[e.body]} входит ${INTO[e.sign]} ${at(e.at)}${e.retrograde ? ', двигаясь ретроградно' : ''}.`,
  }),
  station: (e) => {
    const becomes = BECOMES[e.direction][genderOf(e.body)];
    return {
      summary: `${N.planets[e.body]} ${becomes}`,
      description: `${at(e.at)} ${N.planets[e.body]} останавливается на ${position(e.longitude)} и ${becomes}.`,
    };
  },
  lunation: (e) => ({
    summary: `${PHASES[e.phase]} ${IN_SIGN[signOf(e.longitude)]}`,
    description: `${PHASES[e.phase]} на ${position(e.longitude)}: ${at(e.at)}.`,
  }),
  eclipse: (e) => {
    const what = `${SUBTYPES[e.subtype]} ${KINDS[e.kind]} затмение`;
    return { summary: what, description: `${what}: максимальная фаза — ${at(e.at)}.` };
  },
  voidOfCourse: (e) => ({
    summary: 'Луна без курса',
    description: `С ${at(e.start)} до ${at(e.end)} Луна без курса: ${
      e.last_aspect
        ? `после последнего аспекта (${N.aspects[e.last_aspect.aspect]} с ${INSTR[e.last_aspect.body]}) она`
        : 'войдя в знак, она'
    } не образует аспектов до перехода в следующий знак.`,
  }),
  categories: {
    transit: 'Транзит',
    ingress: 'Ингрессия',
    station: 'Стоянка',
    lunation: 'Лунация',
    eclipse: 'Затмение',
    void_of_course: 'Луна без курса',
  },
  calendarDescription: (subject) =>
    `Точные транзиты ${subject ? `к карте «${subject}»` : 'к этой натальной карте'} и события на небе — Stellar Edge.`,
  defaultName: (chartName) => `${chartName ?? 'Натальная карта'}: транзиты`,
};
