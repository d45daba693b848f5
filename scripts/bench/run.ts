/**
 * `npm run bench [-- sizes...]`: the benchmark of issue 6. Sizes: `seed` (data/ as is),
 * `imported` (the Air Force table imported into a temporary copy), and SYNTHETIC folders of
 * `1k`, `10k`, `100k` attacks from scripts/bench/generate.ts (temporary, never in data/).
 * Default `seed imported 1k`; 10k and 100k only when asked (`npm run bench -- 10k`): a 10k
 * build takes about two minutes and 1.8 GB, 100k far more (issue 6).
 * For each: data check + build time and peak memory, bytes shipped by /, /map and /daily,
 * first render and filter-change timings in headless Chromium, and the daily aggregation
 * against the same group-by in arquero. Prints a table with the budgets, writes
 * bench-results/bench.json. Builds run one at a time (they share .svelte-kit/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as aq from 'arquero';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch as launchChrome } from 'chrome-launcher';
import { generate } from './generate.ts';
import { worstLink } from './worst-link.ts';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { dailyData } from '../../src/lib/data/daily-data.ts';
import { seriesBySource } from '../../src/lib/stats/daily.ts';
import { dailyTableOf } from '../../src/lib/stats/daily-columns.ts';
import { defaultFilter } from '../../src/lib/map/filter.ts';

const root = resolve(import.meta.dirname, '../..');
const sizes = process.argv.slice(2).length ? process.argv.slice(2) : ['seed', 'imported', '1k'];
const attacksOf: Record<string, number> = { '1k': 1000, '10k': 10000, '100k': 100000 };
const seed = 20260601;
// BENCH_KEEP=<dir>: keep data folders and builds there, and reuse them on the next run (for
// iterating on the browser figures; a reused build has no build time)
const keep = process.env.BENCH_KEEP ? resolve(process.env.BENCH_KEEP) : undefined;
const work = keep ?? mkdtempSync(join(tmpdir(), 'salvo-bench-'));
if (keep) mkdirSync(keep, { recursive: true });
const reusable = (path: string) => keep !== undefined && existsSync(path);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => (n / 1024).toFixed(1);

/** Runs a command under /usr/bin/time -v: wall seconds and peak resident memory (MB). */
function timed(cmd: string[], env: Record<string, string>): { seconds: number; peakMB: number } {
	const t0 = performance.now();
	const r = spawnSync('/usr/bin/time', ['-v', ...cmd], {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 1 << 28
	});
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0) {
		console.error(r.stdout.slice(-3000), r.stderr.slice(-3000));
		throw new Error(`${cmd.join(' ')} failed (${r.status})`);
	}
	const kbytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0);
	return { seconds, peakMB: kbytes / 1024 };
}

/** The data folder for a size, prepared outside data/. */
function folderFor(size: string): string {
	if (size === 'seed') return join(root, 'data');
	const dir = join(work, `data-${size}`);
	if (reusable(dir)) return dir;
	if (size === 'imported') {
		cpSync(join(root, 'data'), dir, { recursive: true });
		const table =
			process.env.SALVO_AF_TABLE ?? join(root, '../shared/data/ua-air-force/missile_attacks_daily.csv');
		const models =
			process.env.SALVO_AF_MODELS ?? join(root, '../shared/data/ua-air-force/missiles_and_uavs.csv');
		const r = spawnSync(
			'node',
			['scripts/import.ts', '--format', 'ua-air-force-daily', table, '--models', models, '--into', dir],
			{ cwd: root, encoding: 'utf8' }
		);
		if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
		return dir;
	}
	const n = attacksOf[size];
	if (!n) throw new Error(`unknown size ${size} (seed, imported, 1k, 10k, 100k)`);
	generate(dir, n, seed);
	return dir;
}

/** Filter-change timings on one page: over every change, and the median for each control. */
interface FilterTimes {
	median: number;
	max: number;
	paintedMedian: number;
	byControl?: Record<string, number>;
}

interface PageBytes {
	path: string;
	jsGz: number;
	/** Data for the first view: the page data inlined in the HTML, the map's outlines, and JSON fetched before any interaction. */
	dataGz: number;
	/** JSON fetched once the reader filters (every claim, for any filter). */
	laterDataGz: number;
	html: number;
	htmlGz: number;
}

