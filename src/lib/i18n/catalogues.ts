/**
 * Both languages' catalogues at once, for code that renders either language in one process:
 * the server while it prerenders (src/hooks.server.ts), and the tests. A page in the browser
 * loads its own language only, through `loadCatalogue`.
 */
import { en } from './catalogue-en.ts';
import { it } from './catalogue-it.ts';
import { useCatalogue } from './index.ts';

/** Every key with its English and Italian text, for the catalogue's tests. */
export const catalogue = { en, it } as const;

/** Makes `t` speak both languages, with no loading. */
export function useBothCatalogues(): void {
	useCatalogue('en', en);
	useCatalogue('it', it);
}
