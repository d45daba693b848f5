// Applies the reader's chosen theme before the first paint, so a dark page never flashes light.
// Loaded with <script src> (the CSP allows 'self', not inline scripts). The key and values are
// THEME_KEY and the themes of src/lib/theme.ts; no choice leaves the system's preference.
try {
	const choice = localStorage.getItem('salvo-theme');
	if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
} catch {
	// storage refused: the system's preference applies
}
