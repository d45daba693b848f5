import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-static';
import { defineConfig } from 'vitest/config';
import { themeBootHash } from './src/lib/theme-boot.ts';

/** The Italian pages without parameters (English ones are '*'); each under /it. */
const italianPages = [
	'',
	'/map',
	'/daily',
	'/compare',
	'/periods',
	'/curate',
	'/attacks',
	'/downloads',
	'/methodology',
	'/changes',
	'/embed/compare'
].map((path): `/${string}` => `/it${path}`);

export default defineConfig({
	plugins: [
		sveltekit({
			// every page is prerendered: the site is static files for any host or CDN
			adapter: adapter({
				strict: true,
				pages: process.env.SALVO_OUT || 'build',
				assets: process.env.SALVO_OUT || 'build'
			}),
			compilerOptions: { runes: true },
			// the stylesheets are small (about 3 KB gzip in all): inlined in each page's head they
			// cost no render-blocking requests on a slow link (Lighthouse counted three or four)
			inlineStyleThreshold: 16_384,
			// every page is listed, not found by crawling: the crawler parses each page's HTML for
			// links, a sixth of a 10k build's prerendering. Pages with parameters list themselves
			// (`entries`); '*' is every other page in English, and these are their Italian twins.
			// tests/e2e/links.e2e.ts checks that every link in the build resolves to a file.
			prerender: {
				crawl: false,
				entries: ['*', ...italianPages],
				handleHttpError: 'fail',
				handleMissingId: 'fail'
			},
			csp: {
				// hashes for SvelteKit's own inline bootstrap and the theme script in the head
				// (src/lib/theme-boot.ts); nothing else may run. No frame-ancestors
				// (a <meta> policy cannot carry it anyway): /embed/* pages are made to be framed, so a
				// host adding one in headers must allow them (README, "Embedding")
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self', themeBootHash],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self']
				}
			}
		})
	],
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		setupFiles: ['src/lib/i18n/test-setup.ts'],
		environment: 'node'
	}
});
