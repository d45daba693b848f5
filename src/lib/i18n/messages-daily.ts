/** UI strings of the daily charts, in English (the Italian: messages-daily.it.ts). */
export const en = {
	'daily.title': 'Daily figures, source by source',
	'daily.intro':
		'Each line is one source’s figures, night by night (or summed by week or month). Where sources differ, the lines part. Triangles pointing up are lower bounds (“at least”), diamonds are approximate, whiskers are ranges; a gap means the source said nothing, not zero.',
	'daily.bySource': '{metric}, by source',
	'daily.launchedIntercepted': 'Launched and intercepted: {source}',
	'daily.drones': 'Drones',
	'daily.missiles': 'Missiles',
	'daily.rate': 'Share intercepted',
	'daily.byType': '{family} launched by type: {source}',
	'daily.chartLabel': 'Chart of {metric} by {by}, {n} series. The table below lists the same figures.',
	'daily.table': 'Data table',
	'daily.partial': 'partial',
	'daily.partialNote':
		'Partly covered by the data, so their sums hold fewer nights (not a fall): {periods}. Marked “partial” in the table and the CSV.',
	'daily.tableCaption': '{metric} by {by} and source',
	'daily.period': 'Period',
	'daily.downloadCsv': 'Download data (CSV)',
	'daily.downloadPng': 'Download chart (PNG)',
	'daily.empty': 'No source gives this figure under the filter.',
	'daily.zoom': 'Period',
	'daily.zoom30': 'Last 30 nights',
	'daily.zoomYear': 'Last 12 months',
	'daily.zoomAll': 'All nights',
	'daily.by': 'Add up by',
	'daily.by.night': 'night',
	'daily.by.week': 'week',
	'daily.by.month': 'month',
	'daily.weekOf': 'week of {date}',
	'daily.region': 'Region',
	'daily.region.all': 'All regions',
	'daily.keyboard': 'Tip: focus a chart and use the arrow keys to read it point by point.',
	'daily.windowNote':
		'The charts draw the last {n} nights. Their data tables and CSV files hold every night since {since}; “All nights” draws them all.',
	'daily.thinNote':
		'On lines of more than {n} periods, exact figures are not dotted one by one; “at least”, “about”, “up to” and ranges keep their marks. The data table and the CSV list every figure.'
} as const;
