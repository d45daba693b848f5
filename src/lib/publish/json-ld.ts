/**
 * schema.org `Dataset` metadata for the overview and the downloads page, so that dataset search
 * engines find Salvo with its licences, coverage and files. Written into the page's head as a
 * `<script type="application/ld+json">` data block by src/hooks.server.ts: a data block is not
 * run, so the CSP's script hashes do not apply to it (tests/e2e/csp.e2e.ts checks the browser
 * reports no violation).
 */
import { credits, licences } from './licences.ts';
import { datasetAuthor, datasetTitle } from './citation.ts';
import { packageResources } from './datapackage.ts';

export interface JsonLdBuild {
	version: string;
	date: string;
	dataFrom?: string;
	dataUpTo?: string;
	dataChanged?: string;
	origin?: string;
}

export function datasetJsonLd(build: JsonLdBuild) {
	const at = (path: string) => `${build.origin ?? ''}${path}`;
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: datasetTitle,
		description:
			'Figures of drones, missiles and casualties from the Russia–Ukraine war, claim beside claim: each number tied to its source, its article and the words that carry it. Figures are claims by their sources, not verified counts; a figure a source did not give is not said, never zero.',
		url: at('/downloads'),
		version: build.version,
		datePublished: build.date,
		...(build.dataChanged ? { dateModified: build.dataChanged } : {}),
		...(build.dataFrom && build.dataUpTo ? { temporalCoverage: `${build.dataFrom}/${build.dataUpTo}` } : {}),
		spatialCoverage: [
			{ '@type': 'Country', name: 'Ukraine' },
			{ '@type': 'Country', name: 'Russia' }
		],
		keywords: ['Russia–Ukraine war', 'drones', 'missiles', 'air defence', 'casualties'],
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: datasetAuthor },
		license: licences.map((l) => l.path),
		isBasedOn: credits.map((c) => c.path ?? c.title),
		creditText: credits.map((c) => c.title).join('; '),
		distribution: packageResources().map((r) => ({
			'@type': 'DataDownload',
			name: r.title,
			encodingFormat: r.mediatype,
			contentUrl: at(`/data/${r.path}`)
		}))
	};
}

/** The metadata as a data block for a page's head; `<` escaped so no text can close the element. */
export function jsonLdScript(value: unknown): string {
	return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}
