import { createHash } from 'node:crypto';
import { open } from './hydrated.ts';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { dataset } from './dataset.ts';

/** Places named by the attacks that pass a predicate: what the map must mark. */
function attackedPlaces(keep: (a: (typeof dataset.attacks)[number]) => boolean): Set<string> {
	return new Set(
		dataset.attacks.filter(keep).flatMap((a) => [...a.places, ...a.claims.flatMap((c) => c.places ?? [])])
	);
}

test('the map is in the prerendered HTML, before any JavaScript runs', async ({ request }) => {
	const html = await (await request.get('/map')).text();
	expect(html).toMatch(/<svg[^>]*class="strike-map/);
	expect((html.match(/class="marker[ "]/g) ?? []).length).toBe(attackedPlaces(() => true).size);
	// the outlines are one file the map <use>s, not path strings in the page (and again in its
	// hydration data, which doubled the page's weight)
	const uses = [...html.matchAll(/<use [^>]*href="([^"]+)"/g)].map((m) => m[1]);
	expect(uses.length).toBeGreaterThanOrEqual(4);
	expect(html.length).toBeLessThan(80_000);
	// one file, named by a hash of its content so that hosts may cache it for good: a name
	// without one (/geo/basemap.svg) was revalidated on every visit
	const files = new Set(uses.map((u) => new URL(u.split('#')[0], 'http://x/map').pathname));
	expect(files.size).toBe(1);
	const [path] = files;
	const hash = path.match(/^\/geo\/immutable\/basemap\.([0-9a-f]{10})\.svg$/)?.[1];
	expect(hash, path).toBeDefined();
	const file = await request.get(path);
	expect(file.status()).toBe(200);
	expect(file.headers()['content-type']).toMatch(/^image\/svg\+xml/);
	expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	const svg = await file.text();
	expect(createHash('sha256').update(svg).digest('hex').slice(0, 10)).toBe(hash);
	expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(50);
	for (const id of new Set(uses.map((u) => u.split('#')[1]))) expect(svg).toContain(`id="${id}"`);
});

test('the outlines are drawn from the basemap file', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/map');
	const map = page.locator('svg.strike-map');
	// <use> copies of the outlines have a rendered size once the file has loaded
	await expect
		.poll(() => map.locator('use.regions.ua').evaluate((u) => (u as SVGGraphicsElement).getBBox().width))
		.toBeGreaterThan(100);
	expect(
		await map.locator('use.countries').evaluate((u) => (u as SVGGraphicsElement).getBBox().width)
	).toBeGreaterThan(100);
});

test('one marker per attacked place; a filter changes markers and URL, and a reload restores it', async ({
	page
}) => {
	await open(page, '/map');
	// the markers a filter leaves out stay in the page, hidden (a filter change then only sets
	// attributes): what counts is what is shown
	const markers = page.locator('svg.strike-map a.marker:visible');
	await expect(markers).toHaveCount(attackedPlaces(() => true).size);

	await page.getByLabel('Strikes').selectOption('UA');
	const ukrainian = attackedPlaces((a) => a.attacker === 'UA');
	await expect(markers).toHaveCount(ukrainian.size);
	await expect(page).toHaveURL(/\?attacker=UA$/);
	const marked = await markers.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')).sort());
	expect(marked).toEqual([...ukrainian].sort());
	// a hidden marker is out of the tab order and the accessibility tree, and says nothing
	const hidden = page.locator('svg.strike-map a.marker:not(:visible)');
	expect(await hidden.count()).toBe(attackedPlaces(() => true).size - ukrainian.size);
	for (const marker of await hidden.all()) {
		expect(await marker.evaluate((e) => getComputedStyle(e).display)).toBe('none');
		await expect(marker).not.toHaveAttribute('aria-label');
	}

	await page.getByLabel('Size by').selectOption('injured');
	await expect(page).toHaveURL(/attacker=UA&metric=injured/);
	await page.reload();
	await expect(page.getByLabel('Strikes')).toHaveValue('UA');
	await expect(page.getByLabel('Size by')).toHaveValue('injured');
	await expect(markers).toHaveCount(ukrainian.size);
	// the table behind the map lists the same places
	await expect(page.locator('.place-table tbody tr')).toHaveCount(ukrainian.size);
});

test('the table below the map follows every change with the figures the markers show', async ({ page }) => {
	await open(page, '/map');
	const table = page.locator('.place-table');
	// each row's figure, as words, is the one its marker's label names
	const mismatches = () =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLTableRowElement>('.place-table tbody tr')].flatMap((row) => {
				const marker = document.querySelector(`a.marker[data-place="${row.dataset.place}"]`);
				const label = marker?.getAttribute('aria-label') ?? '';
				const figure = row.cells[3].textContent ?? '';
				const attacks = row.cells[2].textContent ?? '';
				return label.includes(figure) && label.includes(attacks) ? [] : [`${label} / ${figure} / ${attacks}`];
			})
		);
	for (const metric of ['injured', 'attacks', 'killed', 'drones_launched']) {
		await page.getByLabel('Size by').selectOption(metric);
		const name = (await page.getByLabel('Size by').locator('option:checked').textContent())!.toLowerCase();
		await expect(table.locator('caption')).toContainText(name);
		// the table follows a frame after the map: wait for its rows before comparing them (an
		// empty table has no mismatch to find)
		await expect(table.locator('tbody tr')).toHaveCount(attackedPlaces(() => true).size);
		await expect.poll(mismatches).toEqual([]);
	}
	// sized by a figure, the rows name one; by attacks, the figure's columns are hidden
	await expect(table.locator('tr[data-place="kyiv"] td').nth(2)).not.toBeEmpty();
	await page.getByLabel('Size by').selectOption('attacks');
	await expect(table.locator('tr[data-place="kyiv"] td').nth(2)).toBeHidden();
});

