import { describe, expect, it } from 'vitest';
import { isEmbedChart } from './charts.ts';
import { embedOrigin, embedPath, embedSearch, iframeSnippet } from './snippet.ts';

describe('embed addresses', () => {
	it('put the language in the path, like every page', () => {
		expect(embedPath('en', 'by-source')).toBe('/embed/daily/by-source');
		expect(embedPath('it', 'by-type')).toBe('/it/embed/daily/by-type');
		expect(embedPath('it', 'map')).toBe('/it/embed/map');
	});
	it('know the charts that have an embed page', () => {
		expect(isEmbedChart('launched-intercepted')).toBe(true);
		expect(isEmbedChart('map')).toBe(false);
	});
	it('use the configured origin when it is an http(s) one, else the page’s', () => {
		expect(embedOrigin('https://salvo.example/', 'http://127.0.0.1:4173')).toBe('https://salvo.example');
		expect(embedOrigin('', 'http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
		expect(embedOrigin(undefined, 'http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
		expect(embedOrigin('javascript:alert(1)', 'https://a.example')).toBe('https://a.example');
	});
});

describe('the embed of what is on screen', () => {
	it('carries the view’s filters and the theme the reader chose', () => {
		expect(embedSearch('?from=2025-12-02&to=2025-12-31&by=week', 'system')).toBe(
			'?from=2025-12-02&to=2025-12-31&by=week'
		);
		expect(embedSearch('?source=ua-air-force', 'dark')).toBe('?source=ua-air-force&theme=dark');
		expect(embedSearch('', 'light')).toBe('?theme=light');
		expect(embedSearch('', 'system')).toBe('');
	});
});

describe('the iframe code', () => {
	it('escapes the title and address into attributes', () => {
		const code = iframeSnippet('https://salvo.example/embed/map?theme=dark&x="1"', 'Map "A" <b>', 480);
		expect(code).toBe(
			'<iframe src="https://salvo.example/embed/map?theme=dark&amp;x=&quot;1&quot;" title="Map &quot;A&quot; &lt;b&gt;"' +
				' width="100%" height="480" style="border:0;width:100%" loading="lazy"></iframe>'
		);
	});
});
