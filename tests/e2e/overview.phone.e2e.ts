import { open } from './hydrated.ts';
import { expect, test } from '@playwright/test';

test('on a phone the newest attack is on the first screen of the overview, and shown once', async ({
	page
}) => {
	await open(page, '/');
	const latest = page.locator('section.latest .attack-card');
	await expect(latest).toBeVisible();
	const box = (await latest.boundingBox())!;
	expect(box.y).toBeLessThan(844);
	// the list's copy of it is hidden at this width: one card per attack on screen
	await expect(page.locator('.attack-list > li.newest')).toBeHidden();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
