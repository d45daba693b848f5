import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { drawnChart, open } from './hydrated.ts';
import { expectedExact } from './export-check.ts';

test('the daily chart renders, and its data table says what the JSON export says', async ({
	page,
	request
}) => {
	const exported = await (await request.get('/data/claims.json')).json();
	const names = new Map<string, string>(
		exported.sources.map((s: { id: string; name: { en: string } }) => [s.id, s.name.en])
	);
	await open(page, '/daily');
	await expect(await drawnChart(page)).toBeVisible();
	const panel = page.locator('section.chart-panel').first();
	await panel.getByText('Data table').click();
	const table = panel.locator('table.chart-table');
	// the table is built when its <details> opens, on the toggle event a task after the click:
	// read its headers once it is there (read at once, they were sometimes none)
	await expect(table.locator('thead th').first()).toBeVisible();
	const headers = await table.locator('thead th').allTextContents();

	const expected = expectedExact(exported.claims, names, 'drones_launched');
	expect(expected.length).toBeGreaterThan(3);
	for (const [date, source, value] of expected) {
		const column = headers.indexOf(source);
		expect(column, `a column for ${source}`).toBeGreaterThan(0);
		const cell = table.locator(`tbody tr[data-period="${date}"] > *`).nth(column);
		await expect(cell, `${source} on ${date}`).toHaveText(value.toLocaleString('en'));
	}
	// a lower bound stays a lower bound in the table
	await expect(table.locator('tbody tr[data-period="2025-07-21"]')).toContainText('426');
});

test('a chart below the fold is drawn when the reader scrolls to it, in the box that was there', async ({
	page
}) => {
	// the charts' boxes, legends and tables are prerendered; chart.js and the drawing wait until
	// a chart nears the screen, so a phone's first view does not pay for three charts
	await page.setViewportSize({ width: 390, height: 600 });
	await open(page, '/daily');
	const boxes = page.locator('.chart-box');
	await expect(boxes).toHaveCount(3);
	await page.waitForLoadState('networkidle');
	await expect(boxes.last()).not.toHaveAttribute('data-drawn');
	// the box keeps its size before it is drawn: nothing moves when it is (no layout shift)
	const before = await boxes.last().boundingBox();
	expect(before!.height).toBeGreaterThan(200);

	const canvas = await drawnChart(page.locator('section.chart-panel').last());
	const after = await boxes.last().boundingBox();
	expect(after!.height).toBe(before!.height);
	// a real drawing: opaque pixels on the canvas
	const painted = await canvas.evaluate((el) => {
		const c = el as HTMLCanvasElement;
		const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
		return n;
	});
	expect(painted).toBeGreaterThan(500);
});

test('printing draws every chart, also those the reader never scrolled to', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 600 });
	await open(page, '/daily');
	const boxes = page.locator('.chart-box');
	await expect(boxes).toHaveCount(3);
	// on a phone the sentence and the period's figures come first: the charts wait below the fold
	await page.waitForLoadState('networkidle');
	await expect(boxes.last()).not.toHaveAttribute('data-drawn');
	// what the browser sends before it lays the page out for print (Ctrl+P, "Print")
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	// drawn in the event's own task: the print layout follows it at once
	const drawn = await boxes.evaluateAll((els) => els.map((el) => el.hasAttribute('data-drawn')));
	expect(drawn).toEqual([true, true, true]);
});

test('changing the figure or the source changes the chart and the URL', async ({ page }) => {
	await open(page, '/daily');
	const title = page.locator('section.chart-panel h2').first();
	await expect(title).toHaveText('Drones launched, by source');
	await page.getByLabel('Figure', { exact: true }).selectOption('killed');
	await expect(title).toHaveText('Killed, by source');
	await expect(page).toHaveURL(/metric=killed/);

	await page.getByLabel('Source', { exact: true }).selectOption('zelensky');
	await expect(page).toHaveURL(/source=zelensky/);
	const panel = page.locator('section.chart-panel').first();
	await panel.getByText('Data table').click();
	await expect(panel.locator('thead th')).toHaveText(['Period', 'President of Ukraine']);
	await expect(panel.locator('tbody tr')).toHaveCount(1);
	await expect(panel.locator('tbody td')).toHaveText('2');

	await page.reload();
	await expect(page.getByLabel('Figure', { exact: true })).toHaveValue('killed');
	await expect(title).toHaveText('Killed, by source');
});

