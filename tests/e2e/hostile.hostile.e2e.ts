/**
 * The site built with hostile records added (scripts/build-hostile.sh, tests/fixtures/hostile):
 * names, quotes, titles and notes full of markup, `<script>`, event handlers and
 * `javascript:` URLs. All of it must show as text and none of it may run. Every payload sets
 * `window.__salvoPwned` or opens a dialog, so running is detectable.
 */
import { expect, test, type Page } from '@playwright/test';
import { open } from './hydrated.ts';

const pages = [
	'/',
	'/attacks/2026-02-03',
	'/it/attacks/2026-02-03',
	'/attacks/2026-02',
	'/places/hostile-town',
	'/it/places/hostile-town',
	'/sources/hostile-source',
	'/it/sources/hostile-source',
	'/map',
	'/daily'
];

/** Fails the test on any dialog and records script errors, from before the page loads. */
function watch(page: Page): { dialogs: string[] } {
	const seen = { dialogs: [] as string[] };
	page.on('dialog', async (dialog) => {
		seen.dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return seen;
}

for (const path of pages) {
	test(`${path}: hostile markup renders as text and runs nothing`, async ({ page }) => {
		const seen = watch(page);
		await open(page, path);
		// give event handlers (onerror, onload) a chance to fire if they had been rendered
		await page.waitForTimeout(300);
		expect(seen.dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as { __salvoPwned?: unknown }).__salvoPwned)).toBeUndefined();
		// no element from a payload exists
		await expect(
			page.locator('img[src="x"], iframe, svg[onload], [onerror], [onload], b:text("Source")')
		).toHaveCount(0);
		await expect(
			page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]')
		).toHaveCount(0);
		// the only scripts are SvelteKit's own: none carries a payload as markup
		const scripts = await page
			.locator('script')
			.evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
		// (the records reach the hydration data as JS strings: their `<` must be escaped, or a
		// quote holding `</script>` would end SvelteKit's script and start its own)
		const breakouts = scripts.filter((text) => /<\/?script/i.test(text));
		expect(breakouts.map((text) => text.slice(0, 200))).toEqual([]);
		// a 190-character name and a 2,000-character word of a quote wrap instead of widening the page
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
		// every link that is rendered is http(s) or the site's own, and opens safely when external
		const external = await page
			.locator('a[href^="http"]')
			.evaluateAll((links) =>
				links.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') }))
			);
		for (const link of external) {
			if (!link.href?.startsWith('http://127.0.0.1')) expect(link.rel).toContain('noopener');
		}
	});
}

test('the attack page shows the quote, names and titles as the literal text written', async ({ page }) => {
	await open(page, '/attacks/2026-02-03');
	const body = page.locator('main');
	await expect(body).toContainText(
		`<script>window.__salvoPwned='quote';alert('quote')</script> oltre 50 droni`
	);
	await expect(body).toContainText(`<img src=x onerror="alert('img')">`);
	await expect(body).toContainText(`javascript:alert('text')`);
	await expect(body).toContainText('Evil <b>Source</b>');
	await expect(body).toContainText('Hostile Town');
	// the escaped article URL is a link, and stays an https link
	await expect(page.locator('a[href^="https://example.org/article"]').first()).toHaveAttribute(
		'rel',
		/noopener noreferrer/
	);
});

test('a place named with an iframe and a style tag is shown as text, and the page is not hidden', async ({
	page
}) => {
	await open(page, '/it/places/hostile-town');
	await expect(page.locator('h1')).toContainText('<style>body{display:none}</style>Città ostile');
	await expect(page.locator('body')).toBeVisible();
});
