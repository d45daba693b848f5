/**
 * The Content-Security-Policy: SvelteKit's own inline script runs (the page hydrates), and an
 * inline script or event handler that is not Salvo's does not, whoever injects it. Also the
 * headers the README asks hosts to set (served here by scripts/serve-static.ts).
 */
import { expect, test } from '@playwright/test';
import { open } from './hydrated.ts';

test('every page carries a CSP that allows only hashed inline script', async ({ page }) => {
	for (const path of ['/', '/map', '/it/daily']) {
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src'));
		expect(scriptSrc, path).toMatch(/^\s*script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'self'");
	}
});

test("Salvo's own inline script runs, an injected inline script does not", async ({ page }) => {
	await open(page, '/');
	const outcome = await page.evaluate(async () => {
		const violation = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
				once: true
			})
		);
		const script = document.createElement('script');
		script.textContent = 'window.__injectedRan = true;';
		document.body.append(script);
		const directive = await Promise.race([
			violation,
			new Promise<string>((r) => setTimeout(() => r('none'), 2000))
		]);
		return { directive, ran: (window as { __injectedRan?: boolean }).__injectedRan === true };
	});
	expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});

test('an injected inline event handler does not run either', async ({ page }) => {
	await open(page, '/');
	const outcome = await page.evaluate(async () => {
		const violation = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
				once: true
			})
		);
		const button = document.createElement('button');
		button.setAttribute('onclick', 'window.__handlerRan = true');
		button.textContent = 'x';
		document.body.append(button);
		button.click();
		const directive = await Promise.race([
			violation,
			new Promise<string>((r) => setTimeout(() => r('none'), 2000))
		]);
		button.remove();
		return { directive, ran: (window as { __handlerRan?: boolean }).__handlerRan === true };
	});
	expect(outcome).toEqual({ directive: 'script-src-attr', ran: false });
});

test('the host headers are set: no framing, no sniffing, immutable assets cached', async ({
	page,
	request
}) => {
	const response = await request.get('/map');
	const headers = response.headers();
	expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	// an app page: it loads the immutable framework chunks
	await open(page, '/map');
	const asset = await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
	expect(asset).toContain('_app/immutable/');
	const cached = await request.get(new URL(asset!, `${page.url()}`).toString());
	expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
