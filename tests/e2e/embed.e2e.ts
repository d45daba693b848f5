import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { open } from './hydrated.ts';

const darkBg = 'rgb(17, 20, 24)';
const lightBg = 'rgb(251, 250, 247)';

/**
 * A newsroom's page framing an embed, served on the test server's origin by the browser itself:
 * the host snippet of the README, which sizes the iframe from the height messages, and a record
 * of every message received.
 */
async function host(page: Page, src: string): Promise<void> {
	await page.route('**/newsroom-article', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<p>An article.</p>
<iframe id="salvo" src="${src}" title="Salvo chart" width="100%" height="300" style="border:0"></iframe>
<script>
window.heights = [];
window.addEventListener('message', (e) => {
	const frame = document.getElementById('salvo');
	if (e.source !== frame.contentWindow || e.data?.type !== 'salvo:height') return;
	window.heights.push(e.data.height);
	frame.style.height = e.data.height + 'px';
});
</script></body></html>`
		})
	);
	await page.goto('/newsroom-article');
}

/** The heights the embed has posted so far. */
const heights = (page: Page) => page.evaluate(() => (window as unknown as { heights: number[] }).heights);

test('a framed daily chart reports its height, shows its title, chart, sources and way back, in the theme of its address', async ({
	page,
	context,
	baseURL
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.emulateMedia({ colorScheme: 'light' });
	await host(page, '/embed/daily/by-source?theme=dark');

	await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
	const first = (await heights(page)).at(-1)!;
	expect(first).toBeGreaterThan(100);
	// the host snippet set the frame to the reported height
	await expect
		.poll(() => page.locator('#salvo').evaluate((f) => Math.round(f.getBoundingClientRect().height)))
		.toBe(first);

	const frame = page.frameLocator('#salvo');
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await frame.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe(darkBg);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Drones launched, by source');
	await expect(frame.locator('.chart-box[data-drawn] canvas')).toBeVisible();
	// no site header or navigation, only the view
	await expect(frame.locator('header, nav')).toHaveCount(0);
	await expect(frame.locator('.credit .sources')).toContainText('Sources: Ukrainian Air Force');
	const back = frame.getByRole('link', { name: /Full page, filters and every claim on Salvo/ });
	await expect(back).toHaveAttribute('href', '/daily');
	await expect(back).toHaveAttribute('target', '_blank');
	await expect(back).toHaveAttribute('rel', 'noopener noreferrer');

	// the data table opens inside the frame: the frame is told the new, larger height
	await frame.getByText('Data table').click();
	await expect(frame.locator('table.chart-table')).toBeVisible();
	await expect.poll(async () => (await heights(page)).at(-1)!).toBeGreaterThan(first + 100);

	// nothing leaves the test server, nothing is stored
	const origin = new URL(baseURL!).origin;
	expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	const framed = page.frames().find((f) => f.url().includes('/embed/'))!;
	expect(await framed.evaluate(() => localStorage.length)).toBe(0);
});

test('the Italian map embed speaks Italian, draws the map and links back to the Italian map', async ({
	page,
	baseURL
}) => {
	await host(page, '/it/embed/map?theme=light');
	await expect.poll(async () => (await heights(page)).at(-1) ?? 0).toBeGreaterThan(100);
	const frame = page.frameLocator('#salvo');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'it');
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Mappa dei luoghi colpiti');
	await expect(frame.locator('svg.strike-map')).toBeVisible();
	await expect(frame.locator('.credit .sources')).toContainText('Fonti:');
	// prerendered links are relative; not hydrated, they stay so: check where they lead
	const back = frame.getByRole('link', { name: /Pagina completa/ });
	expect(await back.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${baseURL}/it/map`);
});

test('an embed ignores the theme the reader chose on the site: only its address decides', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/');
	await page.evaluate(() => localStorage.setItem('salvo-theme', 'dark'));
	await open(page, '/embed/daily/by-type');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	await open(page, '/embed/daily/by-type?theme=dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('every daily chart and the map offer their embed code, from the keyboard, in both languages', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/daily');
	const buttons = page.getByRole('button', { name: /^Embed: / });
	await expect(buttons).toHaveCount(3);
	const first = buttons.first();
	await expect(first).toHaveAttribute('aria-expanded', 'false');
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(first).toHaveAttribute('aria-expanded', 'true');
	const code = page.getByLabel('Code to paste into your page').first();
	await expect(code).toHaveValue(
		`<iframe src="${baseURL}/embed/daily/by-source" title="Drones launched, by source — Salvo" width="100%" height="560" style="border:0;width:100%" loading="lazy"></iframe>`
	);
	await page.getByRole('button', { name: 'Copy code' }).first().click();
	await expect(page.getByText('Copied.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	const axe = await new AxeBuilder({ page }).include('.chart-panel').analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	await open(page, '/it/map');
	await page.getByRole('button', { name: 'Incorpora: Mappa dei luoghi colpiti' }).click();
	await expect(page.getByLabel('Codice da incollare nella tua pagina')).toHaveValue(
		new RegExp(`^<iframe src="${baseURL}/it/embed/map" title="Mappa dei luoghi colpiti — Salvo"`)
	);
});

const embeds = [
	'/embed/daily/by-source',
	'/embed/daily/launched-intercepted',
	'/embed/daily/by-type',
	'/it/embed/map'
];
for (const scheme of ['light', 'dark'] as const) {
	for (const path of embeds) {
		test(`${path}?theme=${scheme}: no accessibility violations`, async ({ page }) => {
			// the address's theme against the system's preference
			await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
			// the map embed is not hydrated (no JS app): wait for the load instead
			if (path.endsWith('/map')) await page.goto(`${path}?theme=${scheme}`);
			else await open(page, `${path}?theme=${scheme}`);
			await page.waitForLoadState('networkidle');
			expect(await page.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe(
				scheme === 'dark' ? darkBg : lightBg
			);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		});
	}
}