async function serve(dir: string, port: number) {
	const child = spawn('node', ['scripts/serve-static.ts', dir, String(port)], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((ok) => child.stdout!.once('data', () => ok()));
	return child;
}

/** Bytes and browser timings for one build: what is shipped, and how fast a filter redraws. */
async function browse(browser: Browser, base: string) {
	const bytes: PageBytes[] = [];
	const firstRender: Record<string, number> = {};
	const filterChange: Record<string, FilterTimes> = {};
	const heapMB: Record<string, number> = {};
	for (const path of ['/', '/map', '/daily']) {
		const page = await browser.newPage();
		const b: PageBytes = { path, jsGz: 0, dataGz: 0, laterDataGz: 0, html: 0, htmlGz: 0 };
		let interacted = false;
		// bodies are read asynchronously: all of them are awaited before the page closes (a
		// 30 MB data file was still being read, and counted as 0, when it did)
		const reading: Promise<void>[] = [];
		// a body read again (below) waits until the page's timings are taken: fetching and
		// compressing 28 MB beside them took a core from the page and doubled its figures
		let timingsDone = () => {};
		const afterTimings = new Promise<void>((resolve) => (timingsDone = resolve));
		page.on('response', (res) => reading.push(count(res)));
		const count = async (res: import('@playwright/test').Response) => {
			const type = res.headers()['content-type'] ?? '';
			if (!res.ok()) return;
			const later = interacted;
			// Chromium keeps no body past its network buffer (the 28 MB daily file at 10k read as
			// empty, so later data showed 0 KB): such a body is fetched again, from the same
			// server, once the timings are taken
			const body = await res
				.body()
				.catch(() =>
					afterTimings.then(() => fetch(res.url())).then(async (r) => Buffer.from(await r.arrayBuffer()))
				)
				.catch(() => Buffer.alloc(0));
			if (type.includes('javascript')) b.jsGz += gzipSync(body).length;
			else if (type.includes('json')) b[later ? 'laterDataGz' : 'dataGz'] += gzipSync(body).length;
			// the map's outlines (/geo/immutable/basemap.<hash>.svg, the same for every size and
			// cached across pages) are first-view data too: they were inlined in the page before
			else if (type.includes('svg') && !later && res.url().includes('/geo/'))
				b.dataGz += gzipSync(body).length;
			else if (type.includes('html')) {
				b.html += body.length;
				b.htmlGz += gzipSync(body).length;
				// the page data SvelteKit inlines for hydration: its inline <script> elements
				const inline = body.toString('utf8').match(/<script>[\s\S]*?<\/script>/g) ?? [];
				b.dataGz += gzipSync(inline.join('')).length;
			}
		};
		await page.goto(base + path, { waitUntil: 'commit' });
		if (path !== '/') {
			// first render: the map's SVG, or the first chart drawn (charts draw after hydration,
			// when they near the screen: a canvas in the markup is not yet a chart)
			const selector = path === '/map' ? 'svg.strike-map' : '.chart-box[data-drawn]';
			const handle = await page.waitForFunction(
				(sel) =>
					document.documentElement.hasAttribute('data-hydrated') && document.querySelector(sel)
						? performance.now()
						: 0,
				selector,
				{ polling: 'raf', timeout: 120000 }
			);
			firstRender[path] = (await handle.jsonValue()) as number;
		}
		await page.waitForLoadState('networkidle');
		// the overview is a document (no app to hydrate, nothing to filter)
		if (path !== '/') {
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			interacted = true;
			// the first filter fetches every claim once: let that arrive before timing redraws
			const strikes = page.getByLabel('Strikes', { exact: true });
			const claimsFile = page
				.waitForResponse((r) => r.url().includes('/data/'), { timeout: 120000 })
				.then((r) => r.finished())
				.catch(() => undefined);
			await strikes.selectOption('RU');
			await claimsFile;
			await strikes.selectOption('all');
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			// every kind of change a reader makes: strikes, source, and the figure shown ("Size by"
			// on the map, "Figure" on the daily charts), nine changes each, back and forth
			const times = await page.evaluate(async () => {
				const control = (name: string) =>
					[...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === name)?.control as
						HTMLSelectElement | undefined;
				// a task after the change: Svelte's microtask flush (DOM and charts updated) is done
				const nextTask = () =>
					new Promise<void>((r) => {
						const channel = new MessageChannel();
						channel.port1.onmessage = () => r();
						channel.port2.postMessage(0);
					});
				const work: number[] = [];
				const painted: number[] = [];
				const byControl: Record<string, number[]> = {};
				for (const name of ['Strikes', 'Source', 'Size by', 'Figure']) {
					const select = control(name);
					if (!select) continue;
					const first = select.value;
					// two other options, each followed by the first again: A, first, B, first, ...
					const others = [...select.options]
						.map((o) => o.value)
						.filter((v) => v !== first)
						.slice(0, 2);
					const values = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
						i % 2 === 1 ? first : others[(i >> 1) % others.length]
					);
					byControl[name] = [];
					for (const value of values) {
						const t0 = performance.now();
						select.value = value;
						select.dispatchEvent(new Event('change', { bubbles: true }));
						await nextTask();
						// style and layout of the updated page, forced now rather than at the next frame
						void document.body.offsetHeight;
						const ms = performance.now() - t0;
						work.push(ms);
						byControl[name].push(ms);
						// two frames: the browser has painted (includes waiting for the frame's vsync)
						await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
						painted.push(performance.now() - t0);
						// a reader's changes are seconds apart: the next one starts on a settled page,
						// once what a change leaves for after its paint (the map's table, below the map)
						// is done and laid out, or it would be counted in the next change's work
						await new Promise((r) =>
							requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(r)), {
								timeout: 500
							})
						);
					}
					select.value = first;
					select.dispatchEvent(new Event('change', { bubbles: true }));
					await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				}
				return work.length ? { work, painted, byControl } : undefined;
			});
			filterChange[path] = times
				? {
						median: median(times.work),
						max: Math.max(...times.work),
						paintedMedian: median(times.painted),
						byControl: Object.fromEntries(Object.entries(times.byControl).map(([k, v]) => [k, median(v)]))
					}
				: { median: NaN, max: NaN, paintedMedian: NaN };
			// the tab's JS heap once it holds every claim, after a full garbage collection
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('HeapProfiler.collectGarbage');
			const { usedSize } = await cdp.send('Runtime.getHeapUsage');
			heapMB[path] = usedSize / 2 ** 20;
		}
		timingsDone();
		await Promise.all(reading);
		bytes.push(b);
		await page.close();
	}
	return { bytes, firstRender, filterChange, heapMB };
}

