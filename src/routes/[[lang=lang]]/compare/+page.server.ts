import type { PageServerLoad } from './$types';
import { composePageData } from '#lib/compose/page-data.server.ts';

export const load = (async ({ parent }) => composePageData((await parent()).lang)) satisfies PageServerLoad;
