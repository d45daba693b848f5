import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme, THEME_KEY, themes } from './theme.ts';

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
		const script = readFileSync(new URL('../../static/theme.js', import.meta.url), 'utf8');
		expect(script).toContain(`const key = '${THEME_KEY}';`);
		expect(script).toContain('localStorage.getItem(key)');
		expect(script).toContain('localStorage.setItem(key, choice)');
		for (const theme of themes.filter((t) => t !== 'system')) expect(script).toContain(`'${theme}'`);
	});
});
