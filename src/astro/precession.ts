/**
 * Rotation matrices and the IAU 2006 precession (Capitaine et al. 2003, "P03"), shared by the reduction of
 * positions (./reduction.ts), the long-term sidereal time (./angles.ts) and the ayanamsas (./ayanamsa.ts).
 */

const J2000 = 2451545.0;
const AS2R = Math.PI / (180 * 3600);

export type Vec3 = [number, number, number];

/** Row-major 3×3 matrix. */
export type Mat3 = [number, number, number, number, number, number, number, number, number];

export function mulMat(a: Mat3, b: Mat3): Mat3 {
  const [a0, a1, a2, a3, a4, a5, a6, a7, a8] = a;
  const [b0, b1, b2, b3, b4, b5, b6, b7, b8] = b;
  return [
    a0 * b0 + a1 * b3 + a2 * b6,
    a0 * b1 + a1 * b4 + a2 * b7,
    a0 * b2 + a1 * b5 + a2 * b8,
    a3 * b0 + a4 * b3 + a5 * b6,
    a3 * b1 + a4 * b4 + a5 * b7,
    a3 * b2 + a4 * b5 + a5 * b8,
    a6 * b0 + a7 * b3 + a8 * b6,
    a6 * b1 + a7 * b4 + a8 * b7,
    a6 * b2 + a7 * b5 + a8 * b8,
  ];
}

export function apply(m: Mat3, x: number, y: number, z: number): Vec3 {
  return [m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z];
}

/** Rotation of the frame about x by angle a (rad): SOFA iauRx. */
export function rx(a: number): Mat3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [1, 0, 0, 0, c, s, 0, -s, c];
}
/** Rotation of the frame about z by angle a (rad): SOFA iauRz. */
export function rz(a: number): Mat3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [c, s, 0, -s, c, 0, 0, 0, 1];
}

/**
 * IAU 2006 precession (Capitaine et al. 2003, P03): mean equator/equinox J2000 → mean equator/equinox of date,
 * P = R3(χA)·R1(−ωA)·R3(−ψA)·R1(ε0).
 */
export function precessionMatrix(jdTT: number): Mat3 {
  const t = (jdTT - J2000) / 36525;
  const eps0 = 84381.406 * AS2R;
  const psi = t * (5038.481507 + t * (-1.0790069 + t * (-0.00114045 + t * (0.000132851 - t * 0.0000000951))));
  const om =
    84381.406 + t * (-0.025754 + t * (0.0512623 + t * (-0.00772503 + t * (-0.000000467 + t * 0.0000003337))));
  const chi = t * (10.556403 + t * (-2.3814292 + t * (-0.00121197 + t * (0.000170663 - t * 0.000000056))));
  return mulMat(rz(chi * AS2R), mulMat(rx(-om * AS2R), mulMat(rz(-psi * AS2R), rx(eps0))));
}
