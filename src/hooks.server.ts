import type { Handle } from '@sveltejs/kit/hooks';
import { themeBoot } from '#lib/theme-boot.ts';
import { useBothCatalogues } from '#lib/i18n/catalogues.ts';
import { buildInfo } from '#lib/publish/build-info.server.ts';
import { datasetJsonLd, jsonLdScript } from '#lib/publish/json-ld.ts';

// the server renders pages in both languages, and loads (daily embeds' captions) word things
// before any layout has run: it holds both catalogues from the start
useBothCatalogues();

const datasetPages = new Set(['/[[lang=lang]]', '/[[lang=lang]]/downloads']);

// the <html lang> of each prerendered page follows the language in its path; the theme script
// is inlined in the head (allowed by its hash in the CSP: theme-boot.ts)
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'it' ? 'it' : 'en';
	// schema.org Dataset metadata on the overview and the downloads page (json-ld.ts)
	const jsonLd = datasetPages.has(event.route.id ?? '') ? jsonLdScript(datasetJsonLd(buildInfo())) : '';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			// both placeholders are in the head: a night's page is megabytes at scale, and two
			// replaces over the whole of it were a twentieth of a large build's prerendering
			const end = html.indexOf('</head>');
			const head = end < 0 ? html.length : end;
			return (
				html
					.slice(0, head)
					.replace('%lang%', lang)
					.replace('%salvo.theme%', `<script>${themeBoot}</script>`) +
				(end < 0 ? '' : jsonLd) +
				html.slice(head)
			);
		}
	});
};
