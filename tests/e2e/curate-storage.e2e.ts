/**
 * Issue 24: /curate with storage blocked (cookies blocked) was a 500 on load, and a paste over
 * the storage quota turned it into a 500 with the text lost. Now the page works, keeps the
 * text in memory and says it cannot be saved.
 */
import { expect, test, type Page } from '@playwright/test';
import { open } from './hydrated.ts';

const article = 'Nella notte la Russia ha lanciato oltre 50 droni contro Kyiv, ha detto l’aeronautica.';

async function findsFigures(page: Page) {
	await page.getByRole('button', { name: 'Find figures' }).click();
	await expect(page.getByTestId('highlighted').locator('mark').first()).toHaveText('50');
}

test('with storage blocked the page works, keeps the text and says it will not be kept', async ({ page }) => {
	// as with cookies blocked: reaching localStorage throws
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, '/curate');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Curation assistant');
	await page.getByLabel('Article text').fill(article);
	await expect(
		page.getByRole('status').filter({ hasText: 'does not let the page store anything' })
	).toBeVisible();
	await expect(page.getByLabel('Article text')).toHaveValue(article);
	await findsFigures(page);
	expect(errors).toEqual([]);
});

test('a paste over the storage quota stays on the page, and the page says it cannot be kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (value.length > 100_000)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return setItem.call(this, key, value);
		};
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, '/curate');
	await page.getByLabel('Article text').fill('short');
	await expect(page.getByRole('status').filter({ hasText: 'too large' })).toHaveCount(0);

	const long = `${article}\n${'Testo di contorno senza cifre. '.repeat(6000)}`;
	await page.getByLabel('Article text').fill(long);
	await expect(
		page.getByRole('status').filter({ hasText: 'too large to keep on this device' })
	).toBeVisible();
	await findsFigures(page);
	expect(errors).toEqual([]);
	// the older, shorter draft is not brought back in its place
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Article text')).toHaveValue('');
});
