import { loadDataset, type Dataset } from './load.server.ts';
import { dataFolder } from './folder.server.ts';
import { formatProblem } from './problems.ts';

let cached: Dataset | undefined;

/**
 * The validated dataset the site is built from, read once per build. A folder with any
 * problem fails the build with every problem listed: a page is never built on partial data.
 */
export function getDataset(): Dataset {
	if (cached) return cached;
	const dir = dataFolder();
	const { dataset, problems } = loadDataset(dir);
	if (problems.length > 0) {
		throw new Error(`The records in ${dir} have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
	}
	cached = dataset;
	return dataset;
}
