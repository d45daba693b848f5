/**
 * Measures what issues 3 and 4 ask to report, against a served build (default the bundled
 * one on :4173): bytes shipped per page (HTML, JS, gzip) and the time from a filter change to
 * the redrawn map and chart (median of several changes). Figures are printed, not asserted.
 *   node scripts/measure.ts [base-url]
 */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const path of ['/', '/map', '/daily']) {
	const page = await browser.newPage();
	const sizes = { html: 0, htmlGz: 0, js: 0, jsGz: 0 };
	page.on('response', async (res) => {
		const type = res.headers()['content-type'] ?? '';
		if (!res.ok()) return;
		const body = await res.body().catch(() => Buffer.alloc(0));
		if (type.includes('javascript')) {
			sizes.js += body.length;
			sizes.jsGz += gzipSync(body).length;
		} else if (type.includes('html')) {
			sizes.html += body.length;
			sizes.htmlGz += gzipSync(body).length;
		}
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	let line = `${path.padEnd(7)} HTML ${kb(sizes.html)} (gzip ${kb(sizes.htmlGz)}), JS ${kb(sizes.js)} (gzip ${kb(sizes.jsGz)})`;
	if (path === '/map') {
		const geometry = await page.evaluate(() =>
			[
				...document.querySelectorAll(
					'svg.strike-map g.countries path, svg.strike-map g.regions path, svg.strike-map path.ukraine'
				)
			]
				.map((p) => p.getAttribute('d')?.length ?? 0)
				.reduce((a, b) => a + b, 0)
		);
		line += `; geometry ${kb(geometry)} of SVG paths (sent twice: markup and hydration data)`;
	}
	if (path === '/map' || path === '/daily') {
		const times = await page.evaluate(async () => {
			const select = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Strikes')
				?.control as HTMLSelectElement;
			const out: number[] = [];
			for (const value of ['RU', 'UA', 'all', 'RU', 'all', 'UA', 'all', 'RU', 'all']) {
				const t0 = performance.now();
				select.value = value;
				select.dispatchEvent(new Event('change', { bubbles: true }));
				// two frames: Svelte's update flushed and the browser has painted
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				out.push(performance.now() - t0);
			}
			return out;
		});
		line += `; filter change → redraw median ${median(times).toFixed(1)} ms (max ${Math.max(...times).toFixed(1)})`;
	}
	console.log(line);
	await page.close();
}
await browser.close();
