import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawnChart, open } from './hydrated.ts';

/** The rows of a chart panel's data table, as text, once opened. */
async function tableRows(panel: Locator): Promise<string[]> {
	await panel.locator('details.data-table summary').click();
	const rows = panel.locator('details.data-table tbody tr');
	await expect(rows.first()).toBeVisible();
	return rows.allInnerTexts();
}

async function lastThirtyNights(page: Page): Promise<Locator> {
	await open(page, '/daily');
	await page.getByRole('button', { name: 'Last 30 nights' }).click();
	await expect(page).toHaveURL(/from=/);
	const panel = page.locator('.chart-panel').first();
	await expect(panel.locator('details.data-table')).toBeVisible();
	return panel;
}

test('the embed of a filtered /daily chart shows the same table as the page', async ({ page, baseURL }) => {
	const panel = await lastThirtyNights(page);
	const pageRows = await tableRows(panel);
	expect(pageRows.length).toBeGreaterThan(0);
	expect(pageRows.length).toBeLessThanOrEqual(30);

	await panel.getByRole('button', { name: /^Embed: / }).click();
	const code = await panel.getByLabel('Code to paste into your page').inputValue();
	const src = /src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&');
	expect(src.startsWith(`${baseURL}/embed/daily/by-source?`)).toBe(true);
	const url = new URL(src);
	expect(url.searchParams.get('from')).toBeTruthy();
	expect(url.searchParams.get('to')).toBeTruthy();

	await open(page, url.pathname + url.search);
	const embed = page.locator('.chart-panel');
	await expect(embed.locator('[aria-busy="true"]')).toHaveCount(0);
	expect(await tableRows(embed)).toEqual(pageRows);
});

test('the downloaded PNG is the chart framed by its caption, at twice its size', async ({ page }) => {
	const panel = await lastThirtyNights(page);
	const canvas = await drawnChart(panel);
	const shown = (await canvas.boundingBox())!;
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('link', { name: 'Download chart (PNG)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('salvo-by-source.png');
	const png = await readFile((await download.path())!);
	// the PNG header: signature, then the IHDR chunk's width and height
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBe(2 * (Math.round(shown.width) + 32));
	// title, period, legend above the chart and the credit under it: taller than the chart alone
	expect(height).toBeGreaterThan(2 * (shown.height + 80));
	if (process.env.SALVO_PNG_OUT) await download.saveAs(process.env.SALVO_PNG_OUT);
	// the chart on screen is back at the screen's resolution
	const ratio = await page.evaluate(() => devicePixelRatio);
	expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBe(Math.round(shown.width * ratio));
});
