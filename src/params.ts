import { defineParams } from '@sveltejs/kit/params';
import { isEmbedChart } from '#lib/embed/charts.ts';

export const params = defineParams({
	// only the non-default language appears in paths: English lives at `/`, Italian at `/it`
	lang: (param) => (param === 'it' ? param : undefined),
	// attack pages: one per night with records, and one index per month
	night: (param) => (/^\d{4}-\d{2}-\d{2}$/.test(param) ? param : undefined),
	month: (param) => (/^\d{4}-\d{2}$/.test(param) ? param : undefined),
	// embed pages: one per daily chart
	chart: (param) => (isEmbedChart(param) ? param : undefined)
});
