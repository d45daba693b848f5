/**
 * The reconciliation of a period claim with the nightly claims: a property test against a
 * plain reference (loops over every night and claim, qualifiers read from a table), period
 * boundaries, and verdicts on qualified figures and partial coverage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attack } from '../schema/attack.ts';
import { qualifiers, type QualifiedFigure } from '../schema/figure.ts';
import type { PeriodClaim } from '../schema/period.ts';
import {
	monthNights,
	nightlyFigures,
	nightsOf,
	periodKind,
	reconcileFigure,
	reconcilePeriods,
	sumNights,
	weekEnding
} from './reconcile.ts';

const claim = (
	source: string,
	figures: Attack['claims'][number]['figures'],
	id = source
): Attack['claims'][number] => ({
	id,
	source,
	article: 'a',
	quote: 'q',
	figures,
	weapons: []
});
const attack = (
	date: string,
	claims: Attack['claims'],
	attacker: 'RU' | 'UA' = 'RU',
	id = `${date}-x`
): Attack => ({
	id,
	date,
	date_precision: 'exact',
	attacker,
	places: [],
	weapons: [],
	claims
});
const exact = (value: number): QualifiedFigure => ({ value, qualifier: 'exact' });

/** The reference: every night of the span, every attack of it, a figure's bounds from a table. */
function reference(attacks: Attack[], source: string, from: string, to: string) {
	const bounds: Record<string, (v: number) => [number, number]> = {
		exact: (v) => [v, v],
		about: (v) => [v, v],
		at_least: (v) => [v, Infinity],
		more_than: (v) => [v + 1, Infinity],
		at_most: (v) => [0, v]
	};
	let lo = 0;
	let hi = 0;
	let recorded = 0;
	let nights = 0;
	for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
		nights++;
		const night = new Date(t).toISOString().slice(0, 10);
		let said = false;
		for (const a of attacks) {
			if (a.date !== night || a.attacker !== 'RU') continue;
			const figures = a.claims
				.filter((c) => c.source === source)
				.flatMap((c) => c.figures.drones_launched ?? []);
			if (figures.length === 0) continue;
			// the largest value stands, the first of equal ones
			const best = figures.reduce((b, f) => (f.value > b.value ? f : b));
			const [l, h] = bounds[best.qualifier](best.value);
			lo += l;
			hi += h;
			said = true;
		}
		if (said) recorded++;
	}
	return { nights, recorded, sum: recorded ? { lo, hi } : undefined };
}

const figure = fc.record({
	value: fc.integer({ min: 0, max: 500 }),
	qualifier: fc.constantFrom(...qualifiers)
});
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const attacks = fc
	.array(
		fc.record({
			day: fc.integer({ min: 0, max: 40 }),
			attacker: fc.constantFrom('RU' as const, 'UA' as const),
			claims: fc.array(
				fc.record({ source: fc.constantFrom('af', 'mayor'), figure: fc.option(figure, { nil: undefined }) }),
				{
					maxLength: 3
				}
			)
		}),
		{ maxLength: 30 }
	)
	.map((list) =>
		list.map((a, i) =>
			attack(
				day(a.day),
				a.claims.map((c, j) => claim(c.source, c.figure ? { drones_launched: c.figure } : {}, `c${j}`)),
				a.attacker,
				`a${i}`
			)
		)
	);

describe('the nightly sum over a period', () => {
	it('matches a plain reference on any claims, qualifiers and coverage', () => {
		fc.assert(
			fc.property(attacks, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (list, a, b) => {
				const [from, to] = [day(Math.min(a, b)), day(Math.max(a, b))];
				const got = sumNights(nightlyFigures(list, 'af', 'drones_launched', 'RU'), from, to);
				const want = reference(list, 'af', from, to);
				expect(got.nights).toBe(want.nights);
				expect(got.recorded).toBe(want.recorded);
				expect(got.missing).toHaveLength(want.nights - want.recorded);
				expect(got.sum && { lo: got.sum.lo, hi: got.sum.hi }).toEqual(want.sum);
			}),
			{ numRuns: 300 }
		);
	});

	it('carries qualifiers: "at least 13" plus 2 is at least 15; "about" marks the sum approximate', () => {
		const list = [
			attack('2025-03-01', [claim('af', { drones_launched: { value: 13, qualifier: 'at_least' } })]),
			attack('2025-03-02', [claim('af', { drones_launched: exact(2) })]),
			attack('2025-03-03', [claim('af', { drones_launched: { value: 50, qualifier: 'about' } })])
		];
		const byNight = nightlyFigures(list, 'af', 'drones_launched', 'RU');
		expect(sumNights(byNight, '2025-03-01', '2025-03-02').sum).toEqual({
			lo: 15,
			hi: Infinity,
			approx: false
		});
		expect(sumNights(byNight, '2025-03-02', '2025-03-03').sum).toEqual({ lo: 52, hi: 52, approx: true });
	});

	it('never counts another source, another attacker or another metric', () => {
		const list = [
			attack('2025-03-01', [
				claim('mayor', { drones_launched: exact(99) }),
				claim('af', { killed: exact(3) })
			]),
			attack('2025-03-01', [claim('af', { drones_launched: exact(7) })], 'UA', 'ua')
		];
		expect(
			sumNights(nightlyFigures(list, 'af', 'drones_launched', 'RU'), '2025-03-01', '2025-03-01').sum
		).toBeUndefined();
	});
});

