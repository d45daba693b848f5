import { drawnChart, open } from './hydrated.ts';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The --bg token as the page resolves it on <html>, e.g. `rgb(17, 20, 24)` when dark. */
function pageBackground(page: Page): Promise<string> {
	return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}
const darkBg = 'rgb(17, 20, 24)';
const lightBg = 'rgb(251, 250, 247)';

test('the theme follows the system until the reader chooses, and the choice survives a reload', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	// an app page: the select is hydrated (document pages are the next test)
	await open(page, '/map');
	const html = page.locator('html');
	const select = page.getByLabel('Theme');
	await expect(select).toHaveValue('system');
	await expect(html).not.toHaveAttribute('data-theme');
	expect(await pageBackground(page)).toBe(lightBg);

	await select.selectOption('dark');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	expect(await pageBackground(page)).toBe(darkBg);

	await page.reload();
	// set before first paint by the inline script in the head (theme-boot.ts), not by hydration
	await expect(html).toHaveAttribute('data-theme', 'dark');
	expect(await pageBackground(page)).toBe(darkBg);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(select).toHaveValue('dark');

	// a light choice beats a dark system; back to System follows it again
	await page.emulateMedia({ colorScheme: 'dark' });
	await select.selectOption('light');
	expect(await pageBackground(page)).toBe(lightBg);
	await select.selectOption('system');
	await expect(html).not.toHaveAttribute('data-theme');
	expect(await pageBackground(page)).toBe(darkBg);
	await page.reload();
	await expect(html).not.toHaveAttribute('data-theme');
});

test('document pages have no app, and their theme select still works and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/attacks/2025-07-21');
	// csr = false: no framework code, so the inline head script (src/lib/theme-boot.ts) runs the select
	await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
	const html = page.locator('html');
	const select = page.getByLabel('Theme');
	await expect(select).toHaveValue('system');
	await select.selectOption('dark');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	expect(await pageBackground(page)).toBe(darkBg);

	// the choice holds on the next document page and on an app page
	await open(page, '/sources/ua-air-force');
	await expect(page.getByLabel('Theme')).toHaveValue('dark');
	expect(await pageBackground(page)).toBe(darkBg);
	await open(page, '/map');
	await expect(page.getByLabel('Theme')).toHaveValue('dark');

	await open(page, '/places/kyiv');
	await page.getByLabel('Theme').selectOption('system');
	await expect(html).not.toHaveAttribute('data-theme');
	expect(await pageBackground(page)).toBe(lightBg);
	await page.reload();
	await expect(page.getByLabel('Theme')).toHaveValue('system');
});

test('the inline head script applies the stored theme by itself, allowed by the CSP', async ({ page }) => {
	// the theme script was a file and is now inline: the policy must allow it by its hash, and it
	// must work before (and without) the app's JS, which is refused here
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/map');
	await page.evaluate(() => localStorage.setItem('salvo-theme', 'dark'));
	await page.route('**/_app/**', (route) => route.abort());
	await page.goto('/daily');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.locator('html').getAttribute('data-hydrated')).toBeNull();
	expect(await pageBackground(page)).toBe(darkBg);
	await page.goto('/embed/map?theme=light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(violations).toEqual([]);
});

test('the switch speaks Italian on Italian pages', async ({ page }) => {
	await open(page, '/it');
	await expect(page.getByLabel('Tema')).toHaveValue('system');
	await expect(page.getByLabel('Tema').locator('option')).toHaveText(['Sistema', 'Chiaro', 'Scuro']);
});

test('the daily chart redraws in the new theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/daily');
	const canvas = await drawnChart(page);
	// ticks, legend and grid are drawn in --text and --border: the pixels change with the theme
	const pixels = () =>
		canvas.evaluate((el) => {
			const c = el as HTMLCanvasElement;
			const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
			let sum = 0;
			for (let i = 0; i < data.length; i += 4)
				if (data[i + 3] === 255) sum += data[i] + data[i + 1] + data[i + 2];
			return sum;
		});
	const light = await pixels();
	await page.getByLabel('Theme').selectOption('dark');
	// the same drawing in the same colours would give the same pixels
	await expect.poll(pixels).not.toBe(light);
});

const paths = ['/', '/map', '/daily', '/attacks/2025-07-21'];

for (const scheme of ['light', 'dark'] as const) {
	for (const path of paths) {
		test(`${path} in the ${scheme} theme: no accessibility violations`, async ({ page }) => {
			// once as the system's preference, once as the reader's choice against the system
			for (const how of ['system', 'choice'] as const) {
				const other = scheme === 'dark' ? 'light' : 'dark';
				await page.emulateMedia({ colorScheme: how === 'system' ? scheme : other });
				await open(page, path);
				if (how === 'choice') {
					await page.getByLabel('Theme').selectOption(scheme);
					await open(page, path);
				}
				await page.waitForLoadState('networkidle');
				expect(await pageBackground(page), `${how}: ${scheme} colours`).toBe(
					scheme === 'dark' ? darkBg : lightBg
				);
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${how}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
				await page.evaluate(() => localStorage.clear());
			}
		});
	}
}
