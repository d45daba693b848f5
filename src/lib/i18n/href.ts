import { resolve } from '$app/paths';
import { browser } from '$app/env';
import { page } from '$app/state';
import { localPath, type Lang } from './index.ts';

// resolve() is typed against route ids; our paths are built at run time from the record ids
const resolvePath = resolve as (path: string) => string;

/**
 * An internal link in a language, with the site's base path, so the build works when hosted
 * under a sub-folder. Every internal link goes through here (hence eslint's
 * no-navigation-without-resolve is satisfied in one place and switched off for links).
 */
export function href(lang: Lang, path: string): string {
	return resolvePath(localPath(lang, path));
}

/** A link to a file the build writes (downloads, schemas), with the base path. */
export function asset(path: string): string {
	return resolvePath(path);
}

/**
 * A build file's address spelled as the prerendered page spells it: relative to the page
 * (`./x`, `../x`), where `asset` gives `/x` in the browser. For attributes whose change costs
 * the browser work: hydration rewrites an attribute whose value differs from the server's,
 * and a rewritten `<use href>` makes the browser rebuild that copy of the outlines (about
 * 40 ms on the overview's map). The relative spelling follows the page's depth as
 * SvelteKit's relative paths do, and changes with it on client-side navigation.
 */
export function pageAsset(path: string): string {
	if (!browser) return asset(path);
	const base = resolvePath('/').slice(0, -1); // in the browser, the absolute base path
	const segments = page.url.pathname.slice(base.length).split('/').slice(2);
	return `${segments.map(() => '..').join('/') || '.'}${path}`;
}
