import { describe, expect, it } from 'vitest';
import { Article, Attack, Claim, IsoDate, Place } from './index.ts';

const claim = { id: 'c', source: 's', article: 'a', quote: 'oltre 420 droni' };

describe('IsoDate', () => {
	it('accepts real days, leap days included', () => {
		expect(IsoDate.parse('2024-02-29')).toBe('2024-02-29');
	});
	it.each(['2025-02-30', '2025-02-29', '2025-13-01', '2025-7-1', '21/07/2025'])('rejects %s', (d) => {
		expect(IsoDate.safeParse(d).success).toBe(false);
	});
});

describe('Claim', () => {
	it('keeps absent metrics absent: not said is not zero', () => {
		const parsed = Claim.parse({ ...claim, figures: { drones_launched: '>420' } });
		expect(parsed.figures).toEqual({ drones_launched: { value: 420, qualifier: 'more_than' } });
		expect('killed' in parsed.figures).toBe(false);
	});
	it('refuses more intercepted than launched when both are exact', () => {
		const r = Claim.safeParse({ ...claim, figures: { missiles_launched: 20, missiles_intercepted: 24 } });
		expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['figures.missiles_intercepted', 'missiles_intercepted (24) is greater than missiles_launched (20)']
		]);
	});
	it('allows it when one of them is a bound, since "more than 20" can exceed 24', () => {
		expect(
			Claim.safeParse({ ...claim, figures: { missiles_launched: '>20', missiles_intercepted: 24 } }).success
		).toBe(true);
	});
	it('checks the same within a weapon type', () => {
		const r = Claim.safeParse({
			...claim,
			weapons: [{ weapon: 'w', launched: 5, intercepted: 3, suppressed: 4 }]
		});
		expect(r.error?.issues[0].message).toBe('suppressed (4) is greater than intercepted (3) for w');
	});
	it('refuses unknown fields and unknown metrics', () => {
		expect(Claim.safeParse({ ...claim, sourse: 'x' }).success).toBe(false);
		expect(Claim.safeParse({ ...claim, figures: { wounded: 3 } }).success).toBe(false);
	});
	it('refuses empty and control-character quotes', () => {
		expect(Claim.safeParse({ ...claim, quote: '  ' }).success).toBe(false);
		expect(Claim.safeParse({ ...claim, quote: 'a\u0007b' }).success).toBe(false);
	});
});

describe('Article', () => {
	const article = { id: 'a', outlet: 'Open', language: 'it' };
	it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://x.org/a', '/relative'])(
		'refuses the URL %s',
		(url) => {
			expect(Article.safeParse({ ...article, url }).success).toBe(false);
		}
	);
	it('accepts http and https', () => {
		expect(Article.parse({ ...article, url: 'https://www.open.online/x' }).url).toBe(
			'https://www.open.online/x'
		);
	});
});

describe('Place', () => {
	const place = { id: 'kyiv', kind: 'settlement', names: { en: 'Kyiv' }, country: 'UA', region: 'UA-30' };
	it('needs coordinates for a settlement, not for a region', () => {
		expect(Place.safeParse(place).success).toBe(false);
		expect(Place.safeParse({ ...place, lat: 50.45, lon: 30.52 }).success).toBe(true);
		expect(Place.safeParse({ ...place, id: 'ua-30', kind: 'region' }).success).toBe(true);
	});
	it('keeps Crimea in Ukraine: its region code must match the country', () => {
		const sevastopol = { ...place, id: 'sevastopol', region: 'UA-40', lat: 44.6, lon: 33.52 };
		expect(Place.safeParse(sevastopol).success).toBe(true);
		expect(Place.safeParse({ ...sevastopol, country: 'RU' }).success).toBe(false);
	});
});

describe('Attack', () => {
	it('needs at least one claim', () => {
		const attack = {
			id: '2025-07-21-x',
			date: '2025-07-21',
			date_precision: 'exact',
			attacker: 'RU',
			claims: []
		};
		expect(Attack.safeParse(attack).success).toBe(false);
		expect(Attack.safeParse({ ...attack, claims: [claim] }).success).toBe(true);
	});
});
