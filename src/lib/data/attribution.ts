/**
 * Where the bundled Air Force figures come from, and on what terms: the table's maintainer
 * publishes it under the Open Data Commons Attribution License, which asks that the chain be
 * named wherever the records are shown or downloaded (issue 16). One place for the words, so
 * the footer, /methodology, /downloads and the files say the same.
 */
export const licence = {
	name: 'ODC-BY 1.0',
	title: 'Open Data Commons Attribution License v1.0',
	url: 'https://opendatacommons.org/licenses/by/1-0/'
} as const;

export const dataset = {
	title: 'Massive Missile Attacks on Ukraine',
	author: 'Petro Ivaniuk',
	url: 'https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine'
} as const;

/** The credit the Russian MoD statements' collection asks for (its README). */
export const ruModCredit =
	'Russian Ministry of Defence statements, as collected in Androm2018/ukraine-drone-weather-analysis';

/** The chain in one line of English, for files (claims.json's `about`, claims.csv's comment). */
export const attributionLine =
	`Air Force figures: Air Force Command of the Armed Forces of Ukraine (posts) → ` +
	`P. Ivaniuk, "${dataset.title}" (${dataset.url}) → Salvo. ` +
	`Licence: ${licence.title} (${licence.name}), ${licence.url}. ` +
	`Russian MoD figures: ${ruModCredit}.`;
