/**
 * docs/hosting.md shows the headers of scripts/hosting-headers.ts: this test keeps the two
 * from drifting apart (edit the module, then paste its output into the page).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules, headersFor, netlifyHeaders, nginxLocations } from '../../scripts/hosting-headers.ts';

const hosting = readFileSync(resolve(import.meta.dirname, '../../docs/hosting.md'), 'utf8');

describe('docs/hosting.md', () => {
	it('lists every header rule in its table', () => {
		for (const rule of headerRules) {
			for (const [name, value] of Object.entries(rule.headers)) {
				expect(hosting).toContain(`| \`${name}\` | \`${value}\` | \`${rule.path}\` (${rule.why}) |`);
			}
		}
	});

	it('carries the _headers and nginx examples exactly as the module writes them', () => {
		expect(hosting).toContain(`\`\`\`text\n${netlifyHeaders()}\n\`\`\``);
		expect(hosting).toContain(`\`\`\`nginx\n${nginxLocations()}\n\`\`\``);
	});
});

describe('headersFor', () => {
	it('refuses framing everywhere but the embeds, and caches only hashed assets for long', () => {
		expect(headersFor('/map')['Content-Security-Policy']).toBe("frame-ancestors 'none'");
		expect(headersFor('/embed/map')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(headersFor('/it/embed/daily')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(headersFor('/embedded')['Content-Security-Policy']).toBe("frame-ancestors 'none'");
		expect(headersFor('/_app/immutable/entry/app.js')['Cache-Control']).toContain('immutable');
		expect(headersFor('/geo/immutable/basemap.0123456789.svg')['Cache-Control']).toContain('immutable');
		expect(headersFor('/data/claims.json')['Cache-Control']).toBe('public, max-age=0, must-revalidate');
		// the headers every response needs are on the embeds and assets too
		for (const path of ['/', '/embed/map', '/_app/immutable/x.js']) {
			expect(headersFor(path)['X-Content-Type-Options']).toBe('nosniff');
		}
	});
});
