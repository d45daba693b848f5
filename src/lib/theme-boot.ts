/**
 * The script that applies the reader's chosen theme before the first paint, so a dark page never
 * flashes light, and that runs the header's theme select on every page (applying and storing a
 * choice; the app's ThemeState only follows it, so charts recolour). It is inlined in every page's <head> (hooks.server.ts puts it where app.html
 * says `%salvo.theme%`): a `<script src>` there was a render-blocking request, a round trip
 * before the first paint on a slow link. The Content-Security-Policy allows it by its hash
 * (vite.config.ts adds `themeBootHash` to script-src), and nothing else inline.
 * The key and values are THEME_KEY and the themes of theme.ts; no choice leaves the system's
 * preference. Embed pages (/embed/…) take the theme from their address (?theme=dark|light)
 * instead: the host page chooses it, and a framed page neither reads nor writes storage.
 */
import { createHash } from 'node:crypto';

// plain JavaScript in a string: it runs as it is written, never compiled
export const themeBoot = `(() => {
	let choice = null;
	if (/\\/embed\\//.test(location.pathname)) choice = new URLSearchParams(location.search).get('theme');
	else {
		try {
			choice = localStorage.getItem('salvo-theme');
		} catch {
			// storage refused: the system's preference applies
		}
		// the header's theme select, on every page: it applies and stores the reader's choice
		// (document pages have no app to do it; on app pages, theme.svelte.ts only follows it)
		const select = () => document.querySelector('.site-header .theme select');
		document.addEventListener('DOMContentLoaded', () => {
			const el = select();
			if (el) el.value = choice === 'light' || choice === 'dark' ? choice : 'system';
		});
		document.addEventListener('change', (event) => {
			const el = select();
			if (!el || event.target !== el) return;
			const next = el.value === 'light' || el.value === 'dark' ? el.value : 'system';
			if (next === 'system') delete document.documentElement.dataset.theme;
			else document.documentElement.dataset.theme = next;
			try {
				if (next === 'system') localStorage.removeItem('salvo-theme');
				else localStorage.setItem('salvo-theme', next);
			} catch {
				// storage refused: the choice lasts for this page only
			}
		});
	}
	if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
})();`;

/** The script's CSP source expression, `'sha256-…'`. */
export const themeBootHash: `sha256-${string}` = `sha256-${createHash('sha256').update(themeBoot).digest('base64')}`;
