import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until it is ready to use: an app page once Svelte has hydrated it
 * (handlers attached), a document page (csr = false, no app) once it has loaded.
 */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	const app = await page.locator('link[rel="modulepreload"]').count();
	if (app > 0) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
