/** The Italian of messages-lede.ts, in a file of its own: a page loads its language's strings only. */
import type { en } from './messages-lede.ts';

export const it: Record<keyof typeof en, string> = {
	'lede.span.night': 'Nella notte del {night}',
	'lede.span.nights': 'Nelle {n} notti fino al {last}',
	'lede.span.week': 'Nella settimana del {first}',
	'lede.span.weeks': 'Dalla settimana del {first} a quella del {last}',
	'lede.span.month': 'Nel mese di {first}',
	'lede.span.months': 'Da {first} a {last}',
	'lede.country.RU': 'la Russia',
	'lede.country.UA': 'l’Ucraina',
	'lede.family.drones': 'droni',
	'lede.family.missiles': 'missili',
	'lede.launched': '{span} {country} ha lanciato {figure} {family}, secondo {source}',
	'lede.metric': '{span} {metric}: {figure} in tutto, secondo {source}',
	'lede.partial': ' (dati per {given} {unit})',
	'lede.unit.night': 'delle {count} notti',
	'lede.unit.week': 'delle {count} settimane',
	'lede.unit.month': 'dei {count} mesi',
	'lede.rate': '; ne dichiara intercettati il {rate}',
	'lede.other': '; per {source} sono {figure}',
	'lede.more': '; altre {n} fonti danno cifre per alcune di queste notti (le elenca la tabella qui sotto)',
	'lede.summary': 'Il periodo in cifre',
	'lede.total': '{metric}, {source}',
	'lede.rateLabel': 'Quota intercettata, {source}',
	'lede.record.night': 'Notte record',
	'lede.record.week': 'Settimana record',
	'lede.record.month': 'Mese record'
} as const;