describe('period boundaries', () => {
	const list = ['2025-02-28', '2025-03-01', '2025-03-07', '2025-03-08', '2025-03-31', '2025-04-01'].map(
		(d, i) => attack(d, [claim('af', { drones_launched: exact(10 ** i) })])
	);
	const byNight = nightlyFigures(list, 'af', 'drones_launched', 'RU');

	it('a week ends on the day the tally is given and includes both ends', () => {
		expect(weekEnding('2025-03-07')).toEqual({ from: '2025-03-01', to: '2025-03-07' });
		const week = sumNights(byNight, '2025-03-01', '2025-03-07');
		// 2025-03-01 (10) and 2025-03-07 (100): not 2025-02-28 nor 2025-03-08
		expect(week.sum?.lo).toBe(110);
		expect([week.first, week.last, week.nights, week.recorded]).toEqual(['2025-03-01', '2025-03-07', 7, 2]);
		expect(week.missing).toEqual(['2025-03-02', '2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06']);
	});

	it('a calendar month is its nights, first to last', () => {
		expect(monthNights('2025-03')).toEqual({ from: '2025-03-01', to: '2025-03-31' });
		expect(monthNights('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(monthNights('2025-02')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
		expect(monthNights('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
		const { from, to } = monthNights('2025-03');
		expect(sumNights(byNight, from, to).sum?.lo).toBe(10 + 100 + 1000 + 10000);
	});

	it('crosses months and years night by night', () => {
		expect(nightsOf('2024-12-30', '2025-01-02')).toEqual([
			'2024-12-30',
			'2024-12-31',
			'2025-01-01',
			'2025-01-02'
		]);
		expect(nightsOf('2024-02-28', '2024-03-01')).toHaveLength(3);
		expect(nightsOf('2025-03-01', '2025-03-01')).toEqual(['2025-03-01']);
	});

	it('names the kind of span', () => {
		expect(periodKind('2025-09-01', '2025-09-30')).toBe('month');
		expect(periodKind('2025-09-01', '2025-09-07')).toBe('week');
		expect(periodKind('2025-09-01', '2025-09-29')).toBe('nights');
	});
});

describe('the verdict on a period figure', () => {
	const week = (sums: number[], nights = 7) => {
		const byNight = new Map(sums.map((s, i) => [day(i), { lo: s, hi: s, approx: false }]));
		return sumNights(byNight, day(0), day(nights - 1));
	};
	const seven = week([200, 200, 200, 200, 200, 200, 100]); // 1,300 over 7 of 7 nights

	it('"more than 1,300" does not meet an exact 1,300, "more than 1,250" does', () => {
		expect(
			reconcileFigure('drones_launched', { value: 1300, qualifier: 'more_than' }, 'af', seven).verdict
		).toBe('above');
		expect(
			reconcileFigure('drones_launched', { value: 1250, qualifier: 'more_than' }, 'af', seven).verdict
		).toBe('agrees');
	});

	it('"nearly" (about) meets a sum within 5%, not beyond', () => {
		expect(reconcileFigure('drones_launched', { value: 1350, qualifier: 'about' }, 'af', seven).verdict).toBe(
			'agrees'
		);
		expect(reconcileFigure('drones_launched', { value: 1400, qualifier: 'about' }, 'af', seven).verdict).toBe(
			'above'
		);
		expect(reconcileFigure('drones_launched', { value: 1200, qualifier: 'about' }, 'af', seven).verdict).toBe(
			'below'
		);
	});

	it('gives the difference in count and in percent', () => {
		const r = reconcileFigure('drones_launched', exact(1430), 'af', seven);
		expect(r.verdict).toBe('above');
		expect(r.difference).toEqual({ count: 130, percent: 10 });
		expect(reconcileFigure('drones_launched', exact(1300), 'af', seven)).toMatchObject({
			verdict: 'agrees',
			difference: { count: 0, percent: 0 },
			nights: 7,
			recorded: 7
		});
	});

	it('with nights missing, a figure above the recorded sum is consistent, one below it is not', () => {
		const partial = week([200, 200, 200], 7);
		expect(reconcileFigure('drones_launched', exact(1300), 'af', partial)).toMatchObject({
			verdict: 'consistent',
			recorded: 3,
			nights: 7
		});
		expect(reconcileFigure('drones_launched', exact(500), 'af', partial).verdict).toBe('below');
	});

	it('has no verdict without a nightly figure: not said is not zero', () => {
		const r = reconcileFigure('drones_launched', exact(10), 'af', week([], 7));
		expect(r.verdict).toBe('none');
		expect(r.difference).toBeUndefined();
	});
});

describe('reconcilePeriods', () => {
	it('sums the compare_with source over the period, and leaves guided bombs unmatched', () => {
		const list = [
			attack('2025-03-01', [
				claim('af', { drones_launched: exact(600) }),
				claim('zelensky', { drones_launched: exact(1) })
			]),
			attack('2025-03-02', [claim('af', { drones_launched: exact(700) })])
		];
		const period: PeriodClaim = {
			id: 'p',
			source: 'zelensky',
			article: 'a',
			attacker: 'RU',
			from: '2025-03-01',
			to: '2025-03-02',
			quote: 'q',
			compare_with: 'af',
			figures: { drones_launched: { value: 1300, qualifier: 'about' }, guided_bombs_launched: exact(1200) }
		};
		const [result] = reconcilePeriods([period], list);
		expect(result.figures.map((f) => [f.metric, f.against, f.verdict, f.sum?.lo])).toEqual([
			['drones_launched', 'af', 'agrees', 1300],
			['guided_bombs_launched', 'af', 'none', undefined]
		]);
		const own = reconcilePeriods([{ ...period, compare_with: undefined }], list)[0].figures[0];
		expect([own.against, own.sum?.lo, own.verdict]).toEqual(['zelensky', 1, 'consistent']);
	});
});