test('the charts below the first follow every change: their titles and tables speak of the new figures', async ({
	page
}) => {
	await open(page, '/daily');
	const [, lvi, byType] = await page.locator('section.chart-panel').all();
	await expect(lvi.locator('h2')).toHaveText('Launched and intercepted: Ukrainian Air Force');
	await expect(byType.locator('h2')).toHaveText('Drones launched by type: Ukrainian Air Force');
	await page.getByLabel('Figure', { exact: true }).selectOption('missiles_launched');
	await expect(byType.locator('h2')).toHaveText('Missiles launched by type: Ukrainian Air Force');
	await lvi.getByText('Data table').click();
	await expect(lvi.locator('thead th')).toHaveText(['Period', 'Missiles launched', 'Missiles intercepted']);
	await page.getByLabel('Strikes', { exact: true }).selectOption('UA');
	// Ukrainian strikes: the charts are the Russian MoD's, which gives no missile figures
	await expect(lvi.locator('h2')).toHaveText(
		'Launched and intercepted: Ministry of Defence of the Russian Federation'
	);
	await expect(lvi.locator('tbody tr')).toHaveCount(0);
	await page.getByLabel('Strikes', { exact: true }).selectOption('RU');
	await expect(lvi.locator('h2')).toHaveText('Launched and intercepted: Ukrainian Air Force');
	await expect.poll(() => lvi.locator('tbody tr').count()).toBeGreaterThan(0);
});

test('weekly sums keep lower bounds as lower bounds', async ({ page }) => {
	await open(page, '/daily?metric=injured&by=week');
	const panel = page.locator('section.chart-panel').first();
	await panel.getByText('Data table').click();
	// the week of 22 December 2025: the Kyiv mayor's 3 and the outlet's "at least 3"
	await expect(panel.locator('tbody tr[data-period="2025-12-22"]')).toContainText('at least 3');
});

test('the keyboard reads the chart point by point', async ({ page }) => {
	await open(page, '/daily');
	const chart = page.locator('.chart-box').first();
	await chart.focus();
	await page.keyboard.press('Home');
	const said = page.locator('.chart-announcement').first();
	// the first night with a figure: 25 May 2025, the Air Force's 298 drones
	await expect(said).toContainText('25 May 2025: Ukrainian Air Force: 298');
	await page.keyboard.press('ArrowRight');
	await expect(said).toContainText('21 July 2025');
	await expect(said).toContainText('Open (Italian news site): 426 — “lanciati 426 droni e 24 missili”');
});

test('the CSV download holds the chart data', async ({ page }) => {
	await open(page, '/daily?source=ua-air-force');
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download data (CSV)' }).first().click();
	const file = await download;
	const text = await (await file.createReadStream()).toArray();
	const csv = Buffer.concat(text).toString();
	expect(csv.split('\n')[0]).toBe('period,series,lo,hi,approximate,partial');
	// a night is whole: partial marks only weeks and months the data covers in part
	expect(csv).toContain('2025-07-21,Ukrainian Air Force,426,426,false,false');
});

for (const path of ['/daily', '/it/daily', '/daily?metric=injured&by=week']) {
	test(`${path}: no accessibility violations`, async ({ page }) => {
		await open(page, path);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

test('under a year of nights, the charts draw them all and say nothing of a window', async ({ page }) => {
	await open(page, '/daily');
	await expect(page.locator('.chart-box canvas').first()).toBeVisible();
	await expect(page.locator('.window-note')).toHaveCount(0);
	await expect(page.locator('.chart-note')).toHaveCount(0);
});

// a chart a filter empties keeps its place: the "no source" message stands over its axes, and
// its lines come back when the filter does
test('a chart that a filter empties says so, and draws again when the filter changes back', async ({
	page
}) => {
	await open(page, '/daily');
	const panel = page.locator('section.chart-panel').nth(1);
	await expect(panel.locator('canvas')).toBeVisible();
	// the mayor of Kyiv gives casualties, no drones
	await page.getByLabel('Source', { exact: true }).selectOption('kyiv-mayor');
	await expect(panel.locator('.empty')).toHaveText('No source gives this figure under the filter.');
	await expect(panel.locator('summary', { hasText: 'Data table' })).toHaveCount(0);
	await page.getByLabel('Source', { exact: true }).selectOption('all');
	await expect(panel.locator('.empty')).toHaveCount(0);
	await expect(panel.locator('summary', { hasText: 'Data table' })).toBeVisible();
});
