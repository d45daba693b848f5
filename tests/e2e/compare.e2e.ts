import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { drawnChart, open } from './hydrated.ts';

const chart = (page: Page, n: number) => page.locator(`.composed[data-chart="${n}"]`);

/** The chart's data table, opened, as text rows. */
async function tableRows(panel: Locator): Promise<string[]> {
	const details = panel.locator('details.data-table');
	if (!(await details.getAttribute('open'))) await details.locator('summary').click();
	// the table is built when opened, from claims that may still be on their way: wait for it
	const rows = panel.locator('table.chart-table tbody tr');
	await expect(rows.first()).toBeVisible();
	return rows.allInnerTexts();
}

async function noViolations(page: Page, what: string) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${what}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('a two-chart composition lives in the URL: a reload brings back the same charts', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/compare');
	const first = chart(page, 1);
	await expect(first.locator('h2')).toHaveText(
		'Chart 1: Drones launched, Ukrainian Air Force · Drones intercepted, Ukrainian Air Force'
	);
	await expect(await drawnChart(first)).toBeVisible();

	await page.getByRole('button', { name: 'Add a chart' }).click();
	const second = chart(page, 2);
	await second.getByLabel('Figure, series 1').selectOption('killed');
	await second.getByLabel('Given by, series 1').selectOption('_press');
	await second.getByRole('button', { name: 'Add a series' }).click();
	await second.getByLabel('Given by, series 2').selectOption('_official');
	await second.getByLabel('Add up by').selectOption('night');
	await second.getByLabel('Values').selectOption('cumulative');
	await second.getByLabel('Trend (rolling median)').selectOption('3');
	await first.getByLabel('Median line').check();
	await expect(page).toHaveURL(
		/\?v=1&c=dl-ua-air-force\*di-ua-air-force\.med&c=k-_press\*k-_official\.cum\.r3$/
	);

	await expect(second.locator('h2')).toHaveText(
		'Chart 2: Killed, The press (any outlet) · Killed, Officials (any authority)'
	);
	const before = [await tableRows(first), await tableRows(second)];
	// the running total of the press's killed: "at least 13", then 2 more, still a lower bound
	expect(before[1].find((r) => r.includes('21 January 2026'))).toContain('at least 15');
	// the median line is in the table, beside the figures
	expect(await first.locator('table.chart-table thead th').allInnerTexts()).toContain(
		'Drones launched, Ukrainian Air Force: median'
	);

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator('.composed')).toHaveCount(2);
	await expect(second.locator('h2')).toHaveText(
		'Chart 2: Killed, The press (any outlet) · Killed, Officials (any authority)'
	);
	await expect(second.getByLabel('Values')).toHaveValue('cumulative');
	await expect(second.getByLabel('Trend (rolling median)')).toHaveValue('3');
	await expect(first.getByLabel('Median line')).toBeChecked();
	await expect(await drawnChart(second)).toBeVisible();
	expect([await tableRows(first), await tableRows(second)]).toEqual(before);
});

