import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { drawnChart, open } from './hydrated.ts';
import { expectedExact } from './export-check.ts';

// the site built on the Air Force reference table imported into a temporary folder

test('with the Air Force table imported, the daily chart of a chosen period matches the JSON export', async ({
	page,
	request
}) => {
	const exported = await (await request.get('/data/claims.json')).json();
	expect(exported.claims.length).toBeGreaterThan(1000);
	const names = new Map<string, string>(
		exported.sources.map((s: { id: string; name: { en: string } }) => [s.id, s.name.en])
	);
	const from = '2025-06-01';
	const to = '2025-06-30';
	await open(page, `/daily?from=${from}&to=${to}&source=ua-air-force`);
	const panel = page.locator('section.chart-panel').first();
	await expect(await drawnChart(panel)).toBeVisible();
	await panel.getByText('Data table').click();
	const rows = panel.locator('table.chart-table tbody tr');

	const expected = expectedExact(
		exported.claims.filter((c: { date: string }) => c.date >= from && c.date <= to),
		names,
		'drones_launched'
	).filter(([, source]) => source === 'Ukrainian Air Force');
	expect(expected.length).toBeGreaterThan(20);
	for (const [date, , value] of expected) {
		await expect(rows.filter({ has: page.locator(`th time[datetime="${date}"]`) }).locator('td')).toHaveText(
			value.toLocaleString('en')
		);
	}
});

test('three years of nights stay readable: weekly sums and a monthly view', async ({ page }) => {
	await open(page, '/daily?source=ua-air-force&by=month');
	const panel = page.locator('section.chart-panel').first();
	await panel.getByText('Data table').click();
	const rows = panel.locator('table.chart-table tbody tr');
	// the table is built on the toggle event, a task after the click: count its rows once there
	await expect(rows.first()).toBeVisible();
	// September 2022 to December 2025
	expect(await rows.count()).toBeGreaterThanOrEqual(36);
	await page.getByLabel('Add up by').selectOption('week');
	await expect(page).toHaveURL(/by=week/);
	expect(await rows.count()).toBeGreaterThan(150);
});

test('/daily with years of data: no accessibility violations', async ({ page }) => {
	await open(page, '/daily?by=week');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('the map with years of data shades the regions the Air Force named', async ({ page }) => {
	await open(page, '/map?source=ua-air-force');
	// the Russian regions' markers are hidden under Russian strikes on Ukraine: one direction at a time
	await expect(page.locator('svg.strike-map a.region-marker:visible').first()).toBeVisible();
	expect(await page.locator('svg.strike-map a.marker:visible').count()).toBeGreaterThan(10);
});

// years of nights: the charts draw the last year by default (a night per pixel over three
// years reads as noise, and redrawing it all on every filter change is slow), but the data
// table must still hold every night, and "All nights" must draw them all
test('the charts draw the last 365 nights, the data table holds every night, "All nights" draws them', async ({
	page
}) => {
	await open(page, '/daily');
	await expect(page.locator('.window-note')).toContainText('The charts draw the last 365 nights');
	const panel = page.locator('section.chart-panel').first();
	// a line of a year of nights: exact figures are not dotted one by one, and the chart says so
	// (it draws when it nears the screen: the sentence and the period's figures come first)
	await panel.scrollIntoViewIfNeeded();
	await expect(panel.locator('.chart-note')).toContainText('The data table and the CSV list every figure');
	await panel.locator('summary', { hasText: 'Data table' }).click();
	const rows = panel.locator('table.chart-table tbody tr');
	// newest first
	const periods = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-period') ?? ''));
	const [newest, oldest] = [periods[0], periods.at(-1)!];
	const yearBefore = new Date(Date.parse(`${newest}T00:00:00Z`) - 365 * 86_400_000)
		.toISOString()
		.slice(0, 10);
	// the table goes back years, far beyond what the chart draws
	expect(oldest < yearBefore, `${oldest} … ${newest}`).toBe(true);
	const firstNight = await rows.last().locator('th').textContent();

	const chart = panel.locator('.chart-box');
	const said = panel.locator('.chart-announcement');
	await chart.focus();
	await page.keyboard.press('Home');
	await expect(said).not.toBeEmpty();
	expect(await said.textContent()).not.toContain(`${firstNight}:`);

	await page.getByRole('button', { name: 'All nights' }).click();
	await expect(page).toHaveURL(new RegExp(`from=${oldest.slice(0, 4)}`));
	await expect(page.locator('.window-note')).toHaveCount(0);
	await expect(rows).toHaveCount(periods.length);
	await chart.focus();
	await page.keyboard.press('Home');
	await expect(said).toContainText(`${firstNight}:`);
});
