import type { Handle } from '@sveltejs/kit/hooks';

// the <html lang> of each prerendered page follows the language in its path
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'it' ? 'it' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
