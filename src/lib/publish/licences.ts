/**
 * Whose records Salvo publishes, under which terms: the data package, the citation and the
 * schema.org metadata name the same licences and credits from this list.
 */

export interface Licence {
	/** The Open Definition / SPDX identifier. */
	name: string;
	title: string;
	path: string;
	/** What it covers. */
	covers: string;
}

/** The project's own licence (package.json) covers its code and the records curated by hand. */
export const projectLicence: Licence = {
	name: 'MIT',
	title: 'MIT License',
	path: 'https://opensource.org/licenses/MIT',
	covers: 'Salvo’s code and the records curated by hand'
};

/** The Air Force's figures, as transcribed in P. Ivaniuk's table, come under its licence. */
export const airForceLicence: Licence = {
	name: 'ODC-BY-1.0',
	title: 'Open Data Commons Attribution License 1.0',
	path: 'https://opendatacommons.org/licenses/by/1-0/',
	covers:
		'the Ukrainian Air Force’s figures, from the “Massive Missile Attacks on Ukraine” dataset (attribution required)'
};

export const licences: Licence[] = [projectLicence, airForceLicence];

export interface Credit {
	title: string;
	path?: string;
}

/**
 * The chain of the Air Force's records (posts → the table that transcribes them → Salvo), and
 * the credit the Russian Ministry of Defence's statements are published with.
 */
export const credits: Credit[] = [
	{ title: 'Air Force Command of the Armed Forces of Ukraine (posts)' },
	{
		title:
			'P. Ivaniuk, “Massive Missile Attacks on Ukraine” (ODC-BY 1.0), transcribing the Air Force’s posts',
		path: 'https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine'
	},
	{
		title:
			'Russian Ministry of Defence statements, as collected in Androm2018/ukraine-drone-weather-analysis',
		path: 'https://github.com/Androm2018/ukraine-drone-weather-analysis'
	},
	{ title: 'Articles and posts curated by hand, each named in articles.csv' }
];

/** The chain in one line, as the data package's description and the README say it. */
export const airForceChain =
	'Air Force Command (posts) → P. Ivaniuk, “Massive Missile Attacks on Ukraine” (ODC-BY 1.0) → Salvo';
