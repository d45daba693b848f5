/**
 * What each embed page weighs, as a browser loads it from the built site: JS, CSS, data (JSON)
 * and HTML, each gzipped, plus every request that leaves the site and every cookie (there
 * should be none). `npm run build` first, then `node scripts/page-weight.ts [build-dir] [port]`.
 * /daily and /map are measured too, for comparison.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const dir = process.argv[2] ?? 'build';
// beside the browser tests' ports (SALVO_E2E_PORT and the one after), so checkouts side by side
// never meet
const port = Number(process.argv[3] ?? Number(process.env.SALVO_E2E_PORT ?? 4173) + 2);
const base = `http://127.0.0.1:${port}`;
const paths = [
	'/embed/daily/by-source',
	'/embed/daily/launched-intercepted',
	'/embed/daily/by-type',
	'/embed/map',
	'/it/embed/map',
	'/daily',
	'/map'
];

interface Weight {
	path: string;
	js: number;
	css: number;
	data: number;
	html: number;
	htmlRaw: number;
	requests: number;
	elsewhere: string[];
	cookies: number;
}

const server = spawn('node', ['scripts/serve-static.ts', dir, String(port)], {
	cwd: root,
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise<void>((ok) => server.stdout!.once('data', () => ok()));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});

const weights: Weight[] = [];
try {
	for (const path of paths) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const w: Weight = {
			path,
			js: 0,
			css: 0,
			data: 0,
			html: 0,
			htmlRaw: 0,
			requests: 0,
			elsewhere: [],
			cookies: 0
		};
		const pending: Promise<void>[] = [];
		page.on('request', (req) => {
			w.requests++;
			if (!req.url().startsWith(base) && !req.url().startsWith('data:')) w.elsewhere.push(req.url());
		});
		page.on('response', (res) => {
			pending.push(
				res.body().then(
					(body) => {
						const type = res.headers()['content-type'] ?? '';
						const gz = gzipSync(body).length;
						if (type.includes('javascript')) w.js += gz;
						else if (type.includes('css')) w.css += gz;
						else if (type.includes('json')) w.data += gz;
						else if (type.includes('html')) {
							w.html += gz;
							w.htmlRaw += body.length;
						}
					},
					() => {}
				)
			);
		});
		// networkidle: everything the page loads by itself (the map embed is never hydrated)
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await Promise.all(pending);
		w.cookies = (await context.cookies()).length;
		weights.push(w);
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log(
	'gzip KB                           JS     CSS   data    HTML    total  HTML (raw)  requests  elsewhere  cookies'
);
for (const w of weights) {
	const total = w.js + w.css + w.data + w.html;
	console.log(
		`${w.path.padEnd(34)}${kb(w.js)}  ${kb(w.css)} ${kb(w.data)}  ${kb(w.html)}   ${kb(total)}    ${kb(w.htmlRaw)}  ${String(w.requests).padStart(8)}  ${String(w.elsewhere.length).padStart(9)}  ${String(w.cookies).padStart(7)}`
	);
}
const leaks = weights.filter((w) => w.elsewhere.length || w.cookies);
if (leaks.length) {
	for (const w of leaks)
		console.error(`${w.path}: ${w.cookies} cookies; elsewhere: ${w.elsewhere.join(', ')}`);
	process.exitCode = 1;
}
