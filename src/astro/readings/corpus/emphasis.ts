/**
 * Short phrases and texts used to frame the reading (overview and chart emphasis). Original prose for
 * Stellar Edge.
 */
import type { Planet, Sign } from '../../types';

/** A compact description of each sign, used inside sentences ("your Sun in Aries: bold, ..."). */
export const SIGN_ESSENCE: Record<Sign, string> = {
  aries: 'bold, direct and eager to begin',
  taurus: 'steady, sensual and patient',
  gemini: 'curious, quick and communicative',
  cancer: 'caring, protective and emotionally attuned',
  leo: 'warm, expressive and proud',
  virgo: 'observant, skilful and discerning',
  libra: 'gracious, fair-minded and relationship-oriented',
  scorpio: 'intense, perceptive and private',
  sagittarius: 'adventurous, frank and searching',
  capricorn: 'ambitious, disciplined and realistic',
  aquarius: 'independent, inventive and principled',
  pisces: 'compassionate, imaginative and intuitive',
};

/** What each house is about, used inside sentences ("the 10th house of career, ..."). */
export const HOUSE_TOPICS: readonly string[] = [
  'self, body and first impressions',
  'money, possessions and self-worth',
  'communication, learning and siblings',
  'home, family and roots',
  'creativity, romance and play',
  'work, health and daily routine',
  'partnership and close relationships',
  'intimacy, shared resources and transformation',
  'travel, beliefs and higher learning',
  'career, reputation and public life',
  'friendship, community and hopes for the future',
  'solitude, the unconscious and spiritual life',
];

/** What each planet represents, used inside sentences. */
export const PLANET_KEYWORDS: Record<Planet, string> = {
  sun: 'your core identity and vitality',
  moon: 'your emotional needs and instincts',
  mercury: 'how you think and communicate',
  venus: 'how you love and what you value',
  mars: 'your drive and assertiveness',
  jupiter: 'growth, faith and generosity',
  saturn: 'discipline and long-term lessons',
  uranus: 'freedom and originality',
  neptune: 'imagination and ideals',
  pluto: 'power and transformation',
};

/** The relationship of the Sun's and Moon's elements: same, compatible (fire/air, earth/water), or different. */
export const SUN_MOON_ELEMENTS = {
  same: 'Because your Sun and Moon share an element, what you want and what you need tend to pull in the same direction, which gives your personality a consistent, wholehearted quality.',
  compatible:
    'Your Sun and Moon sit in compatible elements, so your conscious aims and your emotional needs usually cooperate; inner conflict, when it comes, tends to be resolved by conversation rather than by force.',
  different:
    'Your Sun and Moon speak different elemental languages, so what you strive for and what you need to feel secure may sometimes disagree. Learning to honour both is a rich source of depth and self-understanding.',
} as const;

export const TIME_UNKNOWN_NOTE =
  'Because the birth time is unknown, this reading leaves out the rising sign, the houses and the angles, which all depend on the exact hour; the Moon may also have moved a few degrees during the day.';

export const STELLIUM_SIGN =
  'This concentration of energy makes the qualities of the sign a speciality of yours, an area of depth and intensity you will return to again and again. It can also make you a little one-sided, so the less populated parts of your chart deserve conscious attention.';

export const STELLIUM_HOUSE =
  'So many planets in one house turn its affairs into a central stage of your life, where much of your growth, effort and satisfaction is concentrated.';

export const ANGULAR_TEXT = {
  ascendant:
    'strongly colours your personality and the first impression you make; people meet these qualities in you straight away.',
  midheaven: 'shapes your vocation, reputation and the direction your life takes in the world.',
  descendant:
    'is often met through partners and close relationships, where it becomes a mirror for your growth.',
  imum_coeli: 'works at the roots, in your private life, family and inner foundations.',
} as const;

export const HEMISPHERE_TEXT = {
  eastern:
    'Most of your planets lie in the eastern half of the chart, on the Ascendant side. You tend to be self-directed, shaping circumstances by your own initiative rather than waiting for them to shape you.',
  western:
    'Most of your planets lie in the western half of the chart, on the Descendant side. Life tends to unfold through other people for you, and your gifts for cooperation and responsiveness are central to your success.',
  southern:
    'The upper half of the chart, above the horizon, holds most of your planets. Your orientation is outward, toward the world, public life and the goals you can share with others.',
  northern:
    'The lower half of the chart, below the horizon, holds most of your planets. Much of your development happens privately, in your inner life, relationships close to home and personal growth that others may not see.',
  balanced:
    'Your planets are spread fairly evenly around the wheel, between self and others and between private and public life, so no single hemisphere dictates your orientation.',
} as const;

export const QUADRANT_TEXT: readonly string[] = [
  'The first quadrant (houses 1 to 3) is the busiest, putting the accent on self-discovery, personal resources and learning to express who you are.',
  'The second quadrant (houses 4 to 6) is the busiest, putting the accent on roots, creativity and the daily craft of looking after yourself and others.',
  'The third quadrant (houses 7 to 9) is the busiest, putting the accent on relationships, shared experience and widening your horizons through others.',
  'The fourth quadrant (houses 10 to 12) is the busiest, putting the accent on vocation, community and a larger, sometimes spiritual, sense of purpose.',
];

export const RETROGRADE_TEXT = {
  none: 'None of your planets was retrograde at birth, which suggests that their energies tend to express themselves outwardly and directly.',
  few: 'Retrograde planets turn their function inward first: you tend to review, rethink and make these themes your own before you express them, and your understanding of them can become unusually personal.',
  many: 'Having this many retrograde planets points to a reflective, inward-turning temperament. You often go back over things to understand them thoroughly, and your path may be less conventional but more authentically your own.',
} as const;
