/**
 * `npm run check:data [folder]`: validates a data folder and prints every problem at once,
 * each with file, record and field; exits 1 when there is any.
 */
import { loadDataset } from '../src/lib/data/load.server.ts';
import { formatProblem } from '../src/lib/data/problems.ts';
import { dataFolder } from '../src/lib/data/folder.server.ts';
import { resolve } from 'node:path';

const dir = process.argv[2] ? resolve(process.argv[2]) : dataFolder();
const { dataset, problems, files } = loadDataset(dir);
const claims = dataset.attacks.reduce((n, a) => n + a.claims.length, 0);

for (const problem of problems) console.error(formatProblem(problem));
const counts =
	`${files.length} files: ${dataset.attacks.length} attacks, ${claims} claims, ` +
	`${dataset.sources.length} sources, ${dataset.articles.length} articles, ` +
	`${dataset.places.length} places, ${dataset.weapons.length} weapons, ` +
	`${dataset.periods?.length ?? 0} period claims valid`;
if (problems.length > 0) {
	console.error(
		`\ncheck:data: ${problems.length} problem${problems.length > 1 ? 's' : ''} in ${dir} (${counts})`
	);
	process.exit(1);
}
console.log(`check:data: ${dir} is valid (${counts})`);
