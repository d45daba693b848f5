import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { open } from './hydrated.ts';

const seed = readFileSync(
	resolve(import.meta.dirname, '../../../shared/seeds/000_4739a4a9f94786cc.txt'),
	'utf8'
);

test('a seed article becomes valid YAML, with no request while extracting', async ({ page }) => {
	// the night is recorded: the whole attack file is on the page, and axe reads it twice
	test.setTimeout(60_000);
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

	// extraction asked for nothing; the night's existing file is fetched only once figures are accepted
	expect(requests).toEqual([]);
	await page.unroute('**/*');
	await page.getByRole('button', { name: 'Accept all unflagged' }).click();
	const attack = page.getByTestId('yaml-attack-edit');
	await expect(attack.locator('pre')).toContainText('drones_launched: ">420"');
	await expect(attack.locator('pre')).toContainText('source: zelensky');
	await expect(attack.getByTestId('valid')).toBeVisible();
	await expect(page.getByTestId('yaml-article').getByTestId('valid')).toBeVisible();

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
	// the figure is the outlet's, and no outlet is in sources.yaml: "Accept all" leaves it
	await page.getByRole('button', { name: 'Accept all unflagged' }).click();
	await expect(page.getByText('1 left to review')).toBeVisible();
	await page.getByRole('button', { name: 'Accept', exact: true }).click();
	const pre = page.getByTestId('yaml-attack').locator('pre');
	await expect(pre).toContainText('drones_launched: 470');
	await expect(pre).not.toContainText('drones_launched: 500');
	await page.getByRole('button', { name: 'Use anyway' }).click();
	await expect(pre).toContainText('drones_launched: 500');
	// the outlet is not in sources.yaml: the problem is shown beside the YAML
	await expect(page.getByTestId('yaml-attack').getByRole('alert')).toContainText('not in data/sources.yaml');
});

test('the YAML as produced passes check:data: a source is added first, a recorded night is edited whole', async ({
	page
}) => {
	await open(page, '/curate');
	await page.getByLabel('Outlet').fill('Test Wire');
	await page.getByLabel('Publication date').fill('2025-07-21');
	await page
		.getByLabel('Article text')
		.fill(
			"Russia launched 310 drones and two Iskander-M missiles overnight, Ukraine's air force said. In Kharkiv, three people were injured."
		);
	await page.getByRole('button', { name: 'Find figures' }).click();

	// the figure whose source data/ does not know is left for review, with the offer to add it
	await page.getByRole('button', { name: 'Accept all unflagged' }).click();
	await expect(page.getByText('1 left to review')).toBeVisible();
	await page.getByRole('button', { name: 'Add “test-wire” to the sources' }).click();
	await page.getByRole('button', { name: 'Accept all unflagged' }).click();
	await expect(page.getByText('left to review')).toHaveCount(0);

	const edit = page.getByTestId('yaml-attack-edit');
	await expect(edit.getByTestId('valid')).toBeVisible();
	const yaml = async (kind: string) =>
		(await page.getByTestId(`yaml-${kind}`).locator('pre').textContent()) ?? '';
	const path = (await edit.locator('code').textContent())!.replace(/^data\//, '');

	// the round trip: the blocks put into a copy of the records the page was built from
	const dir = mkdtempSync(join(tmpdir(), 'salvo-curate-'));
	try {
		cpSync(resolve(import.meta.dirname, '../fixtures/seed-data'), dir, { recursive: true });
		appendFileSync(join(dir, 'articles.yaml'), `\n${await yaml('article')}`);
		appendFileSync(join(dir, 'sources.yaml'), `\n${await yaml('sources')}`);
		writeFileSync(join(dir, path), await yaml('attack-edit'));
		const out = execFileSync(process.execPath, ['scripts/check-data.ts', dir], { encoding: 'utf8' });
		expect(out).toContain('is valid');
		expect(readFileSync(join(dir, path), 'utf8')).toContain('source: test-wire');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
