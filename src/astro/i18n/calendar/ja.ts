/**
 * 日本語：カレンダーの文言（../calendar-locale.ts 参照）。語の間に空白を入れず、星座入り・留・新月満月・
 * 日食月食・ボイドタイムは日本の占星術で使われる言い方で書く。トランジットは時期の読み解きの見出しと
 * オーブの期間の文をそのまま使う。
 */
import { signOf } from '../../zodiac';
import { type CalendarWords, degreesInSign, type EclipseRow } from '../calendar-locale';
import { ja } from '../ja';
import { jaTransits } from '../transits/ja';
import { eclipseName, pointName, transitDescription, utcMoment } from './common';

const N = ja.names;
const at = (iso: string) => utcMoment(ja, iso);
/** 352.55 →「魚座22°33′」。 */
const position = (longitude: number) => `${N.signs[signOf(longitude)]}${degreesInSign(longitude)}`;

const PHASES = {
  new_moon: '新月',
  first_quarter: '上弦の月',
  full_moon: '満月',
  last_quarter: '下弦の月',
} as const;
/** The kinds each eclipse has (a solar eclipse is never penumbral, a lunar one never annular or hybrid). */
const ECLIPSES: Record<EclipseRow['kind'], Partial<Record<EclipseRow['subtype'], string>>> = {
  solar: { total: '皆既日食', annular: '金環日食', hybrid: '金環皆既日食', partial: '部分日食' },
  lunar: { total: '皆既月食', partial: '部分月食', penumbral: '半影月食' },
};

export const jaCalendar: CalendarWords = {
  tag: 'ja',
  transit: (h) => ({
    summary: `${pointName(ja, h.transiting)}${h.retrograde ? '（逆行）' : ''}がネイタルの${pointName(ja, h.natal)}と${N.aspects[h.aspect]}`,
    description: transitDescription(ja, jaTransits, h),
  }),
  ingress: (e) => ({
    summary: `${N.planets[e.body]}が${N.signs[e.sign]}入り${e.retrograde ? '（逆行中）' : ''}`,
    description: `${at(e.at)}、${N.planets[e.body]}が${e.retrograde ? '逆行しながら' : ''}${N.signs[e.sign]}に入ります。`,
  }),
  station: (e) =>
    e.direction === 'retrograde'
      ? {
          summary: `${N.planets[e.body]}が逆行開始`,
          description: `${at(e.at)}、${N.planets[e.body]}が${position(e.longitude)}で留となり、逆行を始めます。`,
        }
      : {
          summary: `${N.planets[e.body]}が順行に戻る`,
          description: `${at(e.at)}、${N.planets[e.body]}が${position(e.longitude)}で留となり、順行に戻ります。`,
        },
  lunation: (e) => ({
    summary: `${N.signs[signOf(e.longitude)]}の${PHASES[e.phase]}`,
    description: `${at(e.at)}、${position(e.longitude)}で${PHASES[e.phase]}を迎えます。`,
  }),
  eclipse: (e) => {
    const what = eclipseName(ECLIPSES, e);
    return { summary: what, description: `${what}。食の最大は${at(e.at)}です。` };
  },
  voidOfCourse: (e) => ({
    summary: '月のボイドタイム',
    description: e.last_aspect
      ? `${at(e.start)}、${N.planets[e.last_aspect.body]}との${N.aspects[e.last_aspect.aspect]}を最後に月がボイド・オブ・コースとなり、${at(e.end)}に次の星座へ入るまで続きます。`
      : `${at(e.start)}、月は星座に入るとすぐボイド・オブ・コースとなり（この星座ではアスペクトを取りません）、${at(e.end)}に次の星座へ入るまで続きます。`,
  }),
  categories: {
    transit: 'トランジット',
    ingress: '星座入り',
    station: '留',
    lunation: '新月・満月',
    eclipse: '日食・月食',
    void_of_course: 'ボイドタイム',
  },
  calendarDescription: (subject) =>
    `${subject ? `${subject}のネイタルチャート` : 'このネイタルチャート'}への正確なトランジットと天体の動き（Stellar Edge）。`,
  defaultName: (chartName) => `${chartName ?? 'ネイタルチャート'}：トランジット`,
};
