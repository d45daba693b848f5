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

// one write, and an exit code rather than process.exit: exiting at once cut what was still on
// its way to a pipe (`npm run check:data | cat` printed 1,063 of 60,002 lines, issue 24)
if (problems.length > 0) process.stderr.write(`${problems.map(formatProblem).join('\n')}\n`);
const counts =
	`${files.length} files: ${dataset.attacks.length} attacks, ${claims} claims, ` +
	`${dataset.sources.length} sources, ${dataset.articles.length} articles, ` +
	`${dataset.places.length} places, ${dataset.weapons.length} weapons, ` +
	`${dataset.periods?.length ?? 0} period claims valid`;
if (problems.length > 0) {
	process.stderr.write(
		`\ncheck:data: ${problems.length} problem${problems.length > 1 ? 's' : ''} in ${dir} (${counts})\n`
	);
	process.exitCode = 1;
} else console.log(`check:data: ${dir} is valid (${counts})`);
