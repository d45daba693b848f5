import type { PageServerLoad } from './$types';
import { buildInfo } from '#lib/publish/build-info.server.ts';
import { citation } from '#lib/publish/citation.ts';

export const load = (() => {
	const info = buildInfo();
	return {
		/** The version and day of this build, named by the citation and the data package. */
		build: { version: info.version, date: info.date },
		/** How to cite this build, in APA and BibTeX. */
		citation: citation(info)
	};
}) satisfies PageServerLoad;
