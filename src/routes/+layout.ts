import type { LayoutLoad } from './$types';
import { loadCatalogue } from '#lib/i18n/index.ts';

// every page is prerendered to static files, served by any static host or CDN
export const prerender = true;

// the page's language's UI strings, before anything renders: a page in the browser loads its
// own language's catalogue only (src/lib/i18n/index.ts)
export const load = (async ({ params }) => {
	await loadCatalogue('lang' in params && params.lang === 'it' ? 'it' : 'en');
}) satisfies LayoutLoad;
