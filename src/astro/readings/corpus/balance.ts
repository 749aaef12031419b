/**
 * Interpretive text for element and modality balance: each element and modality when dominant and when
 * lacking (4 + 3, both ways), plus a text for an even spread. Original prose written for Stellar Edge.
 */
import type { Element, Modality } from '../../types';

export interface BalanceText {
  dominant: string;
  lacking: string;
}

export const ELEMENT_BALANCE: Record<Element, BalanceText> = {
  fire: {
    dominant:
      'Fire runs strongly through your chart. You are enthusiastic, spontaneous and moved by inspiration, with a natural capacity to motivate yourself and kindle others. Remember to refuel, though: even the brightest flame needs rest, patience and the occasional quiet evening.',
    lacking:
      'Fire is in short supply in your chart, so enthusiasm and self-belief may not arrive automatically; sometimes you have to strike the match yourself. Movement, play and lively company can warm you up. Your courage is of a quieter kind, and it is no less real for being quiet.',
  },
  earth: {
    dominant:
      'Earth dominates your chart, grounding you in practicality, patience and common sense. You trust what you can see and touch, and you have a talent for building things that last. Every so often, make room for the intangible, the playful and the not-yet-proven.',
    lacking:
      'With little earth in your chart, the practical side of life, such as routines, money and the needs of the body, may feel less natural to you. You may live more in ideas, feelings or inspiration. Simple daily structures and time spent outdoors can be wonderfully stabilising.',
  },
  air: {
    dominant:
      'Air is prominent in your chart, giving you a lively intellect, social ease and a love of ideas and conversation. You see connections quickly and value perspective. Staying in touch with your body and your feelings keeps all that thinking anchored.',
    lacking:
      'Air is sparse in your chart, so stepping back from experience to analyse it may not come easily. You tend to respond from instinct, feeling or practicality instead. Conversation, journaling and curiosity about other points of view can offer you welcome distance and perspective.',
  },
  water: {
    dominant:
      'Water dominates your chart, making you sensitive, intuitive and emotionally responsive. You pick up undercurrents that others miss and connect with people at a deep level. Good boundaries protect your energy and let empathy remain a strength rather than a weight.',
    lacking:
      'Water is scarce in your chart, so emotions may feel less immediate or harder to name. You might approach feelings through reason or through action. Giving yourself time simply to feel, and trusting your hunches, can deepen your relationships considerably.',
  },
};

export const MODALITY_BALANCE: Record<Modality, BalanceText> = {
  cardinal: {
    dominant:
      'Cardinal signs are strongly represented, so you are a natural initiator who likes to start things and take the lead. New projects and fresh challenges energise you. The art lies in following through once the first burst of momentum has passed.',
    lacking:
      'Cardinal energy is low in your chart, so starting things may be harder for you than sustaining or adapting them. You may wait for the right moment or for someone else to move first. Small, deliberate first steps gradually build your confidence in beginnings.',
  },
  fixed: {
    dominant:
      'Fixed signs prevail, giving you determination, loyalty and real staying power. Once you commit, you persevere long after others have drifted away. Flexibility is your growing edge, since being steadfast need not mean being immovable.',
    lacking:
      'Fixed energy is sparse, so persistence and follow-through may need conscious cultivation. Variety and new starts probably appeal to you more than long haul commitments. Simple routines and modest promises kept help you see projects through to the end.',
  },
  mutable: {
    dominant:
      'Mutable signs are prominent, making you adaptable, versatile and open to change. You see many possibilities and adjust quickly when circumstances shift. Choosing a direction and holding to it for a while gives that adaptability a purpose.',
    lacking:
      'Mutable energy is scarce, so adapting to sudden change may take effort. You may prefer clear plans and steady commitments. Practising flexibility in small, low-stakes ways makes the bigger transitions of life far easier.',
  },
};

export const BALANCED_ELEMENTS =
  'Your elements are fairly evenly spread, giving you access to inspiration, practicality, thought and feeling alike. No single temperament dominates, which lets you adapt to very different situations and people.';

export const BALANCED_MODALITIES =
  'The modalities are well balanced in your chart: you can initiate, sustain and adapt as circumstances require, without being locked into one way of moving through life.';
