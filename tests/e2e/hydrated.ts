import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a page and waits until Svelte has hydrated it, so handlers are attached. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/**
 * The canvas of a drawn chart inside `within` (a panel, a frame or the page). Charts are drawn
 * when they near the screen, after hydration: this scrolls the first one into view and waits
 * for its box's `data-drawn`.
 */
export async function drawnChart(within: Page | Locator): Promise<Locator> {
	const box = within.locator('.chart-box').first();
	await box.scrollIntoViewIfNeeded();
	await expect(box).toHaveAttribute('data-drawn', '');
	return box.locator('canvas');
}
