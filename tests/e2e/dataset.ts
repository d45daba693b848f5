/** The bundled dataset, read the way the build reads it, so tests compare pages with records. */
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { dataFolder } from '../../src/lib/data/folder.server.ts';

export const { dataset } = loadDataset(dataFolder());
