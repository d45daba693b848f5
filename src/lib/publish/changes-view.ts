/**
 * The changes page's shape, bounded: a change that bundles a table adds thousands of claims,
 * so its additions are summarised (how many, on how many nights, by which sources) while
 * corrections (figures before → after, removed claims, changed words) are listed, night by
 * night, up to a bound past which the page says how many more there are and how to see them.
 */
import type { ClaimEntry, EditEntry, FigureEntry, ListCount } from './history-diff.ts';
import type { DataChange, DataHistory, HistoryMissing } from './history.server.ts';

/** Additions past this many in one change are summarised, not listed. */
export const listedAdditions = 20;
/** Entries (corrections, removals, listed additions) past this many in one change are counted, not listed. */
export const listedEntries = 300;
/** Nights past this many in one change are given as a range. */
export const listedNights = 30;

export interface NightBlock {
	night: string;
	/** The anchor of this night's entries on the changes page. */
	anchor: string;
	added: ClaimEntry[];
	removed: ClaimEntry[];
	figures: FigureEntry[];
	edits: EditEntry[];
}

export interface ChangeView {
	commit: string;
	short: string;
	anchor: string;
	/** The day of the change (UTC). */
	day: string;
	message: string;
	nights: { count: number; from?: string; to?: string; listed?: string[] };
	addedSummary?: { claims: number; nights: number; sources: [source: string, claims: number][] };
	blocks: NightBlock[];
	/** Entries not listed (past `listedEntries`). */
	more: number;
	lists: ListCount[];
	unreadable: string[];
}

export type ChangesView =
	{ available: true; changes: ChangeView[] } | { available: false; reason: HistoryMissing };

export const changeAnchor = (short: string) => `change-${short}`;
export const nightAnchor = (short: string, night: string) => `change-${short}-${night}`;

const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function view(change: DataChange): ChangeView {
	const short = change.commit.slice(0, 7);
	const summarise = change.added.length > listedAdditions;
	let budget = listedEntries;
	let more = 0;
	const blocks = new Map<string, NightBlock>();
	const block = (night: string) => {
		let b = blocks.get(night);
		if (!b) {
			b = { night, anchor: nightAnchor(short, night), added: [], removed: [], figures: [], edits: [] };
			blocks.set(night, b);
		}
		return b;
	};
	const take = <T extends { night: string }>(
		entries: T[],
		key: 'added' | 'removed' | 'figures' | 'edits'
	) => {
		for (const entry of entries) {
			if (budget > 0) {
				(block(entry.night)[key] as unknown as T[]).push(entry);
				budget--;
			} else more++;
		}
	};
	// corrections first: they are what a reader of the changes comes for
	take(change.figures, 'figures');
	take(change.removed, 'removed');
	take(change.edits, 'edits');
	if (!summarise) take(change.added, 'added');
	const sources = new Map<string, number>();
	for (const c of change.added) sources.set(c.source, (sources.get(c.source) ?? 0) + 1);
	const n = change.nights;
	return {
		commit: change.commit,
		short,
		anchor: changeAnchor(short),
		day: dayOf(change.date),
		message: change.message,
		nights: {
			count: n.length,
			...(n.length ? { from: n[0], to: n[n.length - 1] } : {}),
			...(n.length && n.length <= listedNights ? { listed: n } : {})
		},
		...(summarise
			? {
					addedSummary: {
						claims: change.added.length,
						nights: new Set(change.added.map((c) => c.night)).size,
						sources: [...sources].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
					}
				}
			: {}),
		blocks: [...blocks.values()].sort((a, b) => a.night.localeCompare(b.night)),
		more,
		lists: change.lists,
		unreadable: change.unreadable
	};
}

/** The changes, newest first, each bounded. */
export function changesView(history: DataHistory): ChangesView {
	if (!history.available) return { available: false, reason: history.reason };
	const changes = [...history.changes].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
	return { available: true, changes: changes.map(view) };
}

/** For a night's page: the changes that touched it, newest first, each with where its entries are. */
export interface NightChange {
	day: string;
	message: string;
	/** The anchor on the changes page: the night's own entries, or the change when they are summarised. */
	anchor: string;
}

/** Night → the changes that touched it, from the bounded view (so every anchor exists on the page). */
export function nightChanges(changes: ChangesView, history: DataHistory): Map<string, NightChange[]> {
	const out = new Map<string, NightChange[]>();
	if (!changes.available || !history.available) return out;
	const byCommit = new Map(history.changes.map((c) => [c.commit, c]));
	for (const change of changes.changes) {
		const listed = new Set(change.blocks.map((b) => b.night));
		for (const night of byCommit.get(change.commit)?.nights ?? []) {
			const list = out.get(night) ?? [];
			list.push({
				day: change.day,
				message: change.message,
				anchor: listed.has(night) ? nightAnchor(change.short, night) : change.anchor
			});
			out.set(night, list);
		}
	}
	return out;
}
