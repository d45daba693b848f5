import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { drawnChart, open } from './hydrated.ts';

// the bundled build: the Air Force table's nights and the curated period claims (data/periods/)

test('/periods lists a tally beside its nightly sum and coverage, as periods.json has it', async ({
	page,
	request
}) => {
	test.setTimeout(60_000);
	const exported = await (await request.get('/data/periods.json')).json();
	const row = exported.periods.find(
		(r: { id: string; metric: string }) => r.id === 'afp-2025-06-drones' && r.metric === 'drones_launched'
	);
	expect(row).toMatchObject({ nights: 30, figure: { value: 5438, qualifier: 'exact' } });

	await open(page, '/periods');
	const tr = page.locator('tr[data-period="afp-2025-06-drones"]');
	await expect(tr.locator('th')).toContainText('June 2025');
	const cells = tr.locator('td');
	await expect(cells.nth(0)).toContainText('AFP');
	await expect(cells.nth(2)).toHaveText('5,438');
	await expect(cells.nth(3)).toContainText(row.sum.lo.toLocaleString('en'));
	await expect(cells.nth(4)).toContainText(`${row.recorded} of 30 nights recorded`);
	await expect(tr).toHaveAttribute('data-verdict', row.verdict);

	// the source filter keeps the president's tallies only, and says so in the URL
	await page.getByLabel('Source').selectOption('zelensky');
	await expect(page).toHaveURL(/\?source=zelensky$/);
	const shown = page.locator('table.periods tbody tr');
	await expect(shown.first()).toBeVisible();
	expect(await shown.count()).toBe(
		exported.periods.filter((r: { source: string }) => r.source === 'zelensky').length
	);
	await expect(page.locator('tr[data-period="afp-2025-06-drones"]')).toHaveCount(0);

	// axe on the page as filtered further: a hundred table rows take it most of a minute on CI
	await page.getByLabel('Figure').selectOption('drones_launched');
	await expect(page).toHaveURL(/\?source=zelensky&metric=drones_launched$/);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});

test('/it/periods reads the filter from the URL, in Italian', async ({ page }) => {
	await open(page, '/it/periods?source=afp&metric=missiles_launched');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilanci settimanali e mensili');
	await expect(page.getByLabel('Fonte')).toHaveValue('afp');
	const rows = page.locator('table.periods tbody tr');
	await expect(rows.first()).toBeVisible();
	for (const metric of await rows.locator('td:nth-of-type(2)').allTextContents()) {
		expect(metric).toBe('Missili lanciati');
	}
});

test('/compare draws each monthly tally behind the Air Force’s line, and its table matches', async ({
	page,
	request
}) => {
	const exported = await (await request.get('/data/periods.json')).json();
	type Row = {
		id: string;
		metric: string;
		against: string;
		kind: string;
		from: string;
		to: string;
		sum?: { lo: number };
	};
	const months = (exported.periods as Row[]).filter(
		(r) =>
			r.metric === 'drones_launched' &&
			r.against === 'ua-air-force' &&
			r.kind === 'month' &&
			r.from >= '2025-01-01' &&
			r.to <= '2025-12-31'
	);
	expect(months.length).toBeGreaterThan(10);

	await open(page, '/compare?v=1&c=dl-ua-air-force.m.f20250101.u20251231');
	await expect(await drawnChart(page)).toBeVisible();
	const rows = page.locator('table.tallies tbody tr');
	await expect(rows).toHaveCount(months.length);
	const june = page.locator('table.tallies tr[data-tally="afp-2025-06-drones"]');
	await expect(june.locator('th')).toHaveText('June 2025');
	await expect(june.locator('td').nth(2)).toHaveText('5,438');
	// the chart's own sum for June is the nightly sum the /periods page compares with
	const row = months.find((r) => r.id === 'afp-2025-06-drones')!;
	await expect(june.locator('td').nth(3)).toHaveText(row.sum!.lo.toLocaleString('en'));
});
