import { defineParams } from '@sveltejs/kit/params';

export const params = defineParams({
	// only the non-default language appears in paths: English lives at `/`, Italian at `/it`
	lang: (param) => (param === 'it' ? param : undefined)
});
