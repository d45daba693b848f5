/**
 * Screenshots of the built site at desktop and phone widths, for looking at what we build:
 * `node scripts/screenshots.ts [out-dir] [path ...]` against a running `vite preview`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'test-results/screenshots';
const paths = process.argv.slice(3).length
	? process.argv.slice(3)
	: ['/', '/map', '/attacks/2025-07-21-russian-strike-on-ukraine'];
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});
for (const [name, viewport] of [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	const page = await browser.newPage({ viewport, colorScheme: process.env.DARK ? 'dark' : 'light' });
	for (const path of paths) {
		await page.goto(base + path, { waitUntil: 'networkidle' });
		// charts draw when they near the screen: scroll through the page as a reader would, so
		// the full-page picture shows every chart drawn, then back to the top
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
				scrollTo(0, y);
				await new Promise((r) => setTimeout(r, 100));
			}
			scrollTo(0, 0);
		});
		await page.waitForLoadState('networkidle');
		const file = `${out}/${name}${path.replace(/[/?=&]+/g, '_') || '_'}.png`;
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
	}
	await page.close();
}
await browser.close();
