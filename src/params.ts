import { defineParams } from '@sveltejs/kit/params';

export const params = defineParams({
	// only the non-default language appears in paths: English lives at `/`, Italian at `/it`
	lang: (param) => (param === 'it' ? param : undefined),
	// attack pages: one per night with records, and one index per month
	night: (param) => (/^\d{4}-\d{2}-\d{2}$/.test(param) ? param : undefined),
	month: (param) => (/^\d{4}-\d{2}$/.test(param) ? param : undefined)
});
