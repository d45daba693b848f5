/** The Italian of messages-daily.ts, in a file of its own: a page loads its language's strings only. */
import type { en } from './messages-daily.ts';

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
	'daily.partial': 'parziale',
	'daily.partialNote':
		'Coperti solo in parte dai dati, quindi le loro somme contano meno notti (non è un calo): {periods}. Indicati come “parziale” nella tabella e nel CSV.',
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
