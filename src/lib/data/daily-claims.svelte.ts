/**
 * The daily claims in the browser: every claim's figures (/data/daily.json, read once into
 * typed arrays), and their words, fetched a month at a time when a tooltip or the keyboard
 * reads a point of that month (see daily-columns.ts). Both files are the same in every
 * language, so a page in either language, and every chart on it, shares them.
 */
import { asset } from '../i18n/href.ts';
import { fetchOnce } from './fetch-once.ts';
import { dailyTable, quoteAt, type DailyColumns, type DailyTable } from '../stats/daily-columns.ts';

let file: (() => Promise<DailyTable>) | undefined;

/** Every claim's figures, fetched on the first call. */
export function dailyClaims(): Promise<DailyTable> {
	file ??= fetchOnce<DailyColumns, DailyTable>(asset('/data/daily.json'), dailyTable);
	return file();
}

/** Each month's words that have arrived; reactive, so what reads them is read again when they come. */
let months = $state.raw<Record<string, string[]>>({});
// months asked for: bookkeeping, read by nothing reactive
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const asked = new Set<string>();

/**
 * The words of a point that stands for one claim, shortened for a tooltip, as ` — “…”`; '' while
 * its month's words are on their way (asked for here). Read in a derived value or an effect, it
 * is read again when they arrive: the keyboard's reading then speaks them (a reader quick on
 * the arrow keys heard the figures without their words).
 */
export function claimWords(table: DailyTable, claim: number): string {
	const { month, index } = quoteAt(table, claim);
	const quote = months[month]?.[index];
	if (quote === undefined) {
		if (!asked.has(month)) {
			asked.add(month);
			fetch(asset(`/data/daily-quotes/${month}.json`))
				.then((r) => (r.ok ? (r.json() as Promise<{ quotes: string[] }>) : Promise.reject(new Error(r.statusText))))
				.then(({ quotes }) => (months = { ...months, [month]: quotes }))
				// asked again on the next reading
				.catch(() => asked.delete(month));
		}
		return '';
	}
	return ` — “${quote.length > 90 ? `${quote.slice(0, 88)}…` : quote}”`;
}
