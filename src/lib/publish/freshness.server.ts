import { buildInfo } from './build-info.server.ts';

/** What every page's footer says of the data: the last night, the last change (issue 22). */
export function freshness(): { upTo?: string; changed?: string } {
	const { dataUpTo, dataChanged } = buildInfo();
	return { ...(dataUpTo ? { upTo: dataUpTo } : {}), ...(dataChanged ? { changed: dataChanged } : {}) };
}
