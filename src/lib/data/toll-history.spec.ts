import { describe, expect, it } from 'vitest';
import { tollHistories } from './toll-history.ts';
import type { ClaimDetail } from './views.ts';

const kyiv = { id: 'kyiv', name: 'Kyiv' };
const region = { id: 'ua-32', name: 'Kyiv Oblast' };

function claim(id: string, source: string, published: string | undefined, figures: ClaimDetail['figures'], places = [kyiv]): ClaimDetail {
	return {
		id,
		source: { id: source, name: source, side: 'UA', kind: 'local_authority' },
		article: { outlet: `outlet of ${id}`, language: 'uk', ...(published ? { published } : {}) },
		places,
		quote: '…',
		figures,
		weapons: []
	};
}
const exact = (value: number) => ({ value, qualifier: 'exact' as const });

describe('a toll that rose over the following days', () => {
	it('lists one source’s reports of one figure latest first, by article date', () => {
		const [history, ...rest] = tollHistories({
			claimDetails: [
				claim('morning', 'kcma', '2025-08-28', { killed: exact(12) }),
				claim('next-day', 'kcma', '2025-08-29', { killed: exact(23) }),
				claim('dawn', 'kcma', '2025-08-28', { killed: exact(3) }),
				claim('weeks-later', 'kcma', '2025-09-30', { killed: exact(25) })
			]
		});
		expect(rest).toEqual([]);
		expect(history).toMatchObject({ metric: 'killed', source: { id: 'kcma' }, places: [kyiv] });
		// reports of one day keep the order the file recorded them in, reversed (dawn was recorded after morning)
		expect(history.reports.map((r) => [r.claimId, r.published, r.figure.value])).toEqual([
			['weeks-later', '2025-09-30', 25],
			['next-day', '2025-08-29', 23],
			['dawn', '2025-08-28', 3],
			['morning', '2025-08-28', 12]
		]);
	});

	it('puts undated reports last and keeps each report’s outlet', () => {
		const [history] = tollHistories({
			claimDetails: [
				claim('undated', 'mayor', undefined, { injured: exact(6) }),
				claim('dated', 'mayor', '2025-11-29', { injured: exact(37) })
			]
		});
		expect(history.reports.map((r) => [r.claimId, r.outlet])).toEqual([
			['dated', 'outlet of dated'],
			['undated', 'outlet of undated']
		]);
		expect(history.reports[1]).not.toHaveProperty('published');
	});

	it('keeps sources, metrics and places apart, and leaves out tolls that never changed', () => {
		const histories = tollHistories({
			claimDetails: [
				claim('a', 'mayor', '2025-11-29', { killed: exact(2), injured: exact(15) }),
				claim('b', 'mayor', '2025-11-29', { killed: exact(2), injured: exact(37) }),
				claim('c', 'police', '2025-11-29', { injured: exact(26) }),
				claim('d', 'mayor', '2025-11-29', { injured: exact(8) }, [region]),
				claim('e', 'mayor', '2025-12-02', { killed: { value: 2, qualifier: 'at_least' } }),
				claim('f', 'mayor', '2025-12-02', { drones_launched: exact(500) }),
				claim('g', 'mayor', '2025-12-03', { drones_launched: exact(600) })
			]
		});
		// killed: 2, 2 and "at least 2" differ in their qualifier, so they are a history; the
		// mayor's injured in the region (one report), the police (one) and drones (not a toll) are not
		expect(histories.map((h) => [h.source.id, h.metric, h.places.map((p) => p.id), h.reports.map((r) => r.claimId)])).toEqual([
			['mayor', 'killed', ['kyiv'], ['e', 'b', 'a']],
			['mayor', 'injured', ['kyiv'], ['b', 'a']]
		]);
	});
});
