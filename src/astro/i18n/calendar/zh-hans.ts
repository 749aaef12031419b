/**
 * 简体中文：日历的文字（见 ../calendar-locale.ts）。词与词之间不加空格；换座、停滞转逆/转顺、
 * 新月满月、日月食、月亮空亡都用中文占星的惯用说法。行运沿用时运解读的标题与容许度时段句。
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign, type EclipseRow } from '../calendar-locale';
import { zhHansTransits } from '../transits/zh-hans';
import { zhHans } from '../zh-hans';
import { eclipseName, pointName, transitDescription, utcMoment } from './common';

const N = zhHans.names;
const at = (iso: string) => utcMoment(zhHans, iso);
/** 352.55 →「双鱼座22°33′」。 */
const position = (longitude: number) => `${N.signs[signOf(longitude)]}${degreesInSign(longitude)}`;

const PHASES = {
  new_moon: '新月',
  first_quarter: '上弦月',
  full_moon: '满月',
  last_quarter: '下弦月',
} as const;
/** The kinds each eclipse has (a solar eclipse is never penumbral, a lunar one never annular or hybrid). */
const ECLIPSES: Record<EclipseRow['kind'], Partial<Record<EclipseRow['subtype'], string>>> = {
  solar: { total: '日全食', annular: '日环食', hybrid: '全环食', partial: '日偏食' },
  lunar: { total: '月全食', partial: '月偏食', penumbral: '半影月食' },
};

export const zhHansCalendar: CalendarWords = {
  tag: 'zh-Hans',
  transit: (h) => ({
    summary: `行运${pointName(zhHans, h.transiting)}${h.retrograde ? '（逆行）' : ''}${N.aspects[h.aspect]}本命${pointName(zhHans, h.natal)}`,
    description: transitDescription(zhHans, zhHansTransits, h),
  }),
  ingress: (e) => ({
    summary: `${N.planets[e.body]}进入${N.signs[e.sign]}${e.retrograde ? '（逆行）' : ''}`,
    description: `${at(e.at)}，${N.planets[e.body]}${e.retrograde ? '以逆行状态' : ''}进入${N.signs[e.sign]}。`,
  }),
  station: (e) => {
    const turn = e.direction === 'retrograde' ? '停滞转逆' : '停滞转顺';
    return {
      summary: `${N.planets[e.body]}${turn}`,
      description: `${at(e.at)}，${N.planets[e.body]}在${position(e.longitude)}${turn}。`,
    };
  },
  lunation: (e) => ({
    summary: `${N.signs[signOf(e.longitude)]}${PHASES[e.phase]}`,
    description: `${at(e.at)}，${PHASES[e.phase]}位于${position(e.longitude)}。`,
  }),
  eclipse: (e) => {
    const what = eclipseName(ECLIPSES, e);
    return { summary: what, description: `${what}，食甚时刻为${at(e.at)}。` };
  },
  voidOfCourse: (e) => ({
    summary: '月亮空亡',
    description: e.last_aspect
      ? `${at(e.start)}起，月亮与${N.planets[e.last_aspect.body]}形成最后一个${N.aspects[e.last_aspect.aspect]}后进入空亡，直到${at(e.end)}进入下一个星座为止。`
      : `${at(e.start)}起，月亮一进入本星座即进入空亡（在本星座内不与任何行星成相），直到${at(e.end)}进入下一个星座为止。`,
  }),
  categories: {
    transit: '行运',
    ingress: '换座',
    station: '停滞',
    lunation: '月相',
    eclipse: '日月食',
    void_of_course: '月亮空亡',
  },
  calendarDescription: (subject) =>
    `${subject ? `${subject}本命盘` : '此本命盘'}的精确行运与天象事件，由Stellar Edge提供。`,
  defaultName: (chartName) => `${chartName ?? '本命盘'}：行运`,
};
