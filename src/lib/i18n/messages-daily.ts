/** UI strings of the daily charts, in English and Italian. */
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

export const it: Record<keyof typeof en, string> = {
	'daily.title': 'Cifre giornaliere, fonte per fonte',
	'daily.intro':
		'Ogni linea è la serie di una fonte, notte per notte (o sommata per settimana o mese). Dove le fonti divergono, le linee si separano. I triangoli verso l’alto sono limiti inferiori («almeno»), i rombi sono cifre approssimate, i baffi sono intervalli; un vuoto vuol dire che la fonte non ha detto nulla, non zero.',
	'daily.bySource': '{metric}, per fonte',
	'daily.launchedIntercepted': 'Lanciati e intercettati: {source}',
	'daily.drones': 'Droni',
	'daily.missiles': 'Missili',
	'daily.rate': 'Quota intercettata',
	'daily.byType': '{family} lanciati per tipo: {source}',
	'daily.chartLabel': 'Grafico di {metric} per {by}, {n} serie. La tabella sotto riporta le stesse cifre.',
	'daily.table': 'Tabella dei dati',
	'daily.tableCaption': '{metric} per {by} e per fonte',
	'daily.period': 'Periodo',
	'daily.downloadCsv': 'Scarica i dati (CSV)',
	'daily.downloadPng': 'Scarica il grafico (PNG)',
	'daily.empty': 'Nessuna fonte dà questa cifra con il filtro attuale.',
	'daily.zoom': 'Periodo',
	'daily.zoom30': 'Ultime 30 notti',
	'daily.zoomYear': 'Ultimi 12 mesi',
	'daily.zoomAll': 'Tutte le notti',
	'daily.by': 'Somma per',
	'daily.by.night': 'notte',
	'daily.by.week': 'settimana',
	'daily.by.month': 'mese',
	'daily.weekOf': 'settimana del {date}',
	'daily.region': 'Regione',
	'daily.region.all': 'Tutte le regioni',
	'daily.keyboard': 'Suggerimento: selezionate un grafico e usate le frecce per leggerlo punto per punto.',
	'daily.windowNote':
		'I grafici mostrano le ultime {n} notti. Le tabelle dei dati e i file CSV contengono ogni notte dal {since}; «Tutte le notti» le mostra tutte.',
	'daily.thinNote':
		'Sulle linee di oltre {n} periodi le cifre esatte non hanno un punto ciascuna; «almeno», «circa», «fino a» e gli intervalli mantengono il loro segno. La tabella dei dati e il CSV riportano ogni cifra.'
};
