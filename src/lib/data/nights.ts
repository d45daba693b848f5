/**
 * Attacks by night and by month: the shape of the attack pages. Pages are one per night (the
 * attacks of a night side by side, each with its claims) and one per month (an index of its
 * nights), so the number of prerendered pages grows with the nights covered, not with the
 * number of attacks or claims: years of nightly records build in bounded time.
 */
import type { Dataset } from './load.server.ts';
import { attackDetail, attackIndex, type AttackDetail } from './views.ts';
import type { Attack } from '../schema/attack.ts';
import type { Lang } from '../i18n/index.ts';

const byNight = new WeakMap<Dataset, Map<string, Attack[]>>();

/** Attacks grouped by night (the attack's date), nights in date order, attacks by id. */
export function nights(data: Dataset): Map<string, Attack[]> {
	let index = byNight.get(data);
	if (index) return index;
	const sorted = [...data.attacks].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	index = new Map();
	for (const attack of sorted) {
		const list = index.get(attack.date);
		if (list) list.push(attack);
		else index.set(attack.date, [attack]);
	}
	byNight.set(data, index);
	return index;
}

/**
 * A night with more claims than this shows each attack's claims one per row (ClaimRows)
 * rather than as cards beside a comparison table: 1.4 KB of markup a claim instead of 2.3,
 * for nights of hundreds of claims. No recorded night comes close (the largest has a few
 * dozen); the synthetic benchmark sets pass it from 10k attacks on.
 */
export const denseNightClaims = 100;

export interface NightDetail {
	date: string;
	attacks: AttackDetail[];
	/** More than `denseNightClaims` claims: shown one per row. */
	dense: boolean;
	/** The nights before and after with records, for stepping through. */
	previous?: string;
	next?: string;
}

/** Everything a night's page shows; `undefined` when no attack is recorded that night. */
export function nightDetail(data: Dataset, date: string, lang: Lang): NightDetail | undefined {
	const index = nights(data);
	const attacks = index.get(date);
	if (!attacks) return undefined;
	const dates = [...index.keys()];
	const at = dates.indexOf(date);
	return {
		date,
		attacks: attacks.map((a) => attackDetail(data, a, lang)),
		dense: attacks.reduce((n, a) => n + a.claims.length, 0) > denseNightClaims,
		...(at > 0 ? { previous: dates[at - 1] } : {}),
		...(at < dates.length - 1 ? { next: dates[at + 1] } : {})
	};
}

export interface MonthSummary {
	month: string;
	attacks: number;
	claims: number;
}

/** Months with attacks, newest first, with their counts: the attacks index. */
export function months(data: Dataset): MonthSummary[] {
	const counts = new Map<string, MonthSummary>();
	for (const [date, attacks] of nights(data)) {
		const month = date.slice(0, 7);
		const m = counts.get(month) ?? { month, attacks: 0, claims: 0 };
		m.attacks += attacks.length;
		m.claims += attacks.reduce((n, a) => n + a.claims.length, 0);
		counts.set(month, m);
	}
	return [...counts.values()].reverse();
}

/** One line per attack of a month, newest first, and the neighbouring months with attacks. */
export function monthDetail(data: Dataset, month: string, lang: Lang) {
	const all = months(data);
	const at = all.findIndex((m) => m.month === month);
	if (at < 0) return undefined;
	const attacks = [...nights(data)]
		.filter(([date]) => date.startsWith(month))
		.flatMap(([, list]) => list);
	return {
		...all[at],
		lines: attackIndex({ ...data, attacks }, lang),
		...(at < all.length - 1 ? { previous: all[at + 1].month } : {}),
		...(at > 0 ? { next: all[at - 1].month } : {})
	};
}
