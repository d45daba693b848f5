/**
 * Data a document page (`csr = false`) renders on the server and never sends to the browser.
 *
 * SvelteKit serialises every page's load data twice while prerendering (for hydration, and as
 * `__data.json` for client-side navigation), even for a page that has no app to hydrate: at 10k
 * attacks that was a third of the build for night pages that ship no JavaScript. Wrapped in
 * `ServerRendered`, a value crosses as nothing (see `transport` in src/hooks.ts); the page reads
 * `.value` while it is rendered on the server. In a browser there is no value, and reading it
 * throws, so a page that hydrated such data would fail loudly in its tests, not show nothing.
 */
export class ServerRendered<T> {
	readonly #value: T | undefined;
	readonly #present: boolean;

	constructor(value: T, present = true) {
		this.#value = value;
		this.#present = present;
	}

	/** The value, on the server; throws where it was never sent (in a browser). */
	get value(): T {
		if (!this.#present) {
			throw new Error('ServerRendered data is not sent to the browser: use it only on csr = false pages');
		}
		return this.#value as T;
	}

	/** What a browser gets in its place. */
	static absent<T>(): ServerRendered<T> {
		return new ServerRendered<T>(undefined as T, false);
	}
}

/** Wraps `value` as server-rendered only. */
export const serverRendered = <T>(value: T) => new ServerRendered(value);