test('log scale and the dark theme redraw the chart, and axe finds nothing in either theme', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/compare?v=1&c=dl-ua-air-force*di-ru-mod&c=k-_press*k-_official.w.cum');
	await expect(await drawnChart(chart(page, 2))).toBeVisible();
	const canvas = await drawnChart(chart(page, 1));
	await page.waitForLoadState('networkidle');
	await noViolations(page, 'light');

	const pixels = () =>
		canvas.evaluate((el) => {
			const c = el as HTMLCanvasElement;
			return c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.join(',');
		});
	const linear = await pixels();
	await chart(page, 1).getByLabel('Axis').selectOption('logarithmic');
	await expect(page).toHaveURL(/c=dl-ua-air-force\*di-ru-mod\.log&/);
	// the same points on another axis land elsewhere
	await expect.poll(pixels).not.toBe(linear);
	const log = await pixels();

	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect.poll(pixels).not.toBe(log);
	await noViolations(page, 'dark');

	// the composition and the theme both survive a reload
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(chart(page, 1).getByLabel('Axis')).toHaveValue('logarithmic');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('shares of the maximum keep lower bounds as lower bounds', async ({ page }) => {
	await open(page, '/compare?v=1&c=k-_press.pct');
	const rows = await tableRows(chart(page, 1));
	// the press's "at least 13" killed is the highest mark: at least 100%; 2 is 15.4% of 13
	expect(rows.find((r) => r.includes('25 May 2025'))).toContain('at least 100%');
	expect(rows.find((r) => r.includes('21 January 2026'))).toContain('15.4%');
});

test('a chart whose picks have no claims says so in words, not with an empty canvas', async ({ page }) => {
	await open(page, '/compare?v=1&c=ci-ru-mod&c=dl-ua-air-force*ci-ru-mod');
	await expect(chart(page, 1).locator('.empty')).toHaveText(
		'No claim gives Children injured, Ministry of Defence of the Russian Federation in this period.'
	);
	await expect(chart(page, 1).locator('canvas')).toHaveCount(0);
	// beside a pick with figures, the chart draws them and names the one without
	await expect(await drawnChart(chart(page, 2))).toBeVisible();
	await expect(chart(page, 2).locator('.missing')).toContainText('Children injured');
	// removing the last series leaves words too
	await chart(page, 1).getByRole('button', { name: 'Remove series 1' }).click();
	await expect(chart(page, 1).locator('.empty')).toHaveText('This chart has no series yet: add one above.');
});

test('the compare page speaks Italian under /it', async ({ page }) => {
	await open(page, '/it/compare');
	await expect(page.getByRole('link', { name: 'Confronta' })).toHaveAttribute('aria-current', 'page');
	await expect(page.locator('h1')).toHaveText('Confronta le cifre');
	await expect(await drawnChart(chart(page, 1))).toBeVisible();
	await noViolations(page, 'it');
});

test('each composed chart offers its embed code, and the embed shows that chart alone, without controls', async ({
	page,
	baseURL
}) => {
	await open(page, '/compare?v=1&c=dl-ua-air-force*di-ru-mod&c=k-_press*k-_official.w.cum');
	const second = chart(page, 2);
	await second.getByRole('button', { name: /^Embed: / }).click();
	const code = await second.getByLabel('Code to paste into your page').inputValue();
	// the embed address carries this chart's composition only
	// (an attribute in HTML: its & is written &amp;)
	expect(code).toContain(`src="${baseURL}/embed/compare?v=1&amp;c=k-_press*k-_official.w.cum"`);
	const src = `${baseURL}/embed/compare?v=1&c=k-_press*k-_official.w.cum`;

	await open(page, src.replace(baseURL ?? '', ''));
	const panel = chart(page, 1);
	await expect(page.locator('h1')).toHaveText(
		'Chart 1: Killed, The press (any outlet) · Killed, Officials (any authority)'
	);
	await expect(await drawnChart(panel)).toBeVisible();
	// no controls: the reader of an article sees the chart, not the editor
	await expect(page.getByLabel('Axis')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Add a series/ })).toHaveCount(0);
	// the same figures as on the compare page, in its data table
	const rows = await tableRows(panel);
	await open(page, '/compare?v=1&c=k-_press*k-_official.w.cum');
	expect(await tableRows(chart(page, 1))).toEqual(rows);
	expect(rows.length).toBeGreaterThan(0);

	await open(page, src.replace(baseURL ?? '', ''));
	await expect(page.locator('.credit .sources')).toContainText('The press (any outlet)');
	await expect(page.getByRole('link', { name: /Salvo/ })).toHaveAttribute(
		'href',
		'/compare?v=1&c=k-_press*k-_official.w.cum'
	);
	await noViolations(page, 'compare embed');
});
