/**
 * The curation assistant's draft (the pasted article and its details), kept on this device
 * between visits. Storage is a convenience, never a condition: with cookies blocked, reading
 * `localStorage` throws, and a 6 MB paste passes the quota; either made /curate a "500
 * Internal Error" with the text lost (issue 24). Nothing here throws: the page keeps the text
 * in memory whatever happens, and says when it cannot be saved.
 */

/** What the assistant keeps between visits. */
export interface Draft {
	text: string;
	title: string;
	date: string;
	outlet: string;
	url: string;
	/** The article's language as chosen, or '' to detect it. */
	lang: '' | 'it' | 'en' | 'uk';
}

/**
 * How the last save went: `saved`; `blocked` when the browser gives no storage (cookies or
 * site data blocked, some private modes); `full` when the draft is over the storage quota.
 */
export type SaveState = 'saved' | 'blocked' | 'full';

export const draftKey = 'salvo:curate';

/** The browser's storage, or the error that reaching it throws. */
type StorageSource = () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const browserStorage: StorageSource = () => window.localStorage;

const asString = (v: unknown) => (typeof v === 'string' ? v : '');

/** The saved draft; an empty one when there is none, it cannot be read, or storage is blocked. */
export function readDraft(storage: StorageSource = browserStorage): Draft {
	let saved: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(storage().getItem(draftKey) ?? '{}');
		if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
	} catch {
		// blocked storage, or an unreadable entry: as good as none
	}
	return {
		text: asString(saved.text),
		title: asString(saved.title),
		date: asString(saved.date),
		outlet: asString(saved.outlet),
		url: asString(saved.url),
		lang: saved.lang === 'it' || saved.lang === 'en' || saved.lang === 'uk' ? saved.lang : ''
	};
}

/** Saves the draft; says whether it could. */
export function saveDraft(draft: Draft, storage: StorageSource = browserStorage): SaveState {
	let store: ReturnType<StorageSource>;
	try {
		store = storage();
	} catch {
		return 'blocked';
	}
	try {
		store.setItem(draftKey, JSON.stringify(draft));
		return 'saved';
	} catch (error) {
		// browsers name the quota error differently (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED)
		// or give only its legacy code; anything else from setItem means storage is not usable
		const e = error as { name?: string; code?: number };
		if (/quota/i.test(e.name ?? '') || e.code === 22 || e.code === 1014) {
			// an older, smaller draft must not come back on the next visit in place of this one
			try {
				store.removeItem(draftKey);
			} catch {
				// nothing more to do
			}
			return 'full';
		}
		return 'blocked';
	}
}

/** Forgets the saved draft, where there is storage to forget it from. */
export function clearDraft(storage: StorageSource = browserStorage): void {
	try {
		storage().removeItem(draftKey);
	} catch {
		// blocked storage holds nothing
	}
}
