// The astro project runs src/astro under Node: the asteroid tables come from their generated modules
// (in the Worker, from static assets: src/platform/asteroid-tables.ts).
import { registerAsteroidTables } from '../../src/astro/data/asteroid-modules';

registerAsteroidTables();
