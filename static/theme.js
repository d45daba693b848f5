// Applies the reader's chosen theme before the first paint, so a dark page never flashes light.
// Loaded with <script src> (the CSP allows 'self', not inline scripts). The key and values are
// THEME_KEY and the themes of src/lib/theme.ts; no choice leaves the system's preference.
// Embed pages (/embed/…) take the theme from their address (?theme=dark|light) instead: the host
// page chooses it, and a framed page neither reads nor writes storage.
if (/\/embed\//.test(location.pathname)) {
	const choice = new URLSearchParams(location.search).get('theme');
	if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
} else {
	try {
		const choice = localStorage.getItem('salvo-theme');
		if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
	} catch {
		// storage refused: the system's preference applies
	}
}
