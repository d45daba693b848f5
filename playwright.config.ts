import { defineConfig, devices } from '@playwright/test';

// overridable so that several checkouts on one machine can test side by side without
// reusing each other's servers
const port = Number(process.env.SALVO_E2E_PORT ?? 4173);
/** The site built on the bundled records of data/ (`npm run build`): years of real nights. */
const importedPort = Number(process.env.SALVO_E2E_IMPORTED_PORT ?? port + 1);
/** The site built with hostile records (markup and script in names and quotes) added. */
const hostilePort = Number(process.env.SALVO_E2E_HOSTILE_PORT ?? port + 2);

// Debian's Chromium: this machine cannot download Playwright's own browser builds
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: true,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		launchOptions: {
			executablePath: chromium,
			// no background traffic: the machine's network is closed and refusals slow every start
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'imported',
			testMatch: '**/*.imported.e2e.ts',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 900 },
				baseURL: `http://127.0.0.1:${importedPort}`
			}
		},
		{
			name: 'hostile',
			testMatch: '**/*.hostile.e2e.ts',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 900 },
				baseURL: `http://127.0.0.1:${hostilePort}`
			}
		},
		{
			name: 'desktop',
			testIgnore: ['**/*.phone.e2e.ts', '**/*.imported.e2e.ts', '**/*.hostile.e2e.ts'],
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } }
		},
		{
			name: 'phone',
			testMatch: '**/*.phone.e2e.ts',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true
			}
		}
	],
	// every build is served as a static host would serve them: files only, no SvelteKit server
	webServer: [
		{
			// the desktop and phone tests run on the frozen seed records (tests/fixtures/seed-data),
			// so that their assertions do not move each time data/ grows
			command: `bash scripts/build-seed.sh build-seed && node scripts/serve-static.ts build-seed ${port}`,
			url: `http://127.0.0.1:${port}`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		},
		{
			// `npm run build` made it: the site as a reader gets it, on data/
			command: `node scripts/serve-static.ts build ${importedPort}`,
			url: `http://127.0.0.1:${importedPort}`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		},
		{
			command: `bash scripts/build-hostile.sh build-hostile && node scripts/serve-static.ts build-hostile ${hostilePort}`,
			url: `http://127.0.0.1:${hostilePort}`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		}
	]
});
