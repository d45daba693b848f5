/**
 * The records the desktop and phone browser tests' site is built from (the frozen seed records,
 * scripts/build-seed.sh), read the way the build reads them, so tests compare pages with records.
 */
import { loadDataset } from '../../src/lib/data/load.server.ts';

export const { dataset } = loadDataset('tests/fixtures/seed-data');
