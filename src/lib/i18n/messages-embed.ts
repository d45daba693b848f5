/** UI strings of the embed pages and of the "Embed" action, in English (the Italian: messages-embed.it.ts). */
export const en = {
	'embed.action': 'Embed',
	'embed.actionLabel': 'Embed: {title}',
	'embed.code': 'Code to paste into your page',
	'embed.copy': 'Copy code',
	'embed.copied': 'Copied.',
	'embed.copyFailed': 'Copying was refused: select the code and copy it.',
	'embed.note':
		'The frame shows this view with the filters on screen, its sources and a link back here. It sets no cookies, loads nothing from other sites, and tells your page its height (see “Embedding” in the README).',
	'embed.noteMap':
		'The frame shows the map’s first view (attacks per place, every source), with its sources and a link back here: it does not follow the filters yet. It sets no cookies, loads nothing from other sites, and tells your page its height (see “Embedding” in the README).',
	'embed.sources': 'Sources: {list}.',
	'embed.noSources': 'No source gives this figure.',
	'embed.more': 'Full page, filters and every claim on Salvo',
	'embed.newTab': '(opens in a new tab)',
	'embed.mapTable': 'Table of the places',
	// the caption of a chart's downloaded picture (chart-image.ts)
	'image.credit': 'Source: {list} via Salvo',
	'image.dataDate': 'Data up to {date}'
} as const;
