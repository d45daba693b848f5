import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens a page and waits until it is ready to use: an app page once Svelte has hydrated it
 * (handlers attached), a document page (csr = false, no app) once it has loaded.
 */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	const app = await page.locator('link[rel="modulepreload"]').count();
	if (app > 0) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
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
