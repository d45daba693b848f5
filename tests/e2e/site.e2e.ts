import { open } from './hydrated.ts';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { dataset } from './dataset.ts';

/** Collects console errors and uncaught exceptions of a page. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

const july21 = dataset.attacks.find((a) => a.date === '2025-07-21' && a.attacker === 'RU');

test('the overview lists the newest attacks, and the index lists them all', async ({ page }) => {
	await open(page, '/');
	const cards = page.locator('.attack-list > li');
	await expect(cards).toHaveCount(Math.min(dataset.attacks.length, 12));
	const dates = await cards.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
	expect(dates).toEqual([...dates].sort().reverse());
	expect(dates).toContain('2025-07-21');
	await page.getByRole('link', { name: `All ${dataset.attacks.length} attacks` }).click();
	await expect(page).toHaveURL('/attacks');
	// one line per month with records, each linking to the month's page
	const months = [...new Set(dataset.attacks.map((a) => a.date.slice(0, 7)))];
	await expect(page.locator('.months li')).toHaveCount(months.length);
	await page.getByRole('link', { name: 'July 2025' }).click();
	await expect(page).toHaveURL('/attacks/2025-07');
	const july = dataset.attacks.filter((a) => a.date.startsWith('2025-07'));
	await expect(page.locator('.attack-index li')).toHaveCount(july.length);
	// an attack's line opens its night's page at the attack
	await page.locator('.attack-index a', { hasText: '21 July 2025' }).first().click();
	await expect(page).toHaveURL(`/attacks/2025-07-21#${july21!.id}`);
	await expect(page.locator(`section[id="${july21!.id}"]`)).toBeInViewport();
});

test('the attack of 21 July 2025 shows the press claim beside the Air Force claim', async ({ page }) => {
	expect(july21, 'a curated attack dated 2025-07-21').toBeDefined();
	const attack = july21!;
	await open(page, `/attacks/${attack.date}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The night of 21 July 2025');
	const section = page.locator(`section[id="${attack.id}"]`);
	await expect(section.getByRole('heading', { level: 2 })).toContainText('Russian strike on Ukraine');

	const press = attack.claims.find((c) => c.figures.drones_launched?.qualifier === 'more_than');
	const airForce = attack.claims.find((c) => c.source === 'ua-air-force');
	expect(press, 'a press claim of "more than" N drones').toBeDefined();
	expect(airForce, 'an Air Force claim').toBeDefined();

	const table = section.locator('table.compare');
	const pressDrones = press!.figures.drones_launched!.value;
	await expect(table).toContainText(`more than ${pressDrones}`);
	const afDrones = airForce!.figures.drones_launched!.value;
	await expect(table.locator('tbody tr', { hasText: 'Drones launched' })).toContainText(String(afDrones));

	// every claim's words are on the page, next to its source
	for (const claim of [press!, airForce!]) {
		await expect(section.locator(`#claim-${attack.id}-${claim.id} blockquote`)).toHaveText(claim.quote);
	}
	// the two disagree on drones launched, and the row says so
	await expect(table.locator('tbody tr.disagree').first()).toBeVisible();
});

test('switching to Italian changes the interface and keeps the page', async ({ page }) => {
	await open(page, `/attacks/${july21!.date}`);
	await page.getByRole('link', { name: 'Leggi in italiano' }).click();
	await expect(page).toHaveURL(`/it/attacks/${july21!.date}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'it');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('La notte del 21 luglio 2025');
	await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(
		'Attacco russo contro l’Ucraina'
	);
	await expect(page.locator('table.compare').first()).toContainText('oltre');
	await page.getByRole('link', { name: 'Read in English' }).click();
	await expect(page).toHaveURL(`/attacks/${july21!.date}`);
});

const pages = [
	'/',
	'/it',
	'/downloads',
	'/it/downloads',
	'/methodology',
	'/map',
	'/attacks',
	'/it/attacks',
	'/daily',
	'/curate',
	'/it/curate',
	...[...new Set(dataset.attacks.map((a) => a.date))].flatMap((d) => [`/attacks/${d}`, `/it/attacks/${d}`]),
	...[...new Set(dataset.attacks.map((a) => a.date.slice(0, 7)))].map((m) => `/attacks/${m}`),
	...dataset.sources.map((s) => `/sources/${s.id}`),
	...dataset.places.map((p) => `/places/${p.id}`)
];

for (const path of pages) {
	test(`${path}: no accessibility violations, no console errors`, async ({ page }) => {
		const errors = watchErrors(page);
		await open(page, path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('the downloads are prerendered and agree with the records', async ({ request }) => {
	const json = await (await request.get('/data/claims.json')).json();
	const claimCount = dataset.attacks.reduce((n, a) => n + a.claims.length, 0);
	expect(json.claims).toHaveLength(claimCount);
	const csv = await (await request.get('/data/claims.csv')).text();
	// a comment line first: the attribution the Air Force records' licence (ODC-BY 1.0) asks for
	expect(csv.split('\n')[0]).toMatch(/^# Air Force figures: .*Ivaniuk.*ODC-BY 1\.0/);
	expect(csv.trim().split('\n')[1]).toMatch(
		/^claim,attack,date,attacker,target,source,article,places,quote,/
	);
	expect(json.about).toMatch(/Massive Missile Attacks on Ukraine.*ODC-BY 1\.0.*opendatacommons\.org/);
	const schema = await (await request.get('/schema/attack.schema.json')).json();
	expect(schema.title).toBe('Salvo attack and its claims');
});

test('every page carries a Content-Security-Policy', async ({ page }) => {
	await open(page, '/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("script-src 'self'");
	expect(csp).toContain("object-src 'none'");
});

test('a document page sends its claims once, as markup, and no data behind them', async ({
	page,
	request
}) => {
	const quote = july21!.claims[0].quote;
	await open(page, '/attacks/2025-07-21');
	await expect(
		page
			.locator('blockquote')
			.filter({ hasText: quote.slice(0, 40) })
			.first()
	).toBeVisible();
	// no app, no hydration data in the page, and nothing of the night in its __data.json
	await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
	const html = await (await request.get('/attacks/2025-07-21')).text();
	expect(html).not.toMatch(/__sveltekit_/);
	const data = await (await request.get('/attacks/2025-07-21/__data.json')).text();
	expect(data).toContain('ServerRendered');
	expect(data).not.toContain(quote.slice(0, 40));
	expect(data.length).toBeLessThan(1000);
});
