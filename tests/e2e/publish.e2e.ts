/**
 * Publishing the dataset (issue 22) on the built site: schema.org metadata that the CSP lets
 * be (a data block, not a script), the citation naming the build's version and date, and the
 * changes page with the night pages' links into it.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { open } from './hydrated.ts';

for (const path of ['/changes', '/it/changes', '/attacks/2025-07-21']) {
	test(`${path}: no accessibility violations, in both themes`, async ({ page }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await open(page, path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		}
	});
}

test('the overview and the downloads page carry Dataset JSON-LD, and the browser reports no CSP violation', async ({
	page
}) => {
	// listen from the first byte: a violation reported while the head is parsed counts too
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} ${e.blockedURI}`)
		);
	});
	const messages: string[] = [];
	page.on('console', (m) => {
		if (/content security policy/i.test(m.text())) messages.push(m.text());
	});
	for (const path of ['/', '/downloads', '/it/downloads']) {
		await open(page, path);
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(blocks, path).toHaveLength(1);
		const dataset = JSON.parse(blocks[0]);
		expect(dataset['@type']).toBe('Dataset');
		expect(dataset.license).toContain('https://opendatacommons.org/licenses/by/1-0/');
		expect(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toContain(
			'/data/claims.csv'
		);
		expect(
			await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
			path
		).toEqual([]);
	}
	expect(messages).toEqual([]);
});

test('the citation names the data package’s version and date, and its copy button copies it', async ({
	page,
	context,
	request
}) => {
	const pkg = await (await request.get('/data/datapackage.json')).json();
	const day = String(pkg.created).slice(0, 10);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/downloads');
	const apa = page.getByLabel('APA', { exact: true });
	await expect(apa).toContainText(`(Version ${pkg.version}`);
	await expect(page.getByLabel('BibTeX', { exact: true })).toContainText(`date    = {${day}}`);
	const [y, m, d] = day.split('-').map(Number);
	const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
	await expect(apa).toContainText(`(${y}, ${month} ${d})`);
	await page.getByRole('button', { name: 'Copy the APA citation' }).click();
	await expect(page.getByText('Copied.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.textContent());
});

test('a night page says when its records changed and links to its entries on /changes', async ({ page }) => {
	await open(page, '/attacks/2025-07-21');
	const note = page.locator('p.changed');
	await expect(note).toContainText('These records last changed on');
	const link = note.getByRole('link').first();
	const target = await link.getAttribute('href');
	expect(target).toMatch(/\/changes#change-[0-9a-f]{7}(-2025-07-21)?$/);
	await link.click();
	const anchor = target!.split('#')[1];
	await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
	// the changes page lists that night among the change's nights, with a link back
	await expect(
		page.locator(`[id="${anchor}"]`).getByRole('link', { name: '21 July 2025' }).first()
	).toBeVisible();
	await expect(page.locator('footer')).toContainText('Data up to the night of');
});
