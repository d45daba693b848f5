/** UI strings of publishing the dataset (issue 22): downloads, citation, changes, freshness. The Italian: messages-publish.it.ts. */
export const en = {
	'publish.tablesTitle': 'Record lists',
	'publish.tablesIntro':
		'The sources, articles, places and weapon types the claims name by id, so a download is usable without the site.',
	'publish.table.sources': 'Sources: who made each claim',
	'publish.table.articles': 'Articles and posts: where each claim was read',
	'publish.table.places': 'Places: settlements with coordinates, and whole regions',
	'publish.table.weapons': 'Weapon types',
	'publish.packageTitle': 'Data package and map file',
	'publish.package':
		'Frictionless data package: every file here with its licence, and a Table Schema per CSV (types, allowed values, keys)',
	'publish.geojson': 'Attacked places as GeoJSON: names, region, attacks and each figure summed by source',
	'publish.citeTitle': 'How to cite',
	'publish.citeIntro':
		'Version {version}, built on {date}. Cite the sources of the figures too, not only Salvo.',
	'publish.apa': 'APA',
	'publish.bibtex': 'BibTeX',
	'publish.copy': 'Copy',
	'publish.copyLabel': 'Copy the {format} citation',
	'publish.copied': 'Copied.',
	'publish.copyFailed': 'Copying was refused: select the text and copy it.',
	'publish.cite': 'Cite this data',
	'publish.licencesTitle': 'Licences',
	'publish.licences':
		'Salvo’s code and its hand-curated records: MIT. The Ukrainian Air Force’s figures: Open Data Commons Attribution License 1.0, with the chain Air Force Command (posts) → P. Ivaniuk, “Massive Missile Attacks on Ukraine” → Salvo. The Russian Ministry of Defence’s statements: as collected in Androm2018/ukraine-drone-weather-analysis.',
	'publish.upTo': 'Data up to the night of {date}.',
	'publish.changed': 'Records last changed on {date}.',
	'publish.changesLink': 'Changes',
	'publish.changesTitle': 'Changes to the records',
	'publish.changesIntro':
		'Every change to the record files, newest first, from the project’s history: when, why (the change’s message), the nights it touched, and each figure it changed, before → after. A re-import that corrected a row shows here.',
	'publish.noHistory.no-git':
		'This copy of the site was built without its history (from a tarball, outside git): the changes cannot be listed here. They are in the project’s git repository.',
	'publish.noHistory.untracked':
		'The records this site was built from are not in git: there is no history of changes to list.',
	'publish.noHistory.shallow':
		'This copy of the site was built from a shallow clone, which holds only the latest commit: the changes cannot be listed without reading the oldest one as adding every record. They are in the project’s git repository.',
	'publish.change.nights': '{n} nights',
	'publish.change.nightRange': '{n} nights, {from} to {to}',
	'publish.change.added': 'Claims added',
	'publish.change.addedSummary': '{n} claims added on {nights} nights ({sources}).',
	'publish.change.removed': 'Claims removed',
	'publish.change.figures': 'Figures changed',
	'publish.change.edits': 'Words or citations changed',
	'publish.change.lists': 'Records of the lists',
	'publish.change.listCount': '{file}: {added} added, {removed} removed, {changed} changed',
	'publish.change.more': '{n} more not listed here: git show {commit} -- data/',
	'publish.change.unreadable': 'Could not be read as records in one version: {files}',
	'publish.change.none': 'No figure changed.',
	'publish.col.night': 'Night',
	'publish.col.claim': 'Claim',
	'publish.col.source': 'Source',
	'publish.col.figure': 'Figure',
	'publish.col.before': 'Before',
	'publish.col.after': 'After',
	'publish.col.figures': 'Figures',
	'publish.col.fields': 'Changed',
	'publish.notGiven': 'not given',
	'publish.nightChanged': 'These records last changed on {date}.',
	'publish.nightChanges': 'Their changes',
	'publish.changeCount': 'Changes to the records: {n}, from {from} to {to}.',
	'publish.mapGeojson': 'The places as GeoJSON'
} as const;
