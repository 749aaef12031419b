/**
 * The astrology library for Node (benchmarks, scripts): ./index.ts with the asteroid tables registered from
 * their generated modules. The Worker imports ./index.ts and loads those tables from static assets instead
 * (./asteroid-tables.ts).
 */
import { registerAsteroidTables } from './data/asteroid-modules';

registerAsteroidTables();

export * from './index';
