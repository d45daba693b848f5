/**
 * What the compare page and its embed hold in the browser: the composition in the address, and
 * every claim, fetched once. Both pages are prerendered shells (the address is not known at build
 * time) that show the default composition until `start` runs on mount.
 */
import { dailyClaims } from '../data/daily-claims.svelte.ts';
import type { DailyTable } from '../stats/daily-columns.ts';
import { defaultComposition, type Composition } from './composition.ts';
import { parseComposition } from './url.ts';

export class ComposedView {
	composition = $state<Composition>(structuredClone(defaultComposition));
	/** Every claim, once fetched; raw: plain objects, not deep reactive proxies (reads through those are slow). */
	daily = $state.raw<DailyTable>();
	/** The claims could not be fetched: the charts say so rather than stay empty. */
	failed = $state(false);

	/** Reads the composition from the address and fetches the claims: call on mount. */
	start(): void {
		this.composition = parseComposition(window.location.search);
		dailyClaims().then(
			(d) => (this.daily = d),
			() => (this.failed = true)
		);
	}
}
