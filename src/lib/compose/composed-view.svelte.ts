/**
 * What the compare page and its embed hold in the browser: the composition in the address, and
 * every claim, fetched once. Both pages are prerendered shells (the address is not known at build
 * time) that show the default composition until `start` runs on mount.
 */
import { dailyClaims } from '../data/daily-claims.svelte.ts';
import type { DailyTable } from '../stats/daily-columns.ts';
import { defaultComposition, type Composition } from './composition.ts';
import { parseComposition } from './url.ts';
import { clampPeriod, type Clamped, type DateRange } from '../data/link-dates.ts';

export class ComposedView {
	composition = $state<Composition>(structuredClone(defaultComposition));
	/** Every claim, once fetched; raw: plain objects, not deep reactive proxies (reads through those are slow). */
	daily = $state.raw<DailyTable>();
	/** The claims could not be fetched: the charts say so rather than stay empty. */
	failed = $state(false);
	/** The link's dates that lay outside the records and were moved into them, for the page to say. */
	moved = $state.raw<Clamped[]>([]);

	/**
	 * Reads the composition from the address, its dates held to the records' `range`, and
	 * fetches the claims: call on mount.
	 */
	start(range: DateRange): void {
		const held = parseComposition(window.location.search).charts.map((c) => clampPeriod(c, range));
		this.composition = { charts: held.map((h) => h.period) };
		this.moved = held.flatMap((h) => h.clamped ?? []);
		dailyClaims().then(
			(d) => (this.daily = d),
			() => (this.failed = true)
		);
	}
}
