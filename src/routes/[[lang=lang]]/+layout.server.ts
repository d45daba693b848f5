import type { LayoutServerLoad } from './$types';
import type { Lang } from '#lib/i18n/index.ts';
import { freshness } from '#lib/publish/freshness.server.ts';

export const load = (({ params }) => ({
	/** UI language, from the path: `/it/...` is Italian, everything else English. */
	lang: (params.lang === 'it' ? 'it' : 'en') as Lang,
	/** How far the records reach and when they last changed, for the footer (issue 22). */
	freshness: freshness()
})) satisfies LayoutServerLoad;
