/**
 * The README's Hosting section shows the headers of scripts/hosting-headers.ts: this test
 * keeps the two from drifting apart (edit the module, then paste its output into the README).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules, headersFor, netlifyHeaders, nginxLocations } from '../../scripts/hosting-headers.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const hosting = readme.slice(
	readme.indexOf('## Hosting'),
	readme.indexOf('\n## ', readme.indexOf('## Hosting') + 1)
);

describe("the README's Hosting section", () => {
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