test('a date range keeps only the attacks inside it', async ({ page }) => {
	await open(page, '/map?from=2025-12-01&to=2025-12-31');
	const december = attackedPlaces((a) => a.date >= '2025-12-01' && a.date <= '2025-12-31');
	await expect(page.locator('svg.strike-map a.marker:visible')).toHaveCount(december.size);
});

test('the outlines are drawn on pages at every depth, each link loading its page from the host', async ({
	page
}) => {
	// the <use> elements spell the file's address relative to the page, as the server does (so
	// hydration leaves them alone): it must resolve from /map, /it/map and /it/places/kyiv alike
	const outlinesWidth = () =>
		page.locator('svg.strike-map use.regions.ua').evaluate((u) => (u as SVGGraphicsElement).getBBox().width);
	await open(page, '/map');
	await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
	await expect.poll(outlinesWidth).toBeGreaterThan(100);
	await page.getByRole('link', { name: 'Italiano' }).click();
	await expect(page).toHaveURL(/\/it\/map$/);
	await expect.poll(outlinesWidth).toBeGreaterThan(100);
	await page.locator('svg.strike-map a.marker[data-place="kyiv"]').click();
	await expect(page).toHaveURL(/\/it\/places\/kyiv$/);
	await expect.poll(outlinesWidth).toBeGreaterThan(50);
	// links load documents (data-sveltekit-reload): the place page has no app to navigate with
	expect(
		await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)
	).toBeUndefined();
});

test('hovering a city names it with its figures by source', async ({ page }) => {
	await open(page, '/map?metric=injured');
	await page.locator('a.marker[data-place="kyiv"]').hover();
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toContainText('Kyiv');
	await expect(tooltip).toContainText('Mayor of Kyiv: 3');
});

test("the overview's compact map, a document with no app, names each marker in the browser's own tooltip", async ({
	page
}) => {
	await open(page, '/');
	const kyiv = page.locator('svg.strike-map a.marker[data-place="kyiv"]');
	const label = await kyiv.getAttribute('aria-label');
	expect(label).toContain('Kyiv');
	// an SVG <title> is what the browser shows on hover when no script runs
	await expect(kyiv.locator('title')).toHaveText(label!);
	// the map page has its own tooltip, and no second one from the browser
	await open(page, '/map');
	await expect(page.locator('svg.strike-map a.marker[data-place="kyiv"]')).toHaveCount(1);
	await expect(page.locator('svg.strike-map a.marker title')).toHaveCount(0);
});

test('a city hovered while the claims arrive keeps its own tooltip', async ({ page }) => {
	// the figure asked for needs every claim: hold the file back until the pointer is on Kyiv
	await page.route('**/data/map.json', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 800));
		await route.continue();
	});
	await open(page, '/map?metric=injured');
	await page.locator('a.marker[data-place="kyiv"]').hover();
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toContainText('Mayor of Kyiv: 3');
	await expect(tooltip).toContainText('Kyiv');
});

test('keyboard focus reaches a marker, and Enter opens its place page', async ({ page }) => {
	await open(page, '/map');
	const kyiv = page.locator('a.marker[data-place="kyiv"]');
	await expect(kyiv).toHaveAttribute('aria-label', /^Kyiv: \d+ attacks?$/);
	// tab from the reset button into the map
	await page.getByRole('button', { name: 'Reset filters' }).focus();
	let reached = false;
	for (let i = 0; i < 40 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await kyiv.evaluate((el) => el === document.activeElement);
	}
	expect(reached).toBe(true);
	await expect(page.locator('.tooltip')).toContainText('Kyiv');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/places/kyiv');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyiv');
});

test('the place page shows its attacks and every claim about it', async ({ page }) => {
	await open(page, '/places/kyiv');
	const attacks = dataset.attacks.filter(
		(a) => a.places.includes('kyiv') || a.claims.some((c) => c.places?.includes('kyiv'))
	);
	await expect(page.locator('.attack-list > li')).toHaveCount(attacks.length);
	await expect(page.locator('svg.strike-map a.marker[data-place="kyiv"]')).toHaveCount(1);
});

for (const path of ['/map', '/it/map', '/places/kyiv', '/it/places/ru-sta']) {
	test(`${path}: no accessibility violations`, async ({ page }) => {
		await open(page, path);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

test('screenshots of the map at desktop width', async ({ page }, testInfo) => {
	await open(page, '/map');
	await expect(page.locator('svg.strike-map')).toBeVisible();
	const path = testInfo.outputPath('map-1280.png');
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach('map-1280', { path, contentType: 'image/png' });
	const box = await page.locator('svg.strike-map').boundingBox();
	expect(box!.width).toBeGreaterThan(1000);
});
