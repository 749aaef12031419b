/** Signs, elements and modalities of ecliptic longitudes. */
import { type Element, type Modality, SIGNS, type Sign } from './types';

export const norm360 = (x: number) => {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
};

/** Signed shortest difference b − a in (−180, 180]. */
export function delta(a: number, b: number): number {
  const d = norm360(b - a);
  return d > 180 ? d - 360 : d;
}

export function signOf(longitude: number): Sign {
  return SIGNS[Math.floor(norm360(longitude) / 30) % 12] as Sign;
}

export const signDegree = (longitude: number) => norm360(longitude) % 30;

const ELEMENTS: Element[] = ['fire', 'earth', 'air', 'water'];
const MODALITIES: Modality[] = ['cardinal', 'fixed', 'mutable'];

export const elementOf = (sign: Sign): Element => ELEMENTS[SIGNS.indexOf(sign) % 4] as Element;
export const modalityOf = (sign: Sign): Modality => MODALITIES[SIGNS.indexOf(sign) % 3] as Modality;

/** Round to `d` decimals (output hygiene, not precision loss: 6 decimals of a degree ≈ 0.004″). */
export const round = (x: number, d = 6) => {
  const f = 10 ** d;
  return Math.round(x * f) / f;
};
