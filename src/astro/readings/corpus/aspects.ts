/**
 * Interpretive text for the major aspects between the ten planets: one flavour sentence for each of the
 * 45 planet pairs (what the two planets mean together) and, for each of the five major aspect types,
 * three interchangeable ways of saying how that pair works together. The reading combines them:
 * "<headline> <pair text> <aspect-type text>". Original prose written for Stellar Edge.
 */
import type { Planet } from '../../types';

export type MajorAspect = 'conjunction' | 'opposition' | 'trine' | 'square' | 'sextile';
export const MAJOR_ASPECT_TYPES: readonly MajorAspect[] = [
  'conjunction',
  'opposition',
  'trine',
  'square',
  'sextile',
];

/** Key of a planet pair: the two names in the order of `PLANETS`, joined by "_" (e.g. "sun_moon"). */
export type PlanetPairKey = `${Planet}_${Planet}`;

export const PLANET_PAIR_TEXT: Readonly<Record<string, string>> = {
  sun_moon:
    'Sun and Moon together describe the relationship between what you want and what you need, between conscious purpose and emotional instinct.',
  sun_mercury:
    'When the Sun meets Mercury, identity and intellect are closely linked, so the way you think and speak is a direct expression of who you are.',
  sun_venus:
    'The Sun with Venus brings charm, warmth and a love of beauty into the core of your identity, colouring both what you value and how you relate.',
  sun_mars:
    'Will and drive meet in the contact of the Sun with Mars, shaping how you assert yourself, compete and go after what you want.',
  sun_jupiter:
    'Between the Sun and Jupiter runs a current of confidence, generosity and faith in what life can become.',
  sun_saturn:
    'The Sun and Saturn bring self-expression together with responsibility and a sense of limits, describing how you build authority over time.',
  sun_uranus:
    "Your identity is wired to the need for freedom and originality through the Sun's link with Uranus, which can bring sudden changes of direction.",
  sun_neptune:
    'The Sun and Neptune blend your sense of self with imagination, idealism and sensitivity, softening the edges of the ego in ways that can inspire or bewilder.',
  sun_pluto:
    'Identity, power and transformation are bound together when the Sun contacts Pluto, lending you an intensity others feel at once.',
  moon_mercury:
    'The Moon and Mercury connect feeling with thinking, showing how readily you put emotions into words and how much mood colours your reasoning.',
  moon_venus:
    "Emotional needs and affection are joined in the Moon's contact with Venus, shaping how you give and receive care.",
  moon_mars:
    'Feeling and action sit close together when the Moon meets Mars, so emotions turn quickly into impulses and protectiveness can become fierce.',
  moon_jupiter:
    'Between the Moon and Jupiter flows emotional generosity, a hopeful temperament and a wide-open heart.',
  moon_saturn:
    'The Moon and Saturn link feelings with caution and responsibility, describing how you learned to hold, contain and protect your emotions.',
  moon_uranus:
    "A restless, independent emotional nature comes from the Moon's link with Uranus, which pairs the need for closeness with the need for freedom.",
  moon_neptune:
    'The Moon with Neptune heightens sensitivity, empathy and imagination, making your emotional boundaries unusually permeable.',
  moon_pluto:
    'Emotional intensity and depth mark the meeting of the Moon and Pluto, with strong attachments and a capacity for profound inner renewal.',
  mercury_venus:
    'Mercury and Venus join thought with grace, lending charm to your words and an aesthetic sense to your ideas.',
  mercury_mars:
    'The mind gains an edge when Mercury meets Mars: quick, decisive, ready to argue and eager to act on ideas.',
  mercury_jupiter:
    'Mercury and Jupiter widen the mind, connecting detail with the big picture and curiosity with a search for meaning.',
  mercury_saturn:
    'A disciplined, serious intellect, careful with words and capable of deep concentration, belongs to the link between Mercury and Saturn.',
  mercury_uranus:
    'Mercury and Uranus electrify your thinking with flashes of insight, original ideas and an inventive, fast-moving mind.',
  mercury_neptune:
    'Logic and imagination mingle when Mercury contacts Neptune, opening your mind to intuition, poetry and subtle impressions.',
  mercury_pluto:
    'Mercury and Pluto give penetrating thought and persuasive speech, a mind that keeps digging until it reaches the truth.',
  venus_mars:
    'Venus and Mars, the classic lovers, connect attraction with desire and receptivity with pursuit, colouring both your romantic and your creative life.',
  venus_jupiter:
    'A generous, pleasure-loving warmth that draws people and opportunities toward you flows between Venus and Jupiter.',
  venus_saturn:
    'Venus and Saturn pair love with commitment and pleasure with restraint, asking you to build affection that lasts.',
  venus_uranus:
    'Excitement and a streak of the unconventional enter your love life through Venus and Uranus, along with a need for freedom inside attraction.',
  venus_neptune:
    'Venus and Neptune awaken romantic idealism and artistic sensitivity, a longing for the beautiful and the transcendent.',
  venus_pluto:
    'Passion and intensity run through relationships when Venus meets Pluto, bringing deep attachments and encounters that change you.',
  mars_jupiter:
    'Drive and enthusiasm combine in Mars and Jupiter, fuelling ambitious action and a big appetite for adventure.',
  mars_saturn:
    'Mars with Saturn joins energy to restraint, accelerator to brake, and teaches the art of disciplined, strategic effort.',
  mars_uranus:
    'Sudden bursts of energy, fierce independence and a willingness to take risks for freedom come from the link between Mars and Uranus.',
  mars_neptune:
    'Action and imagination blend when Mars contacts Neptune, asking you to direct your energy toward ideals rather than letting it dissipate.',
  mars_pluto:
    'Mars and Pluto concentrate formidable willpower and stamina, an intensity that can move mountains when it is used consciously.',
  jupiter_saturn:
    'Jupiter and Saturn weigh expansion against consolidation and optimism against realism, shaping how you approach growth and ambition.',
  jupiter_uranus:
    'Sudden openings, a love of freedom and a taste for bold, unconventional ventures belong to the link between Jupiter and Uranus.',
  jupiter_neptune:
    'Jupiter and Neptune enlarge idealism and spiritual longing, inspiring compassion and a vivid inner vision.',
  jupiter_pluto:
    'Vision meets power in the contact of Jupiter with Pluto, giving you an urge to make a significant and lasting impact.',
  saturn_uranus:
    'Saturn and Uranus set tradition beside innovation and stability beside change, asking you to renew structures without tearing them down.',
  saturn_neptune:
    'Reality and dreams are brought together by Saturn and Neptune, which ask you to give form to your ideals and faith to your forms.',
  saturn_pluto:
    'Structure and deep power combine in Saturn and Pluto, producing great endurance and the ability to rebuild after upheaval.',
  uranus_neptune:
    'Uranus and Neptune form a generational link between innovation and imagination, felt personally as a sensitivity to the currents of collective change.',
  uranus_pluto:
    'A generational link of revolution and transformation joins Uranus and Pluto, echoing the upheavals of the era you were born into.',
  neptune_pluto:
    'Neptune and Pluto share a slow generational link between spiritual longing and deep transformation, a backdrop you hold in common with your contemporaries.',
};

