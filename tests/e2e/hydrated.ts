import type { Page } from '@playwright/test';

/** Opens a page and waits until Svelte has hydrated it, so handlers are attached. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
