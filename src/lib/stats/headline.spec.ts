import { describe, expect, it } from 'vitest';
import { Attack, type AttackInput } from '../schema/attack.ts';
import { daysBefore, headlineFigures } from './headline.ts';

function attack(id: string, claims: AttackInput['claims']): Attack {
	return Attack.parse({ id, date: id.slice(0, 10), date_precision: 'exact', attacker: 'RU', claims });
}

const claim = (id: string, source: string, figures: Record<string, unknown>) => ({
	id,
	source,
	article: 'a',
	quote: 'q',
	figures
});

const attacks = [
	// 31 nights before the latest: outside the window
	attack('2025-06-20-old', [claim('af', 'ua-air-force', { drones_launched: 1000, injured: 99 })]),
	// the first night of the window
	attack('2025-06-21-first', [
		claim('af', 'ua-air-force', { drones_launched: 400, missiles_launched: 20 }),
		claim('body', 'open', { drones_launched: '>420' }),
		claim('headline', 'open', { drones_launched: 426 })
	]),
	attack('2025-07-10-middle', [
		claim('af', 'ua-air-force', { drones_launched: 100 }),
		claim('mayor', 'kyiv-mayor', { killed: '≥13', injured: 2 })
	]),
	// the latest night: the window ends here, not today
	attack('2025-07-20-last', [
		claim('af', 'ua-air-force', { drones_launched: 35 }),
		claim('mayor', 'kyiv-mayor', { killed: 2 }),
		claim('zel', 'zelensky', { killed: '~20' })
	])
];

describe('headlineFigures', () => {
	const headline = headlineFigures(attacks)!;
	const figure = (metric: string) => headline.figures.find((f) => f.metric === metric);

	it('covers the 30 days ending at the latest attack date, both ends included', () => {
		expect(headline.window).toEqual({ from: '2025-06-21', to: '2025-07-20' });
		expect(daysBefore('2025-03-01', 1)).toBe('2025-02-28');
	});

	it('sums each source over the window, with the several-claims rule', () => {
		const drones = figure('drones_launched')!;
		expect(drones.sources).toEqual([
			{ source: 'ua-air-force', total: { lo: 535, hi: 535, approx: false }, stated: 535, attacks: 3 },
			// the headline's 426, not the body's "more than 420"; the 1000 of 20 June is outside
			{ source: 'open', total: { lo: 426, hi: 426, approx: false }, stated: 426, attacks: 1 }
		]);
		expect(drones.range).toEqual({
			low: { lo: 426, hi: 426, approx: false },
			high: { lo: 535, hi: 535, approx: false }
		});
	});

	it('carries qualifiers through the sums and into the range', () => {
		const killed = figure('killed')!;
		// "at least 13" + 2 is "at least 15"; "about 20" stays approximate
		expect(killed.sources.map((s) => [s.source, s.total, s.stated])).toEqual([
			['zelensky', { lo: 20, hi: 20, approx: true }, 20],
			['kyiv-mayor', { lo: 15, hi: Infinity, approx: false }, 15]
		]);
		// by stated totals, not min of lower bounds … max of upper bounds (which would be 15 … ∞)
		expect(killed.range.low).toEqual({ lo: 15, hi: Infinity, approx: false });
		expect(killed.range.high).toEqual({ lo: 20, hi: 20, approx: true });
	});

	it('has one source’s total as both ends when only one source gives the metric', () => {
		const missiles = figure('missiles_launched')!;
		expect(missiles.sources.map((s) => s.source)).toEqual(['ua-air-force']);
		expect(missiles.range.low).toEqual(missiles.range.high);
	});

	it('leaves out metrics no source gives in the window, and never counts not said as zero', () => {
		expect(headline.figures.map((f) => f.metric)).toEqual([
			'drones_launched',
			'missiles_launched',
			'killed',
			'injured'
		]);
		// injured: only the mayor's 2 in the window; the Air Force's 99 is a month older
		expect(figure('injured')!.sources).toEqual([
			{ source: 'kyiv-mayor', total: { lo: 2, hi: 2, approx: false }, stated: 2, attacks: 1 }
		]);
	});

	it('orders equal stated totals by lower bound, so "more than 420" is above "420"', () => {
		const tie = headlineFigures([
			attack('2025-01-01-a', [claim('a', 'plain', { drones_launched: 420 })]),
			attack('2025-01-02-b', [claim('b', 'more', { drones_launched: '>420' })])
		])!;
		expect(tie.figures[0].sources.map((s) => s.source)).toEqual(['more', 'plain']);
		expect(tie.figures[0].range.high.lo).toBe(421);
	});

	it('puts "at least 3" above 3 on equal stated totals, so the range reads "3 to 12", not "at least 3 to 12"', () => {
		const tie = headlineFigures([
			attack('2025-01-01-a', [
				claim('a', 'bound', { injured: '≥3' }),
				claim('b', 'exact', { injured: 3 }),
				claim('c', 'big', { injured: 12 })
			])
		])!;
		expect(tie.figures[0].sources.map((s) => s.source)).toEqual(['big', 'bound', 'exact']);
		expect(tie.figures[0].range.low).toEqual({ lo: 3, hi: 3, approx: false });
	});

	it('sums one side’s attacks over the window of the whole dataset', () => {
		const both = [
			...attacks,
			Attack.parse({
				id: '2025-07-25-ua-strike',
				date: '2025-07-25',
				date_precision: 'exact',
				attacker: 'UA',
				claims: [claim('mod', 'ru-mod', { drones_intercepted: 29 })]
			})
		];
		const russian = headlineFigures(both, 30, 'RU')!;
		expect(russian.window).toEqual({ from: '2025-06-26', to: '2025-07-25' });
		expect(russian.figures.map((f) => f.metric)).not.toContain('drones_intercepted');
		// 21 June has left the window: the Air Force's 400 and the outlet's 426 no longer count
		expect(russian.figures[0].sources.map((s) => [s.source, s.stated])).toEqual([['ua-air-force', 135]]);
		const ukrainian = headlineFigures(both, 30, 'UA')!;
		expect(ukrainian.figures.map((f) => [f.metric, f.sources.map((s) => s.source)])).toEqual([
			['drones_intercepted', ['ru-mod']]
		]);
	});

	it('gives nothing for no attacks', () => {
		expect(headlineFigures([])).toBeUndefined();
	});
});
