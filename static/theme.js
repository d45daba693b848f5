// Applies the reader's chosen theme before the first paint, so a dark page never flashes light.
// Loaded with <script src> (the CSP allows 'self', not inline scripts). The key and values are
// THEME_KEY and the themes of src/lib/theme.ts; no choice leaves the system's preference.
// Embed pages (/embed/…) take the theme from their address (?theme=dark|light) instead: the host
// page chooses it, and a framed page neither reads nor writes storage.
if (/\/embed\//.test(location.pathname)) {
	const choice = new URLSearchParams(location.search).get('theme');
	if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
} else {
	const key = 'salvo-theme';
	let stored = null;
	try {
		stored = localStorage.getItem(key);
	} catch {
		// storage refused: the system's preference applies
	}
	if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;

	// Document pages (attacks, sources, places, methodology) have no app (csr = false): this
	// script runs their header's theme select, as src/lib/theme.svelte.ts does on app pages.
	const select = () => document.querySelector('.site-header .theme select');
	// an app page preloads its modules; a document page has none
	const isApp = () => document.querySelector('link[rel="modulepreload"]') !== null;
	document.addEventListener('DOMContentLoaded', () => {
		const el = select();
		if (el && !isApp()) el.value = stored === 'light' || stored === 'dark' ? stored : 'system';
	});
	document.addEventListener('change', (event) => {
		const el = select();
		if (!el || event.target !== el || isApp()) return;
		const choice = el.value === 'light' || el.value === 'dark' ? el.value : 'system';
		if (choice === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = choice;
		try {
			if (choice === 'system') localStorage.removeItem(key);
			else localStorage.setItem(key, choice);
		} catch {
			// storage refused: the choice lasts for this page only
		}
	});
}
