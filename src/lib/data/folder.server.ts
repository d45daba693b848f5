import { resolve } from 'node:path';

/** The data folder the site is built from: `SALVO_DATA`, or the bundled `data/`. */
export function dataFolder(): string {
	return resolve(process.env.SALVO_DATA || 'data');
}