/** Three interchangeable ways to describe each major aspect type; used in turn so repeats vary. */
export const ASPECT_TYPE_TEXT: Record<MajorAspect, readonly [string, string, string]> = {
  conjunction: [
    'Joined by conjunction, their energies fuse into a single force that is hard to pull apart. This is a focal point of your chart, powerful in whatever direction you choose to aim it.',
    'As a conjunction, the two act as one and amplify each other. The blend can become a signature talent once you learn to steer it deliberately.',
    'A conjunction is a merger rather than a dialogue: you may barely notice where one influence ends and the other begins, though other people certainly notice the combined effect.',
  ],
  opposition: [
    'In opposition, the two face each other across the chart like parties to a negotiation. You may swing between them, or meet one of them through other people, until you find a way to hold both at once.',
    'The opposition sets these energies on a seesaw. Balance is the lesson here: neither side needs to win, and close relationships often show you the half you tend to disown.',
    'Facing each other across the zodiac, the two can feel like competing demands. When you stop choosing between them and start integrating both, the opposition becomes a source of objectivity and maturity.',
  ],
  trine: [
    'The trine lets them flow together easily, like a natural talent that works almost without effort. Its only risk is being taken for granted; used deliberately, it becomes one of your great resources.',
    'Linked by a trine, these energies cooperate gracefully. What comes this easily is worth developing on purpose rather than leaving on autopilot.',
    'Harmony is the keynote of the trine: the two support each other, offering ease and a gift you can draw on when other parts of life feel harder.',
  ],
  square: [
    'The square creates productive friction between them. They pull at cross-purposes, and the tension becomes a spur to growth when you engage it instead of avoiding it.',
    'At a square, these two rub against each other, generating restlessness and drive. Much of your strength is built precisely where this challenge pushes you to act.',
    'A square is a working aspect that rarely lets you rest. It is also where you forge the resilience and skill that easier placements never require of you.',
  ],
  sextile: [
    'The sextile offers an opportunity: the two cooperate readily once you take the first step. It rewards initiative with a quiet, dependable ease.',
    'Connected by a sextile, these energies are friendly allies. Their gifts are real but ask for your participation, like a door that opens when you knock.',
    'A sextile forms a light, constructive bridge between them, a talent that grows with use and invites experiment.',
  ],
};

/** How the aspect is named in the headline sentence ("Your Sun squares your Moon"). */
export const ASPECT_VERB: Record<MajorAspect, string> = {
  conjunction: 'is conjunct',
  opposition: 'opposes',
  trine: 'trines',
  square: 'squares',
  sextile: 'sextiles',
};
