import type { Handle } from '@sveltejs/kit/hooks';
import { themeBoot } from '#lib/theme-boot.ts';

// the <html lang> of each prerendered page follows the language in its path; the theme script
// is inlined in the head (allowed by its hash in the CSP: theme-boot.ts)
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'it' ? 'it' : 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%salvo.theme%', `<script>${themeBoot}</script>`)
	});
};
