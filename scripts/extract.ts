/**
 * `npm run extract -- <file.txt> [--lang it|en|uk] [--date YYYY-MM-DD] [--outlet NAME] [--title TEXT]`:
 * prints the candidate figures the curation assistant finds in an article, as JSON.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/lib/data/load.server.ts';
import { dataFolder } from '../src/lib/data/folder.server.ts';
import { buildGazetteer } from '../src/lib/extract/gazetteer.ts';
import { extract, prepare, type Lang } from '../src/lib/extract/extract.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		lang: { type: 'string' },
		date: { type: 'string' },
		outlet: { type: 'string' },
		title: { type: 'string' }
	}
});
const file = positionals[0];
if (
	!file ||
	(values.lang && !['it', 'en', 'uk'].includes(values.lang)) ||
	(values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
) {
	console.error(
		'usage: npm run extract -- <file.txt> [--lang it|en|uk] [--date YYYY-MM-DD] [--outlet NAME] [--title TEXT]'
	);
	process.exit(2);
}
const { dataset } = loadDataset(dataFolder());
const result = extract(
	readFileSync(file, 'utf8'),
	{ lang: values.lang as Lang | undefined, date: values.date, outlet: values.outlet, title: values.title },
	prepare(buildGazetteer(dataset))
);
const { numbers, ...rest } = result;
console.log(
	JSON.stringify(
		{
			...rest,
			ignored: numbers.filter((n) => n.role === 'distractor').map((n) => ({ text: n.text, reason: n.reason }))
		},
		null,
		2
	)
);
