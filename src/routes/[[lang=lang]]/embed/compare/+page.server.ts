import type { EntryGenerator, PageServerLoad } from './$types';
import { composePageData } from '#lib/compose/page-data.server.ts';

// no page links to the embeds: list them, in both languages
export const entries = (() => [{}, { lang: 'it' }]) satisfies EntryGenerator;

export const load = (async ({ parent }) => composePageData((await parent()).lang)) satisfies PageServerLoad;
