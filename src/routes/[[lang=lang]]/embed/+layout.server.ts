import type { LayoutServerLoad } from './$types';
import type { Lang } from '#lib/i18n/index.ts';

// the layout resets to the root one, so the site layout's load (the language) does not run here
export const load = (({ params }) => ({
	/** UI language, from the path: `/it/embed/...` is Italian. */
	lang: (params.lang === 'it' ? 'it' : 'en') as Lang
})) satisfies LayoutServerLoad;
