import { describe, expect, it } from 'vitest';
import { byName } from './collate.ts';

describe('byName', () => {
	it('sorts by the name in the reader’s alphabet, not by code points', () => {
		const items = [
			{ name: 'Zhytomyr Oblast' },
			{ name: 'cherkasy Oblast' },
			{ name: 'Ódesa' },
			{ name: 'Kyiv' }
		];
		expect(byName('en', items).map((i) => i.name)).toEqual([
			'cherkasy Oblast',
			'Kyiv',
			'Ódesa',
			'Zhytomyr Oblast'
		]);
	});
	it('orders numbers by value and leaves its input alone', () => {
		const items = [{ name: 'Area 10' }, { name: 'Area 9' }];
		expect(byName('it', items).map((i) => i.name)).toEqual(['Area 9', 'Area 10']);
		expect(items[0].name).toBe('Area 10');
	});
});
