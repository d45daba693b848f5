import type { LayoutServerLoad } from './$types';
import type { Lang } from '#lib/i18n/index.ts';
import { freshness } from '#lib/publish/freshness.server.ts';
import { buildInfo } from '#lib/publish/build-info.server.ts';
import { citation } from '#lib/publish/citation.ts';

// the layout resets to the root one, so the site layout's load (the language) does not run here
export const load = (({ params }) => ({
	/** UI language, from the path: `/it/embed/...` is Italian. */
	lang: (params.lang === 'it' ? 'it' : 'en') as Lang,
	/** How far the records reach and when they last changed, under the credit (issue 22). */
	freshness: freshness(),
	/** How to cite this build, folded under the credit. */
	citation: citation(buildInfo())
})) satisfies LayoutServerLoad;
