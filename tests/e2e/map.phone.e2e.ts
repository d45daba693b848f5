import { open } from './hydrated.ts';
import { expect, test } from '@playwright/test';

test('on a phone the map fits the screen, filters are reachable and markers tappable', async ({
	page
}, testInfo) => {
	await open(page, '/map');
	const map = page.locator('svg.strike-map');
	await expect(map).toBeVisible();
	const box = (await map.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(390);
	// nothing is wider than the screen
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);

	await page.getByLabel('Strikes').selectOption('RU');
	await expect(page).toHaveURL(/attacker=RU/);

	await page.locator('a.marker[data-place="kyiv"] circle.hit').tap();
	await expect(page).toHaveURL('/places/kyiv');

	await open(page, '/map');
	const path = testInfo.outputPath('map-390.png');
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach('map-390', { path, contentType: 'image/png' });
});

test('on a phone every map marker is a tap target of at least 24 px', async ({ page }) => {
	await open(page, '/map');
	const hits = page.locator('a.marker.point:visible circle.hit');
	await expect(hits.first()).toBeVisible();
	const sizes = await hits.evaluateAll((circles) =>
		circles.map((c) => Math.min(c.getBoundingClientRect().width, c.getBoundingClientRect().height))
	);
	expect(sizes.length).toBeGreaterThan(0);
	for (const size of sizes) expect(size).toBeGreaterThanOrEqual(23.9);
});