// Lighthouse runs per page: one run of the same build moved by up to 8 points a minute apart,
// so each page is run several times and the median run reported, as Lighthouse's own docs on
// variability advise (computeMedianRun: the run nearest the median FCP and time to interactive)
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5));

/** Lighthouse's scores for the three pages, with Debian's Chromium (mobile emulation, its default). */
async function lighthouseScores(base: string) {
	const chrome = await launchChrome({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...quietChromium]
	});
	const scores: Record<string, Record<string, number>> = {};
	try {
		for (const path of ['/', '/map', '/daily']) {
			const runs = [];
			for (let i = 0; i < lighthouseRuns; i++) {
				const result = await lighthouse(base + path, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices']
				});
				if (!result) throw new Error(`lighthouse gave no result for ${path}`);
				runs.push(result.lhr);
			}
			const { categories, audits } = computeMedianRun(runs);
			const performances = runs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100));
			scores[path] = {
				runs: runs.length,
				performanceMin: Math.min(...performances),
				performanceMax: Math.max(...performances),
				performance: Math.round((categories.performance.score ?? 0) * 100),
				accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
				bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
				lcpMs: Math.round(audits['largest-contentful-paint'].numericValue ?? NaN),
				tbtMs: Math.round(audits['total-blocking-time'].numericValue ?? NaN),
				cls: Number((audits['cumulative-layout-shift'].numericValue ?? NaN).toFixed(3))
			};
		}
	} finally {
		chrome.kill();
	}
	return scores;
}

