import { resolve } from '$app/paths';
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
