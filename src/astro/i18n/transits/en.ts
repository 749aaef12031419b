/** English: the texts of readings for time (see ../transit-locale.ts). */
import type { TransitWords } from '../transit-locale';

export const enTransits: TransitWords = {
  effect: {
    sun: {
      conjunction:
        'The Sun puts you in the spotlight for a few days: this is a time to be seen, to act from the centre of who you are and to put your energy where your purpose lies.',
      flowing:
        'The Sun lends a warm, easy confidence for a few days. Things you start now meet goodwill, and it is a good moment to show what you can do without forcing anything.',
      challenging:
        'The Sun throws a harsher light for a few days: your will meets resistance, and others may push back. Friction now shows where your aims and your circumstances need adjusting.',
    },
    moon: {
      conjunction:
        'For a few hours the Moon stirs your feelings: moods rise quickly, needs ask to be met, and your instincts know more than your reasoning does.',
      flowing:
        'The Moon brings a few hours of emotional ease: you feel supported, it is easy to care for yourself and others, and small gestures of comfort go a long way.',
      challenging:
        'The Moon brings a few restless hours: a passing mood, a touchy reaction or a need you have neglected asks for attention. Let it pass through rather than acting on it.',
    },
    mercury: {
      conjunction:
        'Mercury puts your mind to work: conversations, messages and plans multiply, and it is a good time to think things through, learn and say what you mean.',
      flowing:
        'Mercury makes words and ideas flow: negotiations, writing, study and short trips go well, and you find the right phrase at the right moment.',
      challenging:
        'Mercury tangles the lines: misunderstandings, hasty words and scattered plans are likely. Check the details, listen twice and let decisions wait for a clearer head.',
    },
    venus: {
      conjunction:
        'Venus brings sweetness and attraction: affection, pleasure and beauty come more easily, and it is a good time to enjoy, to reconcile and to make yourself at home in your own life.',
      flowing:
        'Venus smooths the way: people are kinder, charm works, and love, friendship, art and money matters move gently in your favour.',
      challenging:
        'Venus tests what you value: desire and comfort may pull against your commitments, and small dissatisfactions in love or money surface. Ask what you truly want, not only what pleases now.',
    },
    mars: {
      conjunction:
        'Mars brings a surge of drive and heat: you want to act, compete and start things. Use the energy boldly, but watch impatience and haste.',
      flowing:
        'Mars gives you energy that goes where you aim it: effort pays off, courage comes easily, and it is a good time for sport, initiatives and decisive steps.',
      challenging:
        'Mars stirs friction: tempers run short, conflicts flare and accidents come from rushing. Channel the pressure into work or movement instead of fights you do not need.',
    },
    jupiter: {
      conjunction:
        'Jupiter opens doors: opportunities, optimism and a wider horizon arrive, often through people, travel or learning. Say yes to growth, but do not promise more than you can carry.',
      flowing:
        'Jupiter brings luck that rewards initiative: help appears, confidence grows and plans find support. It is a good time to expand, to study and to trust that things can work out.',
      challenging:
        'Jupiter inflates things: too much optimism, spending or commitment is the risk. Growth is still on offer, but only with a sense of measure and honest limits.',
    },
    saturn: {
      conjunction:
        'Saturn asks for structure: responsibilities weigh more, and what is not solid is tested. Patient effort now lays foundations that will last for years.',
      flowing:
        'Saturn rewards steady work: discipline comes more naturally, commitments hold, and what you build now with care becomes lasting support.',
      challenging:
        "Saturn brings pressure and delays: obstacles, fatigue or other people's demands test your resolve. Face what must be faced, simplify, and take your time: the lesson is maturity.",
    },
    uranus: {
      conjunction:
        'Uranus brings an awakening: sudden changes, new ideas and a strong wish for freedom break old routines. Stay open to the unexpected.',
      flowing:
        'Uranus brings welcome surprises: fresh ideas, new people and chances to do things your own way. It is a good time to innovate and to loosen what has become too rigid.',
      challenging:
        'Uranus shakes things up: disruptions, impatience with limits and the urge to break free are strong. Change what has to change, but avoid burning bridges on impulse.',
    },
    neptune: {
      conjunction:
        'Neptune softens the edges: sensitivity, imagination and longing grow, while clarity fades. Trust inspiration and compassion, but check facts before you commit.',
      flowing:
        'Neptune brings inspiration and gentleness: intuition is sharp, art and spirituality speak to you, and it is easier to forgive and to let go.',
      challenging:
        'Neptune blurs the picture: confusion, idealisation or disappointment are possible, and fatigue can sap your will. Be careful with illusions and take care of your energy.',
    },
    pluto: {
      conjunction:
        'Pluto works slowly and deeply: what has outlived its time is stripped away so that something stronger can grow. Expect intensity and a real transformation.',
      flowing:
        'Pluto gives you depth and staying power: you can heal, regenerate and make lasting changes, and your influence grows quietly.',
      challenging:
        'Pluto brings power struggles and pressure from below: control, fear or obsession may surface. Facing them honestly is how this transit turns into lasting strength.',
    },
    chiron: {
      conjunction:
        'Chiron touches an old wound: a vulnerable spot becomes visible, and with it the chance to heal it and to help others through what you have learned.',
      flowing:
        'Chiron helps healing: you can look at old hurts with kindness, learn from them and share that wisdom with others.',
      challenging:
        'Chiron presses on a sore point: feelings of inadequacy or old pain may return. Treat them gently: this is where healing begins.',
    },
    node: {
      conjunction:
        'The lunar node brings a meeting with your direction: people and events seem fated, and choices now can set the course of the years ahead.',
      flowing:
        'The lunar node supports your growth: the right encounters and opportunities come along, and it is easier to move towards what you are meant to develop.',
      challenging:
        'The lunar node marks a crossroads: the pull of old habits meets the call to grow, and events may force a choice about your direction.',
    },
    lilith: {
      conjunction:
        'Black Moon Lilith brings up what you usually hide: raw desires, anger or a refusal to submit. Listen to it: it shows where you need more authenticity.',
      flowing:
        'Black Moon Lilith lends you the courage to be yourself: you say no more easily, trust your instincts and claim your independence without guilt.',
      challenging:
        'Black Moon Lilith stirs rebellion and frustration: taboo, jealousy or a feeling of being rejected may come up. Face the shadow rather than acting it out.',
    },
  },
  topics: {
    sun: 'your identity, vitality and sense of purpose',
    moon: 'your feelings, your home and your need for security',
    mercury: 'your thinking, your conversations and your daily exchanges',
    venus: 'your love life, your pleasures and what you value',
    mars: 'your drive, your desires and how you assert yourself',
    jupiter: 'your faith, your growth and your opportunities',
    saturn: 'your responsibilities, your limits and your long-term goals',
    uranus: 'your need for freedom and your wish to change things',
    neptune: 'your dreams, your ideals and your intuition',
    pluto: 'your deepest drives and your power to transform',
    ascendant: 'how you come across and how you approach life',
    midheaven: 'your career, your reputation and your direction in life',
    descendant: 'your partnerships and close relationships',
    imum_coeli: 'your home, your family and your roots',
    node: 'the direction your life is growing in',
    lilith: 'your untamed side and what you refuse to give up',
    chiron: 'an old wound and your power to heal',
    part_of_fortune: 'your well-being and where luck comes easily',
  },
  touches: (topic) => `It touches ${topic}.`,
  touchesPoint: (point) => `It touches your natal ${point}.`,
  hitHead: (transiting, aspect, natal, date, retrograde) =>
    `${transiting}${retrograde ? ' (retrograde)' : ''} in ${aspect} ${aspect === 'conjunction' ? 'with' : 'to'} your natal ${natal}, exact on ${date}`,
  window: (enters, leaves) =>
    enters && leaves
      ? `Within orb from ${enters} to ${leaves}.`
      : enters
        ? `Within orb from ${enters}.`
        : leaves
          ? `Within orb until ${leaves}.`
          : 'Within orb throughout the period.',
  pass: (n, of) => `This is pass ${n} of ${of}.`,
  periodTitle: (from, to) => (from === to ? `Your transits for ${from}` : `Your transits, ${from} to ${to}`),
  periodIntro: (count, from, to) =>
    count === 1
      ? `One transit is exact ${from === to ? `on ${from}` : `between ${from} and ${to}`}: here is what it brings.`
      : `${count} exact transits fall ${from === to ? `on ${from}` : `between ${from} and ${to}`}. The slow planets, which colour the whole period, come first; then the faster, personal ones.`,
  periodQuiet: (from, to) =>
    `No transit of the planets asked for is exact ${from === to ? `on ${from}` : `between ${from} and ${to}`}. It is a quiet time: a good moment to consolidate what is under way and to rest before the next movement.`,
};
