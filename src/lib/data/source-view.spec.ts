import { describe, expect, it } from 'vitest';
import { Attack } from '../schema/attack.ts';
import { Source } from '../schema/source.ts';
import type { Dataset } from './load.server.ts';
import { rowLimit, sourceDetail } from './source-view.ts';

const sources = [
	Source.parse({ id: 'af', name: { en: 'Air Force', it: 'Aeronautica' }, side: 'UA', kind: 'military' }),
	Source.parse({ id: 'south', name: { en: 'Air Command South' }, side: 'UA', kind: 'military' }),
	Source.parse({ id: 'quiet', name: { en: 'Quiet' }, side: 'other', kind: 'media' })
];

/** `n` nights on which both channels give drones launched; the Air Force always says 10, the south 5. */
function nights(n: number): Attack[] {
	return Array.from({ length: n }, (_, i) => {
		const date = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
		return Attack.parse({
			id: `${date}-night`,
			date,
			date_precision: 'exact',
			attacker: 'RU',
			claims: [
				{ id: 'af', source: 'af', article: 'a', quote: 'q', figures: { drones_launched: 10 } },
				{ id: 'south', source: 'south', article: 'a', quote: 'q', figures: { drones_launched: 5 } }
			]
		});
	});
}

const data = (attacks: Attack[]): Dataset => ({ sources, articles: [], places: [], weapons: [], attacks });

describe('sourceDetail', () => {
	it('names the sources in the UI language and counts attacks and claims', () => {
		const detail = sourceDetail(data(nights(2)), 'af', 'it')!;
		expect(detail).toMatchObject({ name: 'Aeronautica', side: 'UA', kind: 'military', attacks: 2, claims: 2 });
		expect(detail.comparisons.map((c) => c.other)).toEqual([{ id: 'south', name: 'Air Command South' }]);
	});

	it('shows the latest rows of a long comparison and sums up all of them', () => {
		const [pair] = sourceDetail(data(nights(rowLimit + 5)), 'af', 'en')!.comparisons;
		const [drones] = pair.metrics;
		expect(drones.rows).toHaveLength(rowLimit);
		expect(drones.rows[0].date).toBe(new Date(Date.UTC(2025, 0, rowLimit + 5)).toISOString().slice(0, 10));
		expect(drones.summary).toEqual({ shared: rowLimit + 5, compared: rowLimit + 5, agree: 0, medianRatio: 2 });
	});

	it('gives a page, without comparisons, to a source with no claim, and nothing to an unknown id', () => {
		expect(sourceDetail(data(nights(1)), 'quiet', 'en')).toMatchObject({ attacks: 0, claims: 0, comparisons: [] });
		expect(sourceDetail(data(nights(1)), 'nobody', 'en')).toBeUndefined();
	});
});
