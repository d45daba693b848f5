// Apart from snippet.ts so the route matcher (shipped to every page) imports nothing else.

/** The daily charts that have an embed page, by the slug of their panel on /daily. */
export const embedCharts = ['by-source', 'launched-intercepted', 'by-type'] as const;
export type EmbedChart = (typeof embedCharts)[number];

export function isEmbedChart(value: string): value is EmbedChart {
	return (embedCharts as readonly string[]).includes(value);
}
