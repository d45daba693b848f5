import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { open } from './hydrated.ts';

const seed = readFileSync(
	resolve(import.meta.dirname, '../../../shared/seeds/000_4739a4a9f94786cc.txt'),
	'utf8'
);

test('a seed article becomes valid YAML, with no request while extracting', async ({ page }) => {
	await open(page, '/curate');
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.route('**/*', (route) => route.abort());

	await page.getByLabel('Article text').fill(seed);
	await page.getByLabel('Publication date').fill('2025-07-21');
	await page.getByRole('button', { name: 'Find figures' }).click();

	// the text is shown as text: the figures are marked, the ages and dates struck through
	const highlighted = page.getByTestId('highlighted');
	await expect(highlighted.locator('mark').first()).toHaveText('420');
	await expect(highlighted.locator('s.distractor', { hasText: '12' })).toHaveAttribute('title', 'age');
	await expect(page.getByTestId('candidate')).toHaveCount(10);
	await expect(page.getByText('The headline disagrees with the body').first()).toBeVisible();

	await page.getByRole('button', { name: 'Accept all unflagged' }).click();
	const attack = page.getByTestId('yaml-claims');
	await expect(attack.locator('pre')).toContainText('drones_launched: ">420"');
	await expect(attack.locator('pre')).toContainText('source: zelensky');
	await expect(attack.getByTestId('valid')).toBeVisible();
	await expect(page.getByTestId('yaml-article').getByTestId('valid')).toBeVisible();
	expect(requests).toEqual([]);
	await page.unroute('**/*');

	// the reviewed page, form controls and all, is accessible in both themes
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	}
});

test('pasted markup stays text, and the text survives a reload until cleared', async ({ page }) => {
	await open(page, '/curate');
	const text = '<img src=x onerror="window.pwned=1"> Nella notte la Russia ha lanciato 50 droni su Kiev.';
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Find figures' }).click();
	await expect(page.getByTestId('highlighted')).toContainText('<img src=x');
	expect(await page.locator('main img').count()).toBe(0);

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Article text')).toHaveValue(text);

	await page.getByRole('button', { name: 'Clear' }).click();
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Article text')).toHaveValue('');
});

test('a flagged headline is taken only on purpose, and edits reach the YAML with inline problems', async ({
	page
}) => {
	await open(page, '/curate');
	await page.getByLabel('Title (optional)').fill('Raid: lanciati 500 droni');
	await page.getByLabel('Article text').fill('Nella notte la Russia ha lanciato 470 droni contro Kiev.');
	await page.getByLabel('Publication date').fill('2030-01-02');
	await page.getByRole('button', { name: 'Find figures' }).click();
	await page.getByRole('button', { name: 'Accept all unflagged' }).click();
	const pre = page.getByTestId('yaml-attack').locator('pre');
	await expect(pre).toContainText('drones_launched: 470');
	await expect(pre).not.toContainText('drones_launched: 500');
	await page.getByRole('button', { name: 'Use anyway' }).click();
	await expect(pre).toContainText('drones_launched: 500');
	// the outlet is not in sources.yaml: the problem is shown beside the YAML
	await expect(page.getByTestId('yaml-attack').getByRole('alert')).toContainText('not in data/sources.yaml');
});
