/**
 * The reader's theme: `system` follows the operating system's light or dark preference,
 * `light` and `dark` override it. The choice lives in localStorage under THEME_KEY and shows as
 * `data-theme` on <html>; the head script of theme-boot.ts applies it before the first paint
 * and must use the same key and values.
 */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const THEME_KEY = 'salvo-theme';

/** A stored value as a theme; anything unknown (or nothing) is `system`. */
export function parseTheme(value: string | null | undefined): Theme {
	return value === 'light' || value === 'dark' ? value : 'system';
}

/** The scheme a theme shows, given whether the system prefers dark. */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
	return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/**
 * A design token as a colour a canvas can use (`rgb(…)`): tokens hold `light-dark(…)`, which
 * only an element's computed style turns into one colour.
 */
export function cssColour(within: Element, token: string, fallback: string): string {
	const probe = document.createElement('span');
	probe.style.color = `var(${token}, ${fallback})`;
	probe.style.display = 'none';
	within.appendChild(probe);
	const colour = getComputedStyle(probe).color;
	probe.remove();
	return colour || fallback;
}