/** The daily chart's aggregation against the same group-by in arquero, on the same rows. */
function aggregation(dir: string) {
	const { dataset } = loadDataset(dir);
	const data = dailyData(dataset, 'en');
	const metric = 'drones_launched';
	const filter = { ...defaultFilter, by: 'night' as const };
	// arquero's input: the same claims as columns (its native form, as DailyData is ours)
	const cols = {
		night: [] as string[],
		source: [] as number[],
		attack: [] as number[],
		value: [] as number[]
	};
	for (const c of data.claims) {
		const f = c.figures[metric];
		if (!f) continue;
		cols.night.push(data.attacks[c.attack].date);
		cols.source.push(c.source);
		cols.attack.push(c.attack);
		cols.value.push(f.value);
	}
	const table = aq.table(cols);
	// per night × source: a source's claims on one attack are versions of one count, the
	// largest stands (as seriesBySource does), then summed over the night's attacks
	const arq = () =>
		table
			.groupby('night', 'source', 'attack')
			.rollup({ value: aq.op.max('value') })
			.groupby('night', 'source')
			.rollup({ value: aq.op.sum('value') });
	// the claims as the browser holds them (the file written and read back), made once, as there
	const claims = dailyTableOf(data);
	const ours = () => seriesBySource(claims, filter, metric);
	// check both give the same sums where every figure is exact
	const a = new Map<string, number>();
	for (const r of arq().objects() as { night: string; source: number; value: number }[])
		a.set(`${r.night}|${r.source}`, r.value);
	const s = ours();
	let compared = 0;
	let mismatches = 0;
	for (const series of s.series) {
		series.points.forEach((p, i) => {
			if (!p || p.interval.lo !== p.interval.hi || p.interval.approx) return;
			compared++;
			if (a.get(`${s.periods[i]}|${series.source}`) !== p.interval.lo) mismatches++;
		});
	}
	const time = (f: () => unknown) => {
		for (let i = 0; i < 3; i++) f();
		const xs: number[] = [];
		for (let i = 0; i < 15; i++) {
			const t0 = performance.now();
			f();
			xs.push(performance.now() - t0);
		}
		return median(xs);
	};
	const oursMs = time(ours);
	const arqueroMs = time(arq);
	return { rows: cols.value.length, oursMs, arqueroMs, ratio: oursMs / arqueroMs, compared, mismatches };
}

const results: Record<string, unknown>[] = [];
// the machine's network is closed: background traffic only slows Chromium down
const quietChromium = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: quietChromium
});
const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
let port = 4290;
try {
	for (const size of sizes) {
		const t0 = performance.now();
		const dir = folderFor(size);
		const prepare = (performance.now() - t0) / 1000;
		const { dataset } = loadDataset(dir);
		const claims = dataset.attacks.reduce((n, a) => n + a.claims.length, 0);
		// the first view shows every night in the data (the default filter has no date range)
		const nights = new Set(dataset.attacks.map((a) => a.date)).size;
		console.error(
			`[bench] ${size}: ${dataset.attacks.length} attacks, ${claims} claims; building (the build checks every record)…`
		);
		const out = join(work, `build-${size}`);
		// the build is the data check: it reads and validates every record and stops, listing
		// every problem, before a page is written (src/lib/data/dataset.server.ts), so the check
		// is not run again on its own (`npm run check:data` is the same check, for curators)
		const build = reusable(out)
			? { seconds: NaN, peakMB: NaN }
			: timed(['npx', 'vite', 'build'], { SALVO_DATA: dir, SALVO_OUT: out });
		console.error(`[bench] ${size}: built in ${build.seconds.toFixed(1)} s; browsing…`);
		const server = await serve(out, port++);
		let web;
		let scores;
		try {
			web = await browse(browser, `http://127.0.0.1:${port - 1}`);
			web = { ...web, worstLink: await worstLink(browser, `http://127.0.0.1:${port - 1}`) };
			if (withLighthouse) {
				console.error(`[bench] ${size}: Lighthouse…`);
				scores = await lighthouseScores(`http://127.0.0.1:${port - 1}`);
			}
		} finally {
			server.kill();
		}
		const agg = aggregation(dir);
		results.push({
			size,
			synthetic: size in attacksOf,
			attacks: dataset.attacks.length,
			claims,
			nights,
			prepareSeconds: prepare,
			checkAndBuild: {
				seconds: build.seconds,
				peakMB: build.peakMB
			},
			...web,
			lighthouse: scores,
			aggregation: agg
		});
		// partial figures survive an interrupted run; the final write adds the budgets
		mkdirSync(join(root, 'bench-results'), { recursive: true });
		writeFileSync(
			join(root, 'bench-results/bench.json'),
			JSON.stringify({ partial: true, seed, results }, null, '\t') + '\n'
		);
		if (!keep) {
			rmSync(out, { recursive: true, force: true });
			if (dir.startsWith(work)) rmSync(dir, { recursive: true, force: true });
		}
	}
} finally {
	await browser.close();
	if (!keep) rmSync(work, { recursive: true, force: true });
}

