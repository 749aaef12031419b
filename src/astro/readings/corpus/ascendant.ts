/**
 * Interpretive text: the Ascendant (rising sign) in each of the twelve signs. Original prose for Stellar Edge.
 */
import type { Sign } from '../../types';

export const ASCENDANT_IN_SIGN: Record<Sign, string> = {
  aries:
    'With Aries rising, you meet life head-on. Your first impression is energetic, direct and often brave, and you tend to learn by jumping in. Others see a pioneer in you; your growth lies in finding the patience that lets your initiative take root.',
  taurus:
    'Taurus rising gives you a calm, grounded presence that others find reassuring. You approach new situations carefully, preferring to test the ground before you step onto it. Your steadiness is a gift, and it becomes wisdom when it learns to bend as life insists on change.',
  gemini:
    'Curiosity, wit and a quick, friendly manner are how you greet the world with Gemini on the Ascendant. You adapt easily and ask good questions, and people may experience you as youthful and lively whatever your age. Your task is to let depth travel alongside your versatility.',
  cancer:
    'Cancer rising lends you a gentle, protective and receptive manner. You sense the emotional atmosphere of a place before you speak, and you may shield your sensitivity behind a careful reserve until you feel safe. Once you do, your warmth is unmistakable.',
  leo: 'A warm, radiant presence that tends to draw attention comes with Leo rising. You meet the world with dignity and generosity, and you may feel an instinct to lead or to perform. Shining as yourself, rather than playing a role, is what brings you the deepest joy.',
  virgo:
    'Attentive and quietly competent, you approach life with Virgo rising by noticing details, offering help and seeking to understand before you act. Others see you as thoughtful and capable. Relaxing your inner critic lets your natural kindness show more freely.',
  libra:
    'Libra rising gives you grace, charm and a diplomatic way of meeting people. You seek harmony and instinctively consider how others will react. Part of your path is discovering your own preferences and voicing them as gracefully as you attune to everyone else.',
  scorpio:
    'An intense, magnetic and somewhat private presence is the mark of Scorpio rising. You observe before revealing yourself and read hidden dynamics quickly. Once trust is earned, you open a depth that others find unforgettable.',
  sagittarius:
    'Optimism, humour and a sense of adventure colour your approach to life with Sagittarius rising. You are frank, friendly and drawn to whatever lies over the horizon. Your enthusiasm opens doors, and commitment helps you walk through them.',
  capricorn:
    'Capricorn rising gives you a composed, capable and reserved presence, and you may have felt older than your years when young. You approach life strategically and earn trust through reliability. With maturity you tend to relax, revealing a dry humour and a steady warmth.',
  aquarius:
    'Friendly yet independent, and often a little unconventional, you meet the world with Aquarius rising through curiosity and a strong sense of fairness. Some people may read you as detached at first. Letting them come closer reveals how much you genuinely care.',
  pisces:
    'Softness, empathy and a dreamy receptiveness shape how you meet the world with Pisces rising. You adapt to atmospheres almost without realising it, and people often feel understood in your company. Healthy boundaries help you stay yourself while remaining open to the subtle.',
};
