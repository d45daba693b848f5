import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, readDraft, saveDraft, type Draft } from './draft-storage.ts';

const draft: Draft = {
	text: 'Oltre 50 droni',
	title: 'T',
	date: '2025-07-22',
	outlet: 'O',
	url: '',
	lang: 'it'
};
const empty: Draft = { text: '', title: '', date: '', outlet: '', url: '', lang: '' };

/** A storage like the browser's, with at most `quota` characters. */
function memoryStorage(quota = Infinity) {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			items.set(k, v);
		},
		removeItem: (k: string) => void items.delete(k)
	};
}

// cookies blocked: reading window.localStorage itself throws a SecurityError
const blocked = () => {
	throw new DOMException('Access is denied for this document.', 'SecurityError');
};

describe('the curation draft in storage', () => {
	it('keeps a draft between visits', () => {
		const storage = memoryStorage();
		expect(saveDraft(draft, () => storage)).toBe('saved');
		expect(readDraft(() => storage)).toEqual(draft);
		clearDraft(() => storage);
		expect(readDraft(() => storage)).toEqual(empty);
	});

	// issue 24: the page was a 500 on load with storage blocked
	it('reads an empty draft, saves nothing and never throws when storage is blocked', () => {
		expect(readDraft(blocked)).toEqual(empty);
		expect(saveDraft(draft, blocked)).toBe('blocked');
		expect(() => clearDraft(blocked)).not.toThrow();
		const refuses = { ...memoryStorage(), setItem: () => blocked() };
		expect(saveDraft(draft, () => refuses)).toBe('blocked');
	});

	// issue 24: a 6 MB paste hit the quota and the page became a 500 with the text lost
	it('says the draft is too large, and forgets the older one rather than bring it back', () => {
		const storage = memoryStorage(1000);
		expect(saveDraft(draft, () => storage)).toBe('saved');
		expect(saveDraft({ ...draft, text: 'x'.repeat(6_000_000) }, () => storage)).toBe('full');
		expect(storage.items.has(draftKey)).toBe(false);
		// Firefox's name for the same error, and the legacy code alone
		for (const error of [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, { name: 'Error', code: 22 }]) {
			const full = {
				...memoryStorage(),
				setItem: () => {
					throw error;
				}
			};
			expect(saveDraft(draft, () => full)).toBe('full');
		}
	});

	it('reads an unreadable or foreign entry as an empty draft', () => {
		for (const stored of ['{not json', '42', 'null', '{"text": 5, "lang": "xx"}']) {
			const storage = memoryStorage();
			storage.items.set(draftKey, stored);
			expect(readDraft(() => storage)).toEqual(empty);
		}
	});
});
