import { open } from './hydrated.ts';
import { expect, test } from '@playwright/test';

// the seed's busiest night: five sources side by side in one comparison table
const busyNight = '/attacks/2025-07-21';

test('on a phone a busy night page fits the screen and its table headers keep whole words', async ({
	page
}, testInfo) => {
	await open(page, busyNight);
	const table = page.locator('table.compare').first();
	await expect(table).toBeVisible();
	expect(await table.locator('thead th').count()).toBeGreaterThanOrEqual(6);

	// the page itself never scrolls sideways: the table's region does
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);

	// a word broken across lines has two boxes; every word of every header has one
	const broken = await table.evaluate((t) => {
		const found: string[] = [];
		for (const th of t.querySelectorAll('thead th')) {
			const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const m of text.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, m.index);
					range.setEnd(node, m.index + m[0].length);
					const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					if (lines.size > 1) found.push(m[0]);
				}
			}
		}
		return found;
	});
	expect(broken).toEqual([]);

	// the caption is read whole on the screen, not cut at its edge
	const caption = (await page.locator('.compare-title').first().boundingBox())!;
	expect(caption.x).toBeGreaterThanOrEqual(0);
	expect(caption.x + caption.width).toBeLessThanOrEqual(390);

	const path = testInfo.outputPath('night-390.png');
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach('night-390', { path, contentType: 'image/png' });
});
