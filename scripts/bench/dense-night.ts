/**
 * A data folder with one night of very many claims, for measuring the data check and the build
 * on it (issue 24: a night of 60,000 claims built a 57 MB page in 330 s). SYNTHETIC: the
 * records of data/ are copied, and one made-up attack is added, every claim citing the Air
 * Force's first article with a quote that says it is synthetic. Never written into data/.
 *
 *   node scripts/bench/dense-night.ts /tmp/dense 60000
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadDataset } from '../../src/lib/data/load.server.ts';

export function denseNight(out: string, claims: number): string {
	const data = resolve(import.meta.dirname, '../../data');
	const dir = join(resolve(out), 'data');
	if (dir.startsWith(data)) throw new Error('never into data/');
	cpSync(data, dir, { recursive: true });
	const { dataset } = loadDataset(dir);
	const article = dataset.articles.find((a) => a.id.startsWith('kpszsu-'))?.id ?? dataset.articles[0].id;
	const id = '2025-07-22-synthetic-dense-night';
	const attack = {
		id,
		date: '2025-07-22',
		date_precision: 'exact',
		attacker: 'RU',
		places: [],
		claims: Array.from({ length: claims }, (_, i) => ({
			id: `synthetic-${i + 1}`,
			source: 'ua-air-force',
			article,
			places: [],
			quote: `SYNTHETIC benchmark claim ${i + 1}: launched ${100 + (i % 400)}`,
			figures: { drones_launched: 100 + (i % 400) }
		}))
	};
	mkdirSync(join(dir, 'attacks/2025'), { recursive: true });
	writeFileSync(join(dir, `attacks/2025/${id}.yaml`), `# SYNTHETIC benchmark data\n${stringify(attack)}`);
	return dir;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
	const [out, n] = process.argv.slice(2);
	if (!out || !n) throw new Error('usage: node scripts/bench/dense-night.ts <dir> <claims>');
	console.log(denseNight(out, Number(n)));
}
