/**
 * `npm run extract:score`: precision and recall of the curation assistant per metric, over
 * every extraction fixture (seeds, passages, holdout), and over the holdout alone, which the
 * rules were not tuned on. A candidate counts as right when metric, value and qualifier (and
 * weapon, when expected) match; flagged candidates (disagreeing headlines) are not counted.
 *
 * `npm run extract:score -- --dev <folder> [--show]`: the same over the development set of real
 * articles (tests/extract-dev/gold.yaml), whose texts are read from <folder>/<id>.txt because
 * they are third-party and not in the repository. `--show` prints each passage's misses.
 */
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/lib/data/load.server.ts';
import { dataFolder } from '../src/lib/data/folder.server.ts';
import { buildGazetteer } from '../src/lib/extract/gazetteer.ts';
import { extract, prepare } from '../src/lib/extract/extract.ts';
import { loadFixtures, matches, type Fixture } from '../tests/fixtures/extract/fixtures.ts';
import { loadDevSet, scoreDev, type Tally } from '../tests/extract-dev/dev-set.ts';

const { values } = parseArgs({ options: { dev: { type: 'string' }, show: { type: 'boolean' } } });
const gazetteer = buildGazetteer(loadDataset(dataFolder()).dataset);
const matchers = prepare(gazetteer);

function score(fixtures: Fixture[]): Map<string, Tally> {
	const tallies = new Map<string, Tally>();
	const tally = (metric: string) => {
		let t = tallies.get(metric);
		if (!t) tallies.set(metric, (t = { tp: 0, fp: 0, fn: 0, sourceRight: 0, scopeRight: 0 }));
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
const f1 = (t: Tally) => (t.tp === 0 ? '   –' : pct(2 * t.tp, 2 * t.tp + t.fp + t.fn));

function print(title: string, tallies: Map<string, Tally>, scope = false): void {
	console.log(`\n${title}`);
	console.log(
		`metric                 precision  recall     F1  source right${scope ? '  scope right' : ''}   tp  fp  fn`
	);
	const total: Tally = { tp: 0, fp: 0, fn: 0, sourceRight: 0, scopeRight: 0 };
	const row = (name: string, t: Tally) =>
		console.log(
			`${name.padEnd(22)} ${pct(t.tp, t.tp + t.fp).padStart(9)} ${pct(t.tp, t.tp + t.fn).padStart(7)} ${f1(t).padStart(6)} ${pct(t.sourceRight, t.tp).padStart(13)}${scope ? pct(t.scopeRight, t.tp).padStart(13) : ''} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`
		);
	for (const [metric, t] of [...tallies].sort()) {
		for (const k of ['tp', 'fp', 'fn', 'sourceRight', 'scopeRight'] as const) total[k] += t[k];
		row(metric, t);
	}
	row('all', total);
}

if (values.dev) {
	const { passages, missing } = loadDevSet(values.dev);
	if (passages.length === 0) {
		console.error(
			`No development passages found in ${values.dev} (expected <id>.txt for the ids of gold.yaml)`
		);
		process.exit(2);
	}
	const tuned = passages.filter((p) => !p.holdout);
	const held = passages.filter((p) => p.holdout);
	const result = scoreDev(tuned, matchers, gazetteer);
	print(`Development set (${tuned.length} real passages)`, result.tallies, true);
	const heldResult = scoreDev(held, matchers, gazetteer);
	if (held.length)
		print(`Held out (${held.length} real passages, not used while tuning)`, heldResult.tallies, true);
	result.passages.push(...heldResult.passages);
	if (missing.length) console.log(`\n${missing.length} passages of gold.yaml have no text in ${values.dev}`);
	if (values.show)
		for (const p of result.passages) {
			if (p.missed.length === 0 && p.wrong.length === 0) continue;
			console.log(`\n${p.id}`);
			for (const m of p.missed) console.log(`  missed ${m}`);
			for (const w of p.wrong) console.log(`  wrong  ${w}`);
		}
} else {
	const fixtures = loadFixtures();
	print(`All fixtures (${fixtures.length} texts)`, score(fixtures));
	const holdout = fixtures.filter((f) => f.set === 'holdout');
	print(`Holdout only (${holdout.length} texts, not used while tuning)`, score(holdout));
}
