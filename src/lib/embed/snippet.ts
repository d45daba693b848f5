/**
 * Addresses of the embed pages and the <iframe> code a newsroom pastes into its page.
 */
import { localPath, type Lang } from '../i18n/index.ts';
import type { EmbedChart } from './charts.ts';
import type { Theme } from '../theme.ts';

/** The embed page of a view, in a language, without the site's base path. */
export function embedPath(lang: Lang, view: EmbedChart | 'map'): string {
	return localPath(lang, view === 'map' ? '/embed/map' : `/embed/daily/${view}`);
}

/** The embed page of a compare-page composition, `search` as written by compositionToSearch. */
export function compareEmbedPath(lang: Lang, search: string): string {
	return `${localPath(lang, '/embed/compare')}${search}`;
}

/**
 * The query of an embed: the view's filters (as `filterToSearch` writes them, '' or '?…') and
 * the reader's theme when they chose one, so the frame shows what was on screen.
 */
export function embedSearch(filterSearch: string, theme: Theme): string {
	const params = new URLSearchParams(filterSearch);
	params.delete('theme');
	if (theme !== 'system') params.set('theme', theme);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** The origin embed code points at: the configured one (VITE_SALVO_ORIGIN) or the page's own. */
export function embedOrigin(configured: string | undefined, current: string): string {
	const origin = configured?.trim().replace(/\/+$/, '');
	return origin && /^https?:\/\//i.test(origin) ? origin : current;
}

function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The code to paste: an iframe as wide as its container, with a starting height the height
 * messages then correct, a title for screen readers, and lazy loading below the fold.
 */
export function iframeSnippet(src: string, title: string, height: number): string {
	return (
		`<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}"` +
		` style="border:0;width:100%" loading="lazy"></iframe>`
	);
}
