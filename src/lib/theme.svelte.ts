import { parseTheme, resolveTheme, THEME_KEY, type Theme } from './theme.ts';

/**
 * The theme as reactive state, for the header's switch and for what draws its own colours
 * (charts): reading `scheme` in an effect reruns it when the reader or the system changes
 * theme. Prerendering sees `system` and `light`; `init()` in the browser reads the real ones.
 */
class ThemeState {
	choice = $state<Theme>('system');
	#systemDark = $state(false);
	/** The scheme on screen. */
	scheme = $derived(resolveTheme(this.choice, this.#systemDark));

	/**
	 * Reads the stored choice, or takes `fixed` (an embed's ?theme=, which never touches
	 * storage), and follows the system's preference; returns the cleanup.
	 */
	init(fixed?: Theme): () => void {
		this.choice = fixed ?? parseTheme(read());
		const query = matchMedia('(prefers-color-scheme: dark)');
		this.#systemDark = query.matches;
		const onchange = () => (this.#systemDark = query.matches);
		query.addEventListener('change', onchange);
		return () => query.removeEventListener('change', onchange);
	}

	/**
	 * Follows a choice made in the header's select. Applying it (`data-theme`) and storing it
	 * is the head script's (theme-boot.ts), which runs the select on every page, apps or not.
	 */
	follow(choice: Theme): void {
		this.choice = choice;
	}
}

function read(): string | null {
	try {
		return localStorage.getItem(THEME_KEY);
	} catch {
		return null;
	}
}

export const theme = new ThemeState();
