/**
 * What the folder being imported into already holds: its records as the loader reads them
 * (so the importer sees exactly what the site will), where each attack's file is, and which
 * articles cite which posts.
 */
import { recordFiles } from '../data/record-files.server.ts';
import { join } from 'node:path';
import { loadDataset, type Dataset } from '../data/load.server.ts';
import type { Problem } from '../data/problems.ts';
import type { Article } from '../schema/index.ts';

export interface Folder {
	dir: string;
	dataset: Dataset;
	/** Problems the folder had before the import: they are not the import's to fix or to fail on. */
	problems: Problem[];
	/** Attack file by file stem (= attack id), absolute path. */
	attackFiles: Map<string, string>;
	/** Articles by the post they cite (`reference`), first one when a reference repeats. */
	articleByReference: Map<string, Article>;
	articleById: Map<string, Article>;
	/** Region places by ISO 3166-2 code: the place `ua-63`, or else any region place with that code. */
	regionPlaces: Map<string, string>;
}

export function readFolder(dir: string): Folder {
	const { dataset, problems } = loadDataset(dir);
	const attackFiles = new Map<string, string>();
	// the loader's own listing: a dangling or looping link, a pipe, is one of `problems`, never a crash
	for (const path of recordFiles(join(dir, 'attacks'), dir)) {
		attackFiles.set(path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), path);
	}
	const articleByReference = new Map<string, Article>();
	for (const article of dataset.articles) {
		if (article.reference && !articleByReference.has(article.reference))
			articleByReference.set(article.reference, article);
	}
	const regionPlaces = new Map<string, string>();
	for (const place of [...dataset.places].sort((a, b) => a.id.localeCompare(b.id))) {
		if (place.kind !== 'region') continue;
		const preferred = place.id === place.region.toLowerCase();
		if (preferred || !regionPlaces.has(place.region)) regionPlaces.set(place.region, place.id);
	}
	return {
		dir,
		dataset,
		problems,
		attackFiles,
		articleByReference,
		articleById: new Map(dataset.articles.map((a) => [a.id, a])),
		regionPlaces
	};
}
