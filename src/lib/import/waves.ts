/**
 * Several posts of one channel on one night: a later report of the same wave, or a second
 * wave? The table keeps no words of the posts, so the importer tells them apart from what it
 * does keep, each post's rows' time windows and weapon types, and records which it is and why
 * (`follows` on the later claim), so that the night page can say it and the charts count it:
 * a later report supersedes the earlier one's figures, a second wave's figures add.
 *
 * The rule. Posts are taken in order of the end of their window (then their start, then the
 * reference). A post is a later report of an earlier one still standing when
 * - both give times (a bare date says nothing of when in the day), and its window covers the
 *   earlier one's: it starts no later and ends no earlier (an update restates the wave from its
 *   start; a daytime wave that begins as the night's ends only overlaps it by an hour);
 * - it names every weapon type the earlier post named: an update restates the wave; and
 * - for every type both give launched for, it gives as many or more: an update only grows
 *   as more of the wave is counted.
 * Anything else is a second wave, and the reason is the first condition it fails. Two waves
 * told apart wrongly would either drop a wave (a false update) or count one twice (a false
 * second wave); the rule asks for the evidence of an update, not of a new wave, because the
 * table's posts on one night are mostly separate waves (morning drones, a midday missile).
 */
import type { FollowsKind } from '../schema/attack.ts';

/** What the rule reads of one post's claim on one night. */
export interface WaveInput {
	reference: string;
	/** Wall-clock minutes of its rows' earliest start and latest end; undefined when a row has no time. */
	window?: { from: number; to: number };
	/** Launched by weapon type; a type with no launched figure is present with undefined. */
	launched: Map<string, number | undefined>;
}

export interface WaveLink<T> {
	claim: T;
	follows: T;
	as: FollowsKind;
	why: string;
}

const clock = (minutes: number) => {
	const m = ((minutes % 1440) + 1440) % 1440;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const span = (w: { from: number; to: number }) => `${clock(w.from)}–${clock(w.to)}`;

const covers = (later: { from: number; to: number }, earlier: { from: number; to: number }) =>
	later.from <= earlier.from && later.to >= earlier.to;

/** Why `later` is not a later report of `earlier`, or undefined when it is one. */
function notAnUpdate(earlier: WaveInput, later: WaveInput): string | undefined {
	if (!earlier.window || !later.window)
		return 'the table gives no time of day for one of the two posts, so they cannot be placed in one wave';
	if (!covers(later.window, earlier.window))
		return `its window (${span(later.window)}) does not cover the earlier post's (${span(earlier.window)})`;
	const missing = [...earlier.launched.keys()].filter((w) => !later.launched.has(w));
	if (missing.length > 0)
		return `it does not restate the earlier post's ${missing.join(', ')}, as a later report of the wave would`;
	for (const [weapon, before] of earlier.launched) {
		const after = later.launched.get(weapon);
		if (before !== undefined && after !== undefined && after < before)
			return `it gives fewer ${weapon} launched (${after} against ${before}), so it counts other launches`;
	}
	return undefined;
}

/**
 * The links between the claims of one channel on one night, each later claim to the earlier
 * one it updates or follows. The first claim links to nothing.
 */
export function linkWaves<T extends WaveInput>(claims: readonly T[]): WaveLink<T>[] {
	const ordered = [...claims].sort(
		(a, b) =>
			(a.window?.to ?? Infinity) - (b.window?.to ?? Infinity) ||
			(a.window?.from ?? Infinity) - (b.window?.from ?? Infinity) ||
			a.reference.localeCompare(b.reference)
	);
	const links: WaveLink<T>[] = [];
	// the latest report of each wave so far: a later post can only update one of these
	const standing: T[] = [];
	for (const claim of ordered) {
		if (standing.length === 0) {
			standing.push(claim);
			continue;
		}
		const updated = standing.findLast((earlier) => notAnUpdate(earlier, claim) === undefined);
		if (updated) {
			const why =
				`a later report of the same wave: its window (${span(claim.window!)}) covers the earlier post's ` +
				`(${span(updated.window!)}), and it restates every weapon type of that post with as many or more launched`;
			links.push({ claim, follows: updated, as: 'later_report', why });
			standing[standing.indexOf(updated)] = claim;
		} else {
			const previous = standing[standing.length - 1];
			links.push({
				claim,
				follows: previous,
				as: 'second_wave',
				why: `another wave: ${notAnUpdate(previous, claim)}`
			});
			standing.push(claim);
		}
	}
	return links;
}