// ---- report ---------------------------------------------------------------------------
type R = {
	size: string;
	attacks: number;
	claims: number;
	nights: number;
	checkAndBuild: { seconds: number; peakMB: number };
	bytes: PageBytes[];
	firstRender: Record<string, number>;
	filterChange: Record<string, FilterTimes>;
	heapMB: Record<string, number>;
	worstLink: { seconds: number; longestTaskMs: number; heapMB: number; noticed: boolean };
	aggregation: { oursMs: number; arqueroMs: number; ratio: number; mismatches: number; compared: number };
	lighthouse?: Record<string, Record<string, number>>;
};
const rows = results as unknown as R[];
/** The slowest control's median: every kind of change must meet the budget, not the average. */
const worstControl = (f: FilterTimes) => Math.max(f.median, ...Object.values(f.byControl ?? {}));
const filterWords = ([path, f]: [string, FilterTimes]) =>
	`${path} ${f.median.toFixed(1)} ms (` +
	Object.entries(f.byControl ?? {})
		.map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
		.join(', ') +
	')';
const budgets: { name: string; size?: string; pass: (r: R) => boolean; value: (r: R) => string }[] = [
	{
		name: 'pages JS ≤ 120 KB gzip',
		pass: (r) => r.bytes.every((b) => b.jsGz <= 120 * 1024),
		value: (r) => `max ${kb(Math.max(...r.bytes.map((b) => b.jsGz)))} KB`
	},
	{
		// a year of nights: the first view's data scaled to 365 of the nights it shows
		name: 'first-view data ≤ 60 KB gzip per year of nights shown, at 100k',
		size: '100k',
		pass: (r) => r.bytes.every((b) => (b.dataGz * 365) / r.nights <= 60 * 1024),
		value: (r) =>
			r.bytes.map((b) => `${b.path} ${kb((b.dataGz * 365) / r.nights)} KB`).join(', ') +
			` (${r.nights} nights shown)`
	},
	{
		name: 'JS heap with every claim loaded ≤ 300 MB at 100k',
		size: '100k',
		pass: (r) => Object.values(r.heapMB).every((mb) => mb <= 300),
		value: (r) =>
			Object.entries(r.heapMB)
				.map(([p, mb]) => `${p} ${mb.toFixed(0)} MB`)
				.join(', ')
	},
	{
		// issue 24: six charts of six series from year 0001 to 9999 with r366 crashed the tab
		name: 'the worst link a reader can be sent: six charts drawn ≤ 10 s, no task over 1 s, heap ≤ 300 MB, dates noticed',
		pass: (r) =>
			r.worstLink.seconds <= 10 &&
			r.worstLink.longestTaskMs <= 1000 &&
			r.worstLink.heapMB <= 300 &&
			r.worstLink.noticed,
		value: (r) =>
			`${r.worstLink.seconds.toFixed(1)} s, longest task ${r.worstLink.longestTaskMs.toFixed(0)} ms, heap ${r.worstLink.heapMB.toFixed(0)} MB${r.worstLink.noticed ? '' : ', no notice'}`
	},
	{
		name: 'filter change ≤ 16 ms median at 10k, for each control',
		size: '10k',
		pass: (r) => Object.values(r.filterChange).every((f) => worstControl(f) <= 16),
		value: (r) => Object.entries(r.filterChange).map(filterWords).join('; ')
	},
	{
		name: 'filter change ≤ 50 ms median at 100k, for each control',
		size: '100k',
		pass: (r) => Object.values(r.filterChange).every((f) => worstControl(f) <= 50),
		value: (r) => Object.entries(r.filterChange).map(filterWords).join('; ')
	},
	{
		name: 'check + build ≤ 60 s and ≤ 2 GB at 100k',
		size: '100k',
		pass: (r) => r.checkAndBuild.seconds <= 60 && r.checkAndBuild.peakMB <= 2048,
		value: (r) => `${r.checkAndBuild.seconds.toFixed(1)} s, ${r.checkAndBuild.peakMB.toFixed(0)} MB`
	},
	{
		name: 'Lighthouse performance ≥ 95, accessibility 100, best practices 100',
		pass: (r) =>
			r.lighthouse !== undefined &&
			Object.values(r.lighthouse).every(
				(l) => l.performance >= 95 && l.accessibility === 100 && l.bestPractices === 100
			),
		value: (r) =>
			r.lighthouse
				? Object.entries(r.lighthouse)
						.map(([p, l]) => `${p} ${l.performance}/${l.accessibility}/${l.bestPractices}`)
						.join(', ')
				: 'not run (BENCH_LIGHTHOUSE=0)'
	},
	{
		name: 'aggregation at least as fast as arquero',
		pass: (r) => r.aggregation.ratio <= 1,
		value: (r) => `ratio ${r.aggregation.ratio.toFixed(2)}`
	}
];

