/** UI strings of the embed pages and of the "Embed" action, in English and Italian. */
export const en = {
	'embed.action': 'Embed',
	'embed.actionLabel': 'Embed: {title}',
	'embed.code': 'Code to paste into your page',
	'embed.copy': 'Copy code',
	'embed.copied': 'Copied.',
	'embed.copyFailed': 'Copying was refused: select the code and copy it.',
	'embed.note':
		'The frame shows this view without filters, with its sources and a link back here. It sets no cookies, loads nothing from other sites, and tells your page its height (see “Embedding” in the README). Add ?theme=dark or ?theme=light to the address to fix the theme.',
	'embed.sources': 'Sources: {list}.',
	'embed.noSources': 'No source gives this figure.',
	'embed.more': 'Full page, filters and every claim on Salvo',
	'embed.newTab': '(opens in a new tab)',
	'embed.mapTable': 'Table of the places'
} as const;

export const it: Record<keyof typeof en, string> = {
	'embed.action': 'Incorpora',
	'embed.actionLabel': 'Incorpora: {title}',
	'embed.code': 'Codice da incollare nella tua pagina',
	'embed.copy': 'Copia il codice',
	'embed.copied': 'Copiato.',
	'embed.copyFailed': 'Copia non consentita: seleziona il codice e copialo.',
	'embed.note':
		'Il riquadro mostra questa vista senza filtri, con le fonti e un link a questa pagina. Non usa cookie, non carica nulla da altri siti e comunica alla tua pagina la propria altezza (vedi «Embedding» nel README). Aggiungi ?theme=dark o ?theme=light all’indirizzo per fissare il tema.',
	'embed.sources': 'Fonti: {list}.',
	'embed.noSources': 'Nessuna fonte dà questa cifra.',
	'embed.more': 'Pagina completa, filtri e ogni dichiarazione su Salvo',
	'embed.newTab': '(si apre in una nuova scheda)',
	'embed.mapTable': 'Tabella dei luoghi'
};
