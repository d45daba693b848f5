/**
 * The hostile build is made from a temporary folder outside git (scripts/build-hostile.sh), as a
 * build from a tarball would be: the build works, and /changes says why it lists nothing.
 */
import { expect, test } from '@playwright/test';

test('without the records’ history the changes page says so, and every page still says how far the data reaches', async ({
	page
}) => {
	for (const [path, text] of [
		['/changes', 'built without its history'],
		['/it/changes', 'generata senza la sua storia']
	]) {
		await page.goto(path);
		await expect(page.getByRole('note')).toContainText(text);
		await expect(page.locator('section.change')).toHaveCount(0);
	}
	await page.goto('/');
	const footer = page.locator('footer .freshness');
	await expect(footer).toContainText('Data up to the night of');
	await expect(footer).not.toContainText('last changed');
});