const header = [
	'size',
	'attacks',
	'claims',
	'build s',
	'peak MB',
	'page',
	'JS gz KB',
	'data gz KB',
	'HTML KB (gz)',
	'later data gz KB',
	'first render ms',
	'filter ms median (max; painted)',
	'heap MB',
	'agg ms ours / arquero (ratio)'
];
const table: string[][] = [];
for (const r of rows) {
	r.bytes.forEach((b, i) => {
		const fc = r.filterChange[b.path];
		table.push([
			i === 0 ? r.size : '',
			i === 0 ? String(r.attacks) : '',
			i === 0 ? String(r.claims) : '',
			i === 0 ? r.checkAndBuild.seconds.toFixed(1) : '',
			i === 0 ? r.checkAndBuild.peakMB.toFixed(0) : '',
			b.path,
			kb(b.jsGz),
			kb(b.dataGz),
			`${kb(b.html)} (${kb(b.htmlGz)})`,
			kb(b.laterDataGz),
			r.firstRender[b.path] !== undefined ? r.firstRender[b.path].toFixed(0) : '',
			fc ? `${fc.median.toFixed(1)} (${fc.max.toFixed(1)}; ${fc.paintedMedian.toFixed(1)})` : '',
			r.heapMB[b.path] !== undefined ? r.heapMB[b.path].toFixed(0) : '',
			i === 0
				? `${r.aggregation.oursMs.toFixed(2)} / ${r.aggregation.arqueroMs.toFixed(2)} (${r.aggregation.ratio.toFixed(2)})`
				: ''
		]);
	});
}
const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
const line = (cells: string[]) => cells.map((x, c) => x.padEnd(widths[c])).join(' │ ');
console.log('Salvo benchmark (1k/10k/100k are SYNTHETIC data from scripts/bench/generate.ts)\n');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const row of table) console.log(line(row));

if (rows.some((r) => r.lighthouse)) {
	console.log(
		"\nLighthouse, median of each page's runs (performance / accessibility / best practices; LCP, TBT, CLS; performance over all runs)"
	);
	for (const r of rows) {
		for (const [path, l] of Object.entries(r.lighthouse ?? {})) {
			console.log(
				`  ${r.size.padEnd(9)} ${path.padEnd(7)} ${l.performance} / ${l.accessibility} / ${l.bestPractices}; LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms, CLS ${l.cls}; ${l.runs} runs ${l.performanceMin}–${l.performanceMax}`
			);
		}
	}
}

console.log('\nBudgets');
const verdicts: { budget: string; size: string; pass: boolean; value: string }[] = [];
for (const b of budgets) {
	const applicable = rows.filter((r) => !b.size || r.size === b.size);
	if (applicable.length === 0) {
		console.log(`  –    ${b.name}: not measured (size ${b.size} not run)`);
		continue;
	}
	for (const r of applicable) {
		const pass = b.pass(r);
		verdicts.push({ budget: b.name, size: r.size, pass, value: b.value(r) });
		console.log(`  ${pass ? 'PASS' : 'FAIL'} ${b.name} [${r.size}]: ${b.value(r)}`);
	}
}
// "growing no worse than linearly": build seconds per attack should not rise with size
const synthetic = rows.filter((r) => r.size in attacksOf).sort((a, b) => a.attacks - b.attacks);
for (let i = 1; i < synthetic.length; i++) {
	const [a, b] = [synthetic[i - 1], synthetic[i]];
	const growth = b.checkAndBuild.seconds / a.checkAndBuild.seconds / (b.attacks / a.attacks);
	const pass = growth <= 1.1;
	verdicts.push({
		budget: 'build grows no worse than linearly',
		size: `${a.size}→${b.size}`,
		pass,
		value: `${growth.toFixed(2)}× linear`
	});
	console.log(
		`  ${pass ? 'PASS' : 'FAIL'} build grows no worse than linearly [${a.size}→${b.size}]: time ×${(b.checkAndBuild.seconds / a.checkAndBuild.seconds).toFixed(1)} for attacks ×${b.attacks / a.attacks} (${growth.toFixed(2)} of linear)`
	);
}
for (const r of rows) {
	if (r.aggregation.mismatches > 0) {
		console.log(
			`  note: ${r.size}: arquero and seriesBySource differ on ${r.aggregation.mismatches} of ${r.aggregation.compared} exact sums`
		);
	}
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
	join(root, 'bench-results/bench.json'),
	JSON.stringify(
		{ date: new Date().toISOString(), seed, synthetic: ['1k', '10k', '100k'], results, budgets: verdicts },
		null,
		'\t'
	) + '\n'
);
console.log('\nwritten: bench-results/bench.json');
