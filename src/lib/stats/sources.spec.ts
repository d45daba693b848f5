import { describe, expect, it } from 'vitest';
import { Attack, type AttackInput } from '../schema/attack.ts';
import { compareSource, median, sourceFigure } from './sources.ts';

/** A small attack written the way a curator would, parsed by the real schema. */
function attack(id: string, claims: AttackInput['claims'], places: string[] = ['kyiv']): Attack {
	return Attack.parse({
		id,
		date: id.slice(0, 10),
		date_precision: 'exact',
		attacker: 'RU',
		places,
		claims
	});
}

const claim = (id: string, source: string, figures: Record<string, unknown>, places?: string[]) => ({
	id,
	source,
	article: 'a',
	quote: 'q',
	figures,
	...(places ? { places } : {})
});

// the 2025-07-21 shape: an outlet's body and headline disagree with each other
const july = attack('2025-07-21-strike', [
	claim('open-body', 'open', { drones_launched: '>420', missiles_launched: 20, missiles_intercepted: 20 }),
	claim('open-headline', 'open', { drones_launched: 426, missiles_launched: 24 }),
	claim('zelensky', 'zelensky', { killed: 2, injured: 15 }),
	claim('af', 'ua-air-force', { drones_launched: 426, missiles_launched: 24, missiles_intercepted: 24 })
]);
const august = attack('2025-08-01-strike', [
	claim('af', 'ua-air-force', { drones_launched: 100, missiles_launched: 0 }),
	claim('open', 'open', { drones_launched: '≥50', missiles_launched: 0, killed: 3 })
]);
const september = attack('2025-09-01-strike', [
	claim('af', 'ua-air-force', { drones_launched: 300 }),
	claim('open', 'open', { drones_launched: 200 })
]);
const onlyAirForce = attack('2025-10-01-strike', [claim('af', 'ua-air-force', { drones_launched: 50 })]);

describe('sourceFigure: several claims by one source on one attack', () => {
	it('takes the largest stated value and keeps the others for display', () => {
		const drones = sourceFigure(july, 'open', 'drones_launched')!;
		expect(drones.figure).toEqual({ value: 426, qualifier: 'exact' });
		expect(drones.claim).toBe('open-headline');
		expect(drones.others).toEqual([{ value: 420, qualifier: 'more_than' }]);
		const missiles = sourceFigure(july, 'open', 'missiles_launched')!;
		expect(missiles.figure.value).toBe(24);
		expect(missiles.others).toEqual([{ value: 20, qualifier: 'exact' }]);
	});
	it('breaks a tie by the higher lower bound: "more than 420" before "420"', () => {
		const a = attack('2025-07-22-tie', [
			claim('plain', 'open', { drones_launched: 420 }),
			claim('more', 'open', { drones_launched: '>420' })
		]);
		expect(sourceFigure(a, 'open', 'drones_launched')!.claim).toBe('more');
	});
	it('uses the one claim that gives the metric, and says nothing when none does', () => {
		expect(sourceFigure(july, 'open', 'missiles_intercepted')!.others).toEqual([]);
		expect(sourceFigure(july, 'open', 'killed')).toBeUndefined();
		expect(sourceFigure(july, 'ru-mod', 'drones_launched')).toBeUndefined();
	});
});

describe('compareSource', () => {
	const pairs = compareSource([july, august, september, onlyAirForce], 'ua-air-force');
	const open = pairs.find((p) => p.other === 'open')!;
	const metric = (m: string) => open.metrics.find((x) => x.metric === m);

	it('lists the other sources with shared attacks, most shared first', () => {
		expect(pairs.map((p) => [p.other, p.sharedAttacks])).toEqual([
			['open', 3],
			['zelensky', 1]
		]);
	});

	it('compares drones launched on the three shared attacks, newest first', () => {
		const drones = metric('drones_launched')!;
		expect(drones.rows.map((r) => [r.date, r.mine.figure.value, r.theirs.figure.value, r.agree])).toEqual([
			['2025-09-01', 300, 200, false],
			['2025-08-01', 100, 50, true], // 100 is "at least 50"
			['2025-07-21', 426, 426, true] // the headline's 426, not the body's "more than 420"
		]);
		expect(drones.summary).toEqual({ shared: 3, compared: 3, agree: 2, medianRatio: 1.5 });
	});

	it('compares missiles with the largest of the outlet’s figures, 24 against 24', () => {
		const missiles = metric('missiles_launched')!;
		expect(missiles.rows[1].theirs.figure.value).toBe(24);
		expect(missiles.rows[1].theirs.others.map((f) => f.value)).toEqual([20]);
		// both say zero on 2025-08-01: they agree, but zero gives no ratio
		expect(missiles.rows[0].agree).toBe(true);
		expect(missiles.rows[0].ratio).toBeUndefined();
		expect(missiles.summary).toEqual({ shared: 2, compared: 2, agree: 2, medianRatio: 1 });
	});

	it('counts an attack for a metric only when both sources give it', () => {
		// only the body gives missiles intercepted: 24 against 20, on one attack
		expect(metric('missiles_intercepted')!.summary).toEqual({
			shared: 1,
			compared: 1,
			agree: 0,
			medianRatio: 1.2
		});
		// the outlet gives killed, the Air Force does not: not said is not zero, so no row
		expect(metric('killed')).toBeUndefined();
		// Zelensky shares an attack but no metric with the Air Force
		expect(pairs.find((p) => p.other === 'zelensky')!.metrics).toEqual([]);
	});

	it('has no median ratio when every shared figure is zero', () => {
		const zero = attack('2025-11-01-zero', [
			claim('gov', 'governor', { killed: 0 }, ['kyiv']),
			claim('open', 'open', { killed: 0 })
		]);
		const [pair] = compareSource([zero], 'governor');
		expect(pair.metrics[0].summary).toEqual({ shared: 1, compared: 1, agree: 1, medianRatio: undefined });
	});

	it('does not judge a city’s toll against a toll for more places', () => {
		const mayor = attack(
			'2025-12-01-mayor',
			[claim('mayor', 'kyiv-mayor', { injured: 3 }, ['kyiv']), claim('zel', 'zelensky', { injured: 15 })],
			['kyiv', 'kharkiv']
		);
		const [pair] = compareSource([mayor], 'kyiv-mayor');
		expect(pair.metrics[0].rows[0].agree).toBeUndefined();
		expect(pair.metrics[0].summary).toEqual({ shared: 1, compared: 0, agree: 0, medianRatio: undefined });
	});

	it('compares launch counts whatever places the claims name', () => {
		// an Air Force post names the regions hit; its count of drones is still the whole attack's
		const named = attack(
			'2025-12-02-named',
			[
				claim('af', 'ua-air-force', { drones_launched: 426 }, ['kharkiv']),
				claim('open', 'open', { drones_launched: '>420' }, ['kyiv'])
			],
			['kyiv', 'kharkiv']
		);
		const [pair] = compareSource([named], 'ua-air-force');
		expect(pair.metrics[0].rows[0].agree).toBe(true);
		expect(pair.metrics[0].summary).toMatchObject({ shared: 1, compared: 1, agree: 1 });
	});

	it('gives nothing for a source with no claim', () => {
		expect(compareSource([july], 'nobody')).toEqual([]);
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the two middle values', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(median([])).toBeUndefined();
	});
});
