/**
 * Serves a static build the way a plain static host or CDN would: files as they are, `x.html`
 * for `/x`, no SvelteKit server, and the headers the README tells hosts to set
 * (scripts/hosting-headers.ts), so the browser tests run under them. Responses are gzipped
 * when the browser accepts it, as any CDN does: Lighthouse and the benchmark then see the
 * bytes a reader would download.
 * `node scripts/serve-static.ts <dir> [port]`.
 */
import { createServer } from 'node:http';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor } from './hosting-headers.ts';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4174);
const serve = sirv(dir, {
	extensions: ['html'],
	dev: false,
	etag: true,
	setHeaders: (res, pathname) => {
		for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
	}
});

const gzip = compression();
createServer((req, res) =>
	// compression is connect-style middleware; plain node:http objects are what it wraps
	gzip(req as never, res as never, () =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	)
).listen(port, '127.0.0.1', () => console.log(`serving ${dir} on http://127.0.0.1:${port}`));
