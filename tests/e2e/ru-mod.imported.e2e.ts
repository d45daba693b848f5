import { expect, test } from '@playwright/test';
import { drawnChart, open } from './hydrated.ts';

// the bundled build: the Air Force's nights and the Russian MoD's statements, one direction at a time

test.setTimeout(90_000);

test('/daily opens on Russian strikes, and Ukrainian strikes draw the Russian MoD per night, its periods added', async ({
	page
}) => {
	await open(page, '/daily');
	const strikes = page.getByLabel('Strikes');
	await expect(strikes).toHaveValue('RU');
	// the two directions are never one series: "all strikes" is not offered
	expect(await strikes.locator('option').allTextContents()).toEqual([
		'Russian strikes on Ukraine',
		'Ukrainian strikes on Russia'
	]);
	const panel = page.locator('section.chart-panel').first();
	const legend = panel.locator('ul.chart-legend li');
	await expect(legend.first()).toBeVisible();
	expect(await legend.allInnerTexts()).toContain('Ukrainian Air Force');
	expect(await legend.allInnerTexts()).not.toContain('Ministry of Defence of the Russian Federation');

	await strikes.selectOption('UA');
	await expect(page).toHaveURL(/attacker=UA/);
	await expect(panel.locator('h2')).toContainText('Drones intercepted');
	await expect(await drawnChart(panel)).toBeVisible();
	await expect(legend.first()).toHaveText('Ministry of Defence of the Russian Federation');
	expect(await legend.allInnerTexts()).not.toContain('Ukrainian Air Force');

	// the night of 22–23 December 2025: six statements, six periods (12 + 29 + 15 + 11 + 21 + 20)
	await open(page, '/daily?attacker=UA&source=ru-mod&from=2025-12-20&to=2025-12-24');
	const table = page.locator('section.chart-panel').first();
	await table.locator('summary', { hasText: 'Data table' }).click();
	const night = table.locator('table.chart-table tbody tr').filter({
		has: page.locator('th time[datetime="2025-12-23"]')
	});
	await expect(night.locator('td').first()).toHaveText('108');
});

test("the map shades Russian regions by the Russian MoD's figures for each", async ({ page }) => {
	await open(page, '/map?attacker=UA&source=ru-mod&metric=drones_intercepted');
	const kursk = page.locator('svg.strike-map a.region-marker[data-place="ru-krs"]');
	const belgorod = page.locator('svg.strike-map a.region-marker[data-place="ru-bel"]');
	await expect(kursk).toBeVisible();
	await expect(belgorod).toBeVisible();
	await expect(kursk).toHaveAttribute('aria-label', /Kursk Oblast.*\d/);
	// the regions of Ukraine the MoD names (Crimea and Sevastopol, which Salvo keeps as
	// Ukraine's, and the occupied and border regions): no other Ukrainian region is shaded
	const shaded = await page
		.locator('svg.strike-map a.region-marker:visible')
		.evaluateAll((as) => as.map((a) => a.getAttribute('data-place') ?? ''));
	expect(shaded.length).toBeGreaterThan(15);
	const named = ['ua-43', 'ua-40', 'ua-63', 'ua-23', 'ua-65', 'ua-14', 'ua-09', 'ua-59', 'ua-74'];
	expect(shaded.filter((p) => p.startsWith('ua-') && !named.includes(p))).toEqual([]);
	// a larger figure, a darker region: Belgorod's tally over the years is above Saratov's
	const opacity = (place: string) =>
		page
			.locator(`svg.strike-map a.region-marker[data-place="${place}"] use`)
			.evaluate((u) => Number((u as SVGElement).style.fillOpacity));
	expect(await opacity('ru-bel')).toBeGreaterThan(await opacity('ru-sar'));
});
