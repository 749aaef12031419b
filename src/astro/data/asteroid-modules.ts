/**
 * Registers the five asteroid tables from their generated modules, for Node (tests, benchmarks, scripts).
 * Never imported by the Worker, which loads them from static assets (../asteroid-tables.ts): importing this
 * module puts 160 KB gzipped back into its bundle.
 */
import { setAsteroidTable } from '../asteroid-tables';
import type { ChebyshevTable } from '../chebyshev';
import type { Asteroid } from '../types';
import { CERES_TABLE } from './ceres-table';
import { JUNO_TABLE } from './juno-table';
import { PALLAS_TABLE } from './pallas-table';
import { PHOLUS_TABLE } from './pholus-table';
import { VESTA_TABLE } from './vesta-table';

export const ASTEROID_TABLES: Record<Asteroid, ChebyshevTable> = {
  ceres: CERES_TABLE,
  pallas: PALLAS_TABLE,
  juno: JUNO_TABLE,
  vesta: VESTA_TABLE,
  pholus: PHOLUS_TABLE,
};

export function registerAsteroidTables(): void {
  for (const [name, table] of Object.entries(ASTEROID_TABLES)) setAsteroidTable(name as Asteroid, table);
}
