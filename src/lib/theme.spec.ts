import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme, THEME_KEY, themes } from './theme.ts';
import { themeBoot, themeBootHash } from './theme-boot.ts';

describe('theme', () => {
	it('reads only light and dark as a choice; anything else follows the system', () => {
		expect(parseTheme('light')).toBe('light');
		expect(parseTheme('dark')).toBe('dark');
		for (const value of ['system', '', 'Dark', 'auto', null, undefined])
			expect(parseTheme(value)).toBe('system');
	});

	it('shows the system preference unless the reader chose', () => {
		expect(resolveTheme('system', true)).toBe('dark');
		expect(resolveTheme('system', false)).toBe('light');
		expect(resolveTheme('light', true)).toBe('light');
		expect(resolveTheme('dark', false)).toBe('dark');
	});

	it('the script that runs before first paint uses the same key and values', () => {
		expect(themeBoot).toContain(`localStorage.getItem('${THEME_KEY}')`);
		for (const theme of themes.filter((t) => t !== 'system')) expect(themeBoot).toContain(`'${theme}'`);
	});

	/** Runs the head script as a page at `path` would, with `stored` in localStorage. */
	function boot(path: string, stored: string | null | Error): string | undefined {
		const dataset: { theme?: string } = {};
		const url = new URL(path, 'https://salvo.example');
		runInNewContext(themeBoot, {
			location: url,
			URLSearchParams,
			document: { documentElement: { dataset }, addEventListener: () => {}, querySelector: () => null },
			localStorage: {
				getItem: (key: string) => {
					if (stored instanceof Error) throw stored;
					return key === THEME_KEY ? stored : null;
				}
			}
		});
		return dataset.theme;
	}

	it('applies a stored choice on site pages, and only a valid one', () => {
		expect(boot('/map', 'dark')).toBe('dark');
		expect(boot('/it/daily', 'light')).toBe('light');
		expect(boot('/map', 'system')).toBeUndefined();
		expect(boot('/map', '<script>')).toBeUndefined();
		expect(boot('/map', null)).toBeUndefined();
		// storage refused (a sandboxed frame): the system's preference, no error
		expect(boot('/map', new Error('SecurityError'))).toBeUndefined();
	});

	it("takes an embed's theme from its address and never reads storage there", () => {
		expect(boot('/embed/map?theme=dark', new Error('storage must not be read'))).toBe('dark');
		expect(boot('/it/embed/daily/by-source?theme=light', 'dark')).toBe('light');
		expect(boot('/embed/map', 'dark')).toBeUndefined();
		expect(boot('/embed/map?theme=blue', 'dark')).toBeUndefined();
	});

	/**
	 * A page with the header's theme select, `app` or not (an app page preloads its modules):
	 * runs the head script, fires DOMContentLoaded, and returns a way to choose in the select.
	 */
	function page(stored: string | null, app: boolean) {
		const dataset: { theme?: string } = {};
		const storage = new Map<string, string>(stored ? [[THEME_KEY, stored]] : []);
		const listeners = new Map<string, (event: { target: unknown }) => void>();
		const select = { value: 'system' };
		runInNewContext(themeBoot, {
			location: new URL('/attacks/2025-07-21', 'https://salvo.example'),
			URLSearchParams,
			document: {
				documentElement: { dataset },
				addEventListener: (type: string, f: (event: { target: unknown }) => void) => listeners.set(type, f),
				querySelector: (selector: string) =>
					selector.includes('modulepreload') ? (app ? {} : null) : selector.includes('select') ? select : null
			},
			localStorage: {
				getItem: (key: string) => storage.get(key) ?? null,
				setItem: (key: string, value: string) => storage.set(key, value),
				removeItem: (key: string) => storage.delete(key)
			}
		});
		listeners.get('DOMContentLoaded')?.({ target: undefined });
		const choose = (value: string) => {
			select.value = value;
			listeners.get('change')?.({ target: select });
		};
		return { dataset, storage, select, choose };
	}

	for (const app of [false, true]) {
		it(`runs the theme select of ${app ? 'an app' : 'a document'} page and remembers the choice`, () => {
			const doc = page('dark', app);
			expect(doc.select.value).toBe('dark');
			doc.choose('light');
			expect(doc.dataset.theme).toBe('light');
			expect(doc.storage.get(THEME_KEY)).toBe('light');
			doc.choose('system');
			expect(doc.dataset.theme).toBeUndefined();
			expect(doc.storage.has(THEME_KEY)).toBe(false);
		});
	}

	it('the CSP hash is the hash of the script as inlined', () => {
		const digest = createHash('sha256').update(themeBoot, 'utf8').digest('base64');
		expect(themeBootHash).toBe(`sha256-${digest}`);
	});
});
