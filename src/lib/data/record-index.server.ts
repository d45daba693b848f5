/**
 * The pages a data folder makes, listed from its file names and its short lists, without
 * reading every record. SvelteKit asks each route for its `entries` in a step of its own
 * before prerendering; answering from the validated dataset made every build read all the
 * records twice (35 s each at 100k attacks). Nothing listed here is shown: a page is built
 * from the validated dataset, and a folder with any problem stops the build, with every
 * problem listed, before a page is written (dataset.server.ts).
 */
import { basename, join } from 'node:path';
import { listFiles, yamlFiles } from './load.server.ts';
import { parse } from 'yaml';
import { parseFast } from './yaml-fast.ts';
import { readRecordFile } from './record-files.server.ts';
import { plainNumberTags } from './yaml-numbers.ts';
import { dataFolder } from './folder.server.ts';

// an attack's file is named for its id, which starts with its night (checked on load)
const nightOfFile = /^(\d{4}-\d{2}-\d{2})-/;

/** Nights with at least one attack file, in date order. */
export function listedNights(dir = dataFolder()): string[] {
	const nights = new Set<string>();
	for (const path of yamlFiles(join(dir, 'attacks'))) {
		const night = nightOfFile.exec(basename(path))?.[1];
		if (night) nights.add(night);
	}
	return [...nights].sort();
}

/** Months with at least one attack file, in date order. */
export function listedMonths(dir = dataFolder()): string[] {
	return [...new Set(listedNights(dir).map((night) => night.slice(0, 7)))];
}

/** The ids in a list of records (sources, places), as written. */
export function listedIds(name: 'source' | 'place', dir = dataFolder()): string[] {
	return listFiles(dir, name).flatMap((path) => {
		// a file too large, too deep or not UTF-8 lists nothing: the build's load reports it
		const read = readRecordFile(path);
		if ('problem' in read) return [];
		// a file js-yaml leaves to the careful parser (anchors, say) is read by that one
		const fast = parseFast(read.text) ?? { value: parseCarefully(read.text) };
		const value = 'value' in fast ? fast.value : undefined;
		return Array.isArray(value)
			? value.flatMap((item: unknown) =>
					item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? [item.id] : []
				)
			: [];
	});
}

function parseCarefully(text: string): unknown {
	try {
		return parse(text, { maxAliasCount: 100, customTags: plainNumberTags });
	} catch {
		return undefined; // the build's load reports it, with its line
	}
}
