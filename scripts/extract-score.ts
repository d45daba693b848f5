/**
 * `npm run extract:score`: precision and recall of the curation assistant per metric, over
 * every extraction fixture (seeds, passages, holdout), and over the holdout alone, which the
 * rules were not tuned on. A candidate counts as right when metric, value and qualifier (and
 * weapon, when expected) match; flagged candidates (disagreeing headlines) are not counted.
 */
import { loadDataset } from '../src/lib/data/load.server.ts';
import { dataFolder } from '../src/lib/data/folder.server.ts';
import { buildGazetteer } from '../src/lib/extract/gazetteer.ts';
import { extract, prepare } from '../src/lib/extract/extract.ts';
import { loadFixtures, matches, type Fixture } from '../tests/fixtures/extract/fixtures.ts';

const matchers = prepare(buildGazetteer(loadDataset(dataFolder()).dataset));

interface Tally {
	tp: number;
	fp: number;
	fn: number;
	sourceRight: number;
}

function score(fixtures: Fixture[]): Map<string, Tally> {
	const tallies = new Map<string, Tally>();
	const tally = (metric: string) => {
		let t = tallies.get(metric);
		if (!t) tallies.set(metric, (t = { tp: 0, fp: 0, fn: 0, sourceRight: 0 }));
		return t;
	};
	for (const f of fixtures) {
		const candidates = extract(f.text, f.meta, matchers).candidates.filter((c) => !c.flag);
		const used = new Set<number>();
		for (const e of f.expected) {
			const figureOnly = { metric: e.metric, value: e.value, qualifier: e.qualifier, weapon: e.weapon };
			const i = candidates.findIndex((c, k) => !used.has(k) && matches(c, figureOnly));
			if (i < 0) {
				tally(e.metric).fn++;
				continue;
			}
			used.add(i);
			tally(e.metric).tp++;
			if (e.source === undefined || candidates[i].source === e.source) tally(e.metric).sourceRight++;
		}
		candidates.forEach((c, k) => {
			if (!used.has(k)) tally(c.metric).fp++;
		});
	}
	return tallies;
}

const pct = (a: number, b: number) => (b === 0 ? '   –' : `${Math.round((100 * a) / b)}%`.padStart(4));

function print(title: string, tallies: Map<string, Tally>): void {
	console.log(`\n${title}`);
	console.log('metric                 precision  recall  source right   tp  fp  fn');
	const total: Tally = { tp: 0, fp: 0, fn: 0, sourceRight: 0 };
	for (const [metric, t] of [...tallies].sort()) {
		for (const k of ['tp', 'fp', 'fn', 'sourceRight'] as const) total[k] += t[k];
		console.log(
			`${metric.padEnd(22)} ${pct(t.tp, t.tp + t.fp).padStart(9)} ${pct(t.tp, t.tp + t.fn).padStart(7)} ${pct(t.sourceRight, t.tp).padStart(13)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`
		);
	}
	console.log(
		`${'all'.padEnd(22)} ${pct(total.tp, total.tp + total.fp).padStart(9)} ${pct(total.tp, total.tp + total.fn).padStart(7)} ${pct(total.sourceRight, total.tp).padStart(13)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}`
	);
}

const fixtures = loadFixtures();
print(`All fixtures (${fixtures.length} texts)`, score(fixtures));
const holdout = fixtures.filter((f) => f.set === 'holdout');
print(`Holdout only (${holdout.length} texts, not used while tuning)`, score(holdout));
