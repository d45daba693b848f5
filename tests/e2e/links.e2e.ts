import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Prerendering lists its pages instead of crawling them (vite.config.ts), so it no longer
// checks links as it goes: this does, on the built files, as a static host would serve them.
const root = resolve(import.meta.dirname, '../../build');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** The page's address on the site: build/attacks/2025-07.html is /attacks/2025-07. */
function addressOf(file: string): URL {
	const path =
		'/' +
		relative(root, file)
			.replace(/(^|\/)index\.html$/, '')
			.replace(/\.html$/, '');
	return new URL(path, 'http://salvo.test');
}

/** The built file a path is served from, as serve-static (and any static host) finds it. */
function fileOf(pathname: string): string | undefined {
	const path = decodeURIComponent(pathname).replace(/\/$/, '');
	return [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')].find(
		(f) => existsSync(f) && statSync(f).isFile()
	);
}

const unescape = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<');

test('every link, script, stylesheet and fragment in the build resolves', () => {
	const files = htmlFiles(root);
	expect(files.length).toBeGreaterThan(50);
	const broken: string[] = [];
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = ids.get(file);
		if (!set) {
			const html = readFileSync(file, 'utf8');
			ids.set(file, (set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => unescape(m[1])))));
		}
		return set;
	};
	let checked = 0;
	for (const file of files) {
		const page = addressOf(file);
		const html = readFileSync(file, 'utf8');
		for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
			const url = new URL(unescape(raw), page);
			if (url.origin !== page.origin) continue; // other sites: checked as http(s) by the schema
			checked++;
			const target = fileOf(url.pathname);
			if (!target) broken.push(`${page.pathname}: ${attr}="${raw}" (no file for ${url.pathname})`);
			else if (
				url.hash &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			)
				broken.push(`${page.pathname}: ${attr}="${raw}" (no element ${url.hash})`);
		}
	}
	expect(checked).toBeGreaterThan(1000);
	expect(broken).toEqual([]);
});
