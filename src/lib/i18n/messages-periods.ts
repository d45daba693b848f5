/**
 * UI strings of the period tallies page (/periods), in English and Italian. Only that page
 * reads them (through `withMessages`), so they stay out of the catalogue every page loads.
 */
export const en = {
	'periods.title': 'Weekly and monthly tallies',
	'periods.intro':
		'Sources also count whole periods: the president’s weekly tally, a news agency’s monthly count of the Air Force’s posts, the UN monitoring mission’s monthly casualty update. Each tally here stands beside the sum of the nightly claims over the same nights, by the source named in the “compared with” column. The two agree when they could both be right: “more than 1,300” agrees with 1,310, not with 1,300; a figure given as “about”, “nearly” or “some” is read as within 5% of its value.',
	'periods.rules':
		'A night without a nightly figure is not counted as zero: with nights missing, the nightly sum is only a lower bound, and a tally at or above it is “consistent”. The president’s week ends on the day he speaks; a calendar month is its nights, first to last.',
	'periods.summary':
		'{claims} period claims, {figures} figures: {agrees} agree, {consistent} consistent with the nights on record, {differ} differ, {none} with no nightly figure to compare.',
	'periods.largest': 'Largest disagreement with every night recorded: {what}.',
	'periods.filter.source': 'Source',
	'periods.filter.metric': 'Figure',
	'periods.filter.verdict': 'Verdict',
	'periods.filter.all': 'All',
	'periods.shown': 'Showing {n} of {total} figures.',
	'periods.empty': 'No tally matches these filters.',
	'periods.caption': 'Period tallies beside the sum of the nightly claims over the same nights',
	'periods.col.period': 'Period',
	'periods.col.source': 'Tally by',
	'periods.col.metric': 'Figure',
	'periods.col.figure': 'Tally',
	'periods.col.sum': 'Nightly sum',
	'periods.col.against': 'Compared with',
	'periods.col.coverage': 'Nights recorded',
	'periods.col.difference': 'Difference',
	'periods.col.verdict': 'Verdict',
	'periods.coverage': '{recorded} of {nights} nights recorded',
	'periods.noSum': 'no nightly figure',
	'periods.week': 'week to {to}',
	'periods.nights': '{from} – {to}',
	'periods.verdict.agrees': 'agrees',
	'periods.verdict.consistent': 'consistent (nights missing)',
	'periods.verdict.above': 'above the nightly sum',
	'periods.verdict.below': 'below the nightly sum',
	'periods.verdict.none': 'not comparable',
	'periods.quote': 'Words',
	'periods.summed': 'Nights summed: {first} – {last}.',
	'periods.downloads': 'Every row, with its article, to download:',
	'metric.guided_bombs_launched': 'Guided aerial bombs launched'
} as const;

type Key = keyof typeof en;

export const it: Record<Key, string> = {
	'periods.title': 'Bilanci settimanali e mensili',
	'periods.intro':
		'Le fonti contano anche periodi interi: il bilancio settimanale del presidente, il conteggio mensile di un’agenzia sui post dell’Aeronautica, l’aggiornamento mensile delle vittime della missione ONU. Ogni bilancio è qui accanto alla somma delle dichiarazioni notturne sulle stesse notti, della fonte indicata nella colonna «confrontato con». I due concordano quando potrebbero essere entrambi giusti: «oltre 1.300» concorda con 1.310, non con 1.300; un numero dato come «circa», «quasi» o «alcuni» vale entro il 5% del suo valore.',
	'periods.rules':
		'Una notte senza dato notturno non conta come zero: se mancano notti, la somma notturna è solo un minimo, e un bilancio pari o superiore è «compatibile». La settimana del presidente finisce il giorno in cui parla; un mese di calendario sono le sue notti, dalla prima all’ultima.',
	'periods.summary':
		'{claims} bilanci di periodo, {figures} numeri: {agrees} concordano, {consistent} compatibili con le notti registrate, {differ} diversi, {none} senza dato notturno da confrontare.',
	'periods.largest': 'Differenza maggiore con tutte le notti registrate: {what}.',
	'periods.filter.source': 'Fonte',
	'periods.filter.metric': 'Dato',
	'periods.filter.verdict': 'Esito',
	'periods.filter.all': 'Tutti',
	'periods.shown': '{n} numeri su {total}.',
	'periods.empty': 'Nessun bilancio corrisponde a questi filtri.',
	'periods.caption': 'Bilanci di periodo accanto alla somma delle dichiarazioni notturne sulle stesse notti',
	'periods.col.period': 'Periodo',
	'periods.col.source': 'Bilancio di',
	'periods.col.metric': 'Dato',
	'periods.col.figure': 'Bilancio',
	'periods.col.sum': 'Somma notturna',
	'periods.col.against': 'Confrontato con',
	'periods.col.coverage': 'Notti registrate',
	'periods.col.difference': 'Differenza',
	'periods.col.verdict': 'Esito',
	'periods.coverage': '{recorded} notti registrate su {nights}',
	'periods.noSum': 'nessun dato notturno',
	'periods.week': 'settimana al {to}',
	'periods.nights': '{from} – {to}',
	'periods.verdict.agrees': 'concorda',
	'periods.verdict.consistent': 'compatibile (notti mancanti)',
	'periods.verdict.above': 'sopra la somma notturna',
	'periods.verdict.below': 'sotto la somma notturna',
	'periods.verdict.none': 'non confrontabile',
	'periods.quote': 'Parole',
	'periods.summed': 'Notti sommate: {first} – {last}.',
	'periods.downloads': 'Tutte le righe, con il loro articolo, da scaricare:',
	'metric.guided_bombs_launched': 'Bombe aeree guidate lanciate'
};
