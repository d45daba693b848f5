import type { LayoutServerLoad } from './$types';
import type { Lang } from '#lib/i18n/index.ts';

export const load = (({ params }) => ({
	/** UI language, from the path: `/it/...` is Italian, everything else English. */
	lang: (params.lang === 'it' ? 'it' : 'en') as Lang
})) satisfies LayoutServerLoad;
