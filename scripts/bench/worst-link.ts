/**
 * The worst composition a link can ask for (issue 24): six charts of six series, every night
 * from year 0001 to 9999, a trend over 366 periods and a median line, on /compare. Before its
 * dates were held to the records it crashed the tab. Measured: the time from navigation until
 * all six charts are drawn, the longest main-thread task meanwhile, and the tab's JS heap after
 * a full garbage collection. Part of `npm run bench`; alone, on a build folder:
 *
 *   node scripts/bench/worst-link.ts build        # the bundled records, as `npm run build` made them
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

const series = [
	'dl-ua-air-force',
	'di-ua-air-force',
	'ml-ua-air-force',
	'mi-ua-air-force',
	'k-_press',
	'i-_official'
];
export const worstComposition = `/compare?v=1${`&c=${series.join('*')}.f00010101.u99991231.r366.med`.repeat(6)}`;

export interface WorstLink {
	/** Navigation to six drawn charts, seconds. */
	seconds: number;
	/** The longest main-thread task in that time, ms. */
	longestTaskMs: number;
	/** JS heap after a full GC, MB. */
	heapMB: number;
	/** The page said the link's dates were moved into the records. */
	noticed: boolean;
}

export async function worstLink(browser: Browser, base: string): Promise<WorstLink> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	try {
		await page.addInitScript(() => {
			const w = window as unknown as { longestTask: number };
			w.longestTask = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.longestTask = Math.max(w.longestTask, e.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		const t0 = performance.now();
		await page.goto(base + worstComposition);
		// charts are drawn as they near the screen: bring each into view in turn
		for (let n = 1; n <= 6; n++) {
			const box = page.locator(`.composed[data-chart="${n}"] .chart-box`).first();
			await box.scrollIntoViewIfNeeded({ timeout: 120_000 });
			await box.locator('xpath=self::*[@data-drawn]').waitFor({ timeout: 120_000 });
		}
		const seconds = (performance.now() - t0) / 1000;
		const longestTaskMs = await page.evaluate(
			() => (window as unknown as { longestTask: number }).longestTask
		);
		const noticed = (await page.getByText('outside the records').count()) > 0;
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		return { seconds, longestTaskMs, heapMB: usedSize / 2 ** 20, noticed };
	} finally {
		await page.close();
	}
}

// run alone: serve a build folder, measure, print
if (import.meta.filename === resolve(process.argv[1] ?? '')) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.env.BENCH_PORT ?? 5199);
	const root = resolve(import.meta.dirname, '../..');
	const server = spawn('node', ['scripts/serve-static.ts', dir, String(port)], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((ok) => server.stdout!.once('data', () => ok()));
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
	try {
		const r = await worstLink(browser, `http://127.0.0.1:${port}`);
		console.log(
			`worst link on ${dir}: six charts drawn in ${r.seconds.toFixed(1)} s, longest task ${r.longestTaskMs.toFixed(0)} ms, ` +
				`heap ${r.heapMB.toFixed(0)} MB, notice ${r.noticed ? 'shown' : 'MISSING'}`
		);
	} finally {
		await browser.close();
		server.kill();
	}
}
