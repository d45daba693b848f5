/** The Italian of messages-embed.ts, in a file of its own: a page loads its language's strings only. */
import type { en } from './messages-embed.ts';

export const it: Record<keyof typeof en, string> = {
	'embed.action': 'Incorpora',
	'embed.actionLabel': 'Incorpora: {title}',
	'embed.code': 'Codice da incollare nella tua pagina',
	'embed.copy': 'Copia il codice',
	'embed.copied': 'Copiato.',
	'embed.copyFailed': 'Copia non consentita: seleziona il codice e copialo.',
	'embed.note':
		'Il riquadro mostra questa vista con i filtri scelti, le fonti e un link a questa pagina. Non usa cookie, non carica nulla da altri siti e comunica alla tua pagina la propria altezza (vedi «Embedding» nel README).',
	'embed.noteMap':
		'Il riquadro mostra la prima vista della mappa (attacchi per luogo, tutte le fonti), con le fonti e un link a questa pagina: per ora non segue i filtri. Non usa cookie, non carica nulla da altri siti e comunica alla tua pagina la propria altezza (vedi «Embedding» nel README).',
	'embed.sources': 'Fonti: {list}.',
	'embed.noSources': 'Nessuna fonte dà questa cifra.',
	'embed.more': 'Pagina completa, filtri e ogni dichiarazione su Salvo',
	'embed.newTab': '(si apre in una nuova scheda)',
	'embed.mapTable': 'Tabella dei luoghi',
	'image.credit': 'Fonte: {list} via Salvo',
	'image.dataDate': 'Dati fino al {date}'
};
