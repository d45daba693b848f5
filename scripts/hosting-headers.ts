/**
 * The HTTP headers to set when hosting the static build: one list for the README's tables
 * and examples (a unit test keeps them in sync), for `scripts/serve-static.ts` (so the browser
 * tests run under them) and for anyone writing a host's configuration.
 *
 * The Content-Security-Policy that restricts scripts is already in every page, as a `<meta>`
 * tag written by SvelteKit's `csp` option with hashes for its own inline script. A meta tag
 * cannot carry `frame-ancestors`, nor the other headers here: those need the host.
 */

export interface HeaderRule {
	/** Path pattern in the `_headers` style: `/*` is every path, `/embed/*` a folder. */
	path: string;
	/** Why this rule exists, for the README. */
	why: string;
	headers: Record<string, string>;
}

/** Rules in order; for one path, a later rule's value of a header replaces an earlier one's. */
export const headerRules: readonly HeaderRule[] = [
	{
		path: '/*',
		why: 'every response',
		headers: {
			// no other site may frame Salvo's pages (clickjacking); the meta CSP cannot say this
			'Content-Security-Policy': "frame-ancestors 'none'",
			// a JSON or CSV download is never sniffed into HTML or script
			'X-Content-Type-Options': 'nosniff',
			// outlets linked from a claim learn the site, not the page a reader was on
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			// Salvo uses none of these
			'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
			// HTTPS only, once a browser has seen the site
			'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
			// pages and data change with each build: revalidate (cheap with ETags)
			'Cache-Control': 'public, max-age=0, must-revalidate'
		}
	},
	{
		path: '/embed/*',
		why: 'newsrooms frame the embeddable pages in their articles',
		headers: { 'Content-Security-Policy': 'frame-ancestors *' }
	},
	{
		path: '/it/embed/*',
		why: 'the same, in Italian',
		headers: { 'Content-Security-Policy': 'frame-ancestors *' }
	},
	{
		path: '/_app/immutable/*',
		why: 'file names carry a content hash, so a file never changes',
		headers: { 'Cache-Control': 'public, max-age=31536000, immutable' }
	},
	{
		// src/lib/geo/basemap.server.ts names the file; its route is src/routes/geo/immutable/
		path: '/geo/immutable/*',
		why: "the map's outlines, named by a hash of their content in the same way",
		headers: { 'Cache-Control': 'public, max-age=31536000, immutable' }
	}
];

/** Whether a `_headers`-style pattern matches a URL path. */
function matches(pattern: string, path: string): boolean {
	if (pattern === '/*') return true;
	if (pattern.endsWith('/*')) return path.startsWith(pattern.slice(0, -1));
	return path === pattern;
}

/** The headers for one URL path: every matching rule, later ones winning. */
export function headersFor(path: string): Record<string, string> {
	return Object.assign({}, ...headerRules.filter((r) => matches(r.path, path)).map((r) => r.headers));
}

/** Netlify, Cloudflare Pages and others read a `_headers` file in the published folder. */
export function netlifyHeaders(): string {
	return headerRules
		.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
		.join('\n');
}

/**
 * An nginx `server` block's locations. nginx drops inherited `add_header` lines in a location
 * that has its own, so each location repeats the whole set.
 */
export function nginxLocations(): string {
	const locations = headerRules.filter((r) => r.path !== '/*').map((r) => r.path.replace(/\*$/, ''));
	const block = (location: string, sample: string) =>
		[
			`location ${location} {`,
			...Object.entries(headersFor(sample)).map(([k, v]) => `    add_header ${k} "${v}" always;`),
			'    try_files $uri $uri.html $uri/ =404;',
			'}'
		].join('\n');
	return [block('/', '/'), ...locations.map((l) => block(l, `${l}x`))].join('\n');
}
