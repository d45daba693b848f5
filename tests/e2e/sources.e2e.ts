import { open } from './hydrated.ts';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { dataset } from './dataset.ts';
import { headlineFigures } from '../../src/lib/stats/headline.ts';
import { figureWords, formatDate, intervalWords, t } from '../../src/lib/i18n/index.ts';
import { useBothCatalogues } from '../../src/lib/i18n/catalogues.ts';
import type { Metric } from '../../src/lib/schema/metrics.ts';

// the expected words are the site's own, in both languages
useBothCatalogues();

const july21 = dataset.attacks.find((a) => a.date === '2025-07-21' && a.attacker === 'RU')!;
const nameOf = (id: string) => dataset.sources.find((s) => s.id === id)!.name.en;

/** Attacks where both sources give a metric, counted straight from the records. */
function sharedCount(a: string, b: string, metric: Metric): number {
	const gives = (attack: (typeof dataset.attacks)[number], source: string) =>
		attack.claims.some((c) => c.source === source && c.figures[metric]);
	return dataset.attacks.filter((attack) => gives(attack, a) && gives(attack, b)).length;
}

test('the Air Force page sets its figures beside the press on the attacks both reported', async ({
	page
}) => {
	expect(july21, 'a curated attack dated 2025-07-21').toBeDefined();
	await open(page, '/sources/ua-air-force');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf('ua-air-force'));

	const withOpen = page.locator('.source-comparison[data-other="open"]');
	await expect(withOpen.getByRole('heading', { level: 3 })).toContainText('Open');

	// every metric both give, with one row per attack where both give it
	for (const metric of ['drones_launched', 'missiles_launched', 'missiles_intercepted'] as const) {
		await expect(withOpen.locator(`table[data-metric="${metric}"] tbody tr`)).toHaveCount(
			sharedCount('ua-air-force', 'open', metric)
		);
	}

	// missiles launched on 21 July: the Air Force's 24 against the outlet's headline 24 and body 20
	const airForce = july21.claims.find((c) => c.source === 'ua-air-force')!.figures.missiles_launched!;
	const outlet = july21.claims
		.filter((c) => c.source === 'open')
		.map((c) => c.figures.missiles_launched!)
		.sort((a, b) => b.value - a.value);
	expect(airForce.value).toBe(24);
	expect(outlet.map((f) => f.value)).toEqual([24, 20]);
	const row = withOpen.locator(`table[data-metric="missiles_launched"] tr[data-attack="${july21.id}"]`);
	await expect(row.locator('th time')).toHaveText(formatDate('en', july21.date));
	await expect(row.locator('td.mine .figure')).toHaveText(figureWords('en', airForce));
	await expect(row.locator('td.theirs .figure')).toHaveText(figureWords('en', outlet[0]));
	await expect(row.locator('td.theirs .also')).toHaveText(`also said ${figureWords('en', outlet[1])}`);
	await expect(row.locator('td.agreement')).toHaveText('agree');

	// the date links to the attack
	await row.locator('th a').click();
	await expect(page).toHaveURL(`/attacks/${july21.date}#${july21.id}`);
});

test('a source name in the claims table opens the source page', async ({ page }) => {
	await open(page, `/it/attacks/${july21.date}`);
	await page.locator('table.compare thead a', { hasText: 'Open' }).first().click();
	await expect(page).toHaveURL('/it/sources/open');
	await expect(page.getByRole('heading', { level: 2 })).toContainText('A confronto con le altre fonti');
});

test('the overview shows headline figures that match the records', async ({ page }) => {
	await open(page, '/');
	const section = page.locator('section[aria-labelledby="headline-title"]');
	const window = headlineFigures(dataset.attacks)!.window;
	await expect(section.locator('figcaption')).toHaveText(
		t('en', 'headline.window', {
			n: 30,
			from: formatDate('en', window.from),
			to: formatDate('en', window.to)
		})
	);
	// one grid per attacking side, each summing only that side's attacks
	for (const attacker of ['RU', 'UA'] as const) {
		const headline = headlineFigures(dataset.attacks, 30, attacker)!;
		const grid = section.locator(`.headline-grid[data-attacker="${attacker}"]`);
		await expect(grid.locator('.headline-card')).toHaveCount(headline.figures.length);
		for (const figure of headline.figures) {
			const card = grid.locator(`.headline-card[data-metric="${figure.metric}"]`);
			const { low, high } = figure.range;
			const words =
				low.lo === high.lo && low.hi === high.hi && low.approx === high.approx
					? intervalWords('en', high)
					: `${intervalWords('en', low)} to ${intervalWords('en', high)}`;
			await expect(card.locator('.range')).toHaveText(words);
			await expect(card.locator('.by-source a')).toHaveText(figure.sources.map((s) => nameOf(s.source)));
			await expect(card.locator('.by-source .total')).toHaveText(
				figure.sources.map((s) => intervalWords('en', s.total))
			);
		}
	}
});

for (const path of ['/sources/ua-air-force', '/it/sources/zelensky']) {
	test(`${path}: no accessibility violations, no console errors`, async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(msg.text());
		});
		page.on('pageerror', (err) => errors.push(err.message));
		await open(page, path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		expect(errors).toEqual([]);
	});
}
