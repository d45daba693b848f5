/**
 * Turns the table's rows into claims. One post (the `source` column) is one statement; its
 * rows are the figures it gives, weapon type by weapon type. A post whose rows fall on several
 * nights reports several attacks, so it gives one claim per night, all citing the same
 * article (a claim is one source's figures for one attack).
 *
 * How the cells become figures, and why:
 * - `destroyed` is shot down and `not_reach_goal` is lost to electronic warfare, so a weapon
 *   type's `intercepted` is their sum and its `suppressed` is `not_reach_goal`.
 * - Not said is not zero: from the night of 23–24 July 2025 (`zeroNotSaidFrom`) the posts stopped
 *   splitting electronic-warfare losses out (their "shot down/suppressed" count holds them, and
 *   the table puts it in `destroyed`), and the table writes `not_reach_goal` 0 on almost every
 *   row. From that night a 0 there is not a figure: `suppressed` is left out. A number above 0
 *   is what the post said and is kept; before that night a 0 was written only when said.
 * - An empty cell is not said, never 0: its figure is left out.
 * - `intercepted` needs `destroyed`. An empty `not_reach_goal` means the post did not split
 *   electronic-warfare losses out (the Air Force only began to in 2024): then the post's
 *   "destroyed" is its whole count of what was neutralised, the way a curator transcribes
 *   "shot down 30 of 35", so `intercepted` is `destroyed`, written exact, and `suppressed` is
 *   left out. It is not made a lower bound: a qualifier records how the source worded a
 *   number, and the post worded this one as a plain count.
 * - A row whose destroyed + not_reach_goal exceeds launched contradicts itself; which cell is
 *   wrong cannot be known, so its `intercepted` is left out and the claim's note says why.
 * - Totals (`drones_launched`, `missiles_intercepted`, ...) sum the weapon types of one
 *   category, and only when every one of them gives the figure: a sum over an unsaid part is
 *   itself unsaid. Bombs are neither drones nor missiles and count in no total.
 * - Two rows of the same weapon type in one claim (two waves of Kinzhal in one night) are
 *   summed under the same rules, so each weapon type appears once.
 */
import type { Weapon } from '../schema/index.ts';
import { nightOfWindow, sortableLocal } from '../stats/night.ts';
import { channelName, channelOf, unattributed, type Channel } from './channels.ts';
import type { DailyRow } from './daily-table.ts';
import { matchRegion, placeNames } from './regions.ts';
import { classify, type CatalogueIndex } from './weapon-catalogue.ts';
import { linkWaves, type WaveInput } from './waves.ts';
import type { FollowsKind } from '../schema/attack.ts';

/** The first night on which the table's `not_reach_goal` 0 means "not said" (see above). */
export const zeroNotSaidFrom = '2025-07-24';

/** The metrics the importer writes; any other metric of a claim is left as a curator wrote it. */
export const importedMetrics = [
	'drones_launched',
	'drones_intercepted',
	'drones_suppressed',
	'missiles_launched',
	'missiles_intercepted'
] as const;
export type ImportedMetric = (typeof importedMetrics)[number];

export interface WeaponEntry {
	weapon: string;
	launched?: number;
	intercepted?: number;
	suppressed?: number;
}

/** Where the figures come from; a claim whose note starts so was written by the importer. */
export const notePrefix =
	'Figures as transcribed from this post in the Massive Missile Attacks on Ukraine dataset';
export const via = 'Massive Missile Attacks on Ukraine dataset (Petro Ivaniuk, Kaggle)';

/** One post's figures for one night. */
export interface PostClaim extends WaveInput {
	reference: string;
	channel: Channel;
	night: string;
	/** The first time of its rows, sortable: claims of a night are ordered by it, then by reference. */
	firstTime: string;
	lines: number[];
	quote: string;
	note: string;
	figures: Partial<Record<ImportedMetric, number>>;
	weapons: WeaponEntry[];
	/** ISO 3166-2:UA codes named by its rows, sorted. */
	regions: string[];
	/** An earlier post of the same channel on the same night that this one updates or adds to. */
	follows?: { claim: PostClaim; as: FollowsKind; why: string };
}

/** One post of the table. */
export interface Post {
	reference: string;
	channel: Channel;
	/** Nights its rows fall on, sorted. */
	nights: string[];
	/** The first time of its rows, sortable: orders the `-2`, `-3` suffixes of article ids. */
	firstTime: string;
}

export interface Built {
	posts: Post[];
	claims: PostClaim[];
	/** Rows whose speaker cannot be told, by channel name, with the reason. */
	skipped: Map<string, { reason: string; lines: number[] }>;
	/** Rows that repeat an earlier row cell for cell: counted once. */
	duplicates: { line: number; first: number }[];
	/** Models not in the catalogue, with the lines that name them. */
	unknownModels: Map<string, number[]>;
	/** Place names that map to no region, with their lines. */
	unmappedPlaces: Map<string, number[]>;
	/** Names that stand for no region on purpose ("Ukraine", "south"), with how often. */
	notRegions: Map<string, number>;
	/** Rows whose counts contradict each other. */
	inconsistent: { line: number; message: string }[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

export function buildClaims(rows: DailyRow[], catalogue: CatalogueIndex): Built {
	const built: Built = {
		posts: [],
		claims: [],
		skipped: new Map(),
		duplicates: [],
		unknownModels: new Map(),
		unmappedPlaces: new Map(),
		notRegions: new Map(),
		inconsistent: []
	};
	const byPost = new Map<string, { channel: Channel; rows: { row: DailyRow; weapon: Weapon }[] }>();
	const seen = new Map<string, number>();
	for (const row of rows) {
		// a row repeated cell for cell (a copy-paste in the table) would double the night's figures
		const first = row.cells === undefined ? undefined : seen.get(row.cells);
		if (first !== undefined) {
			built.duplicates.push({ line: row.line, first });
			continue;
		}
		if (row.cells !== undefined) seen.set(row.cells, row.line);
		// every model must be known, even on rows that are skipped: the catalogue covers the table
		const weapon = classify(row.model, catalogue);
		if (!weapon) push(built.unknownModels, row.model, row.line);
		const channel = channelOf(row.source);
		if (!channel) {
			const name = channelName(row.source);
			const skipped = built.skipped.get(name) ?? { reason: unattributed(row.source), lines: [] };
			skipped.lines.push(row.line);
			built.skipped.set(name, skipped);
			continue;
		}
		if (!weapon) continue;
		const post = byPost.get(row.source) ?? { channel, rows: [] };
		post.rows.push({ row, weapon });
		byPost.set(row.source, post);
	}

	for (const [reference, { channel, rows: postRows }] of byPost) {
		const byNight = new Map<string, { row: DailyRow; weapon: Weapon }[]>();
		for (const r of postRows) push(byNight, nightOfWindow(r.row.timeStart, r.row.timeEnd), r);
		const nights = [...byNight.keys()].sort();
		const firstTime = postRows.map((r) => sortableLocal(r.row.timeStart)).sort()[0];
		built.posts.push({ reference, channel, nights, firstTime });
		for (const night of nights) {
			built.claims.push(buildClaim(reference, channel, night, nights, byNight.get(night)!, built));
		}
	}
	// several posts of one channel on one night: a later report or a second wave (waves.ts)
	const byChannelNight = new Map<string, PostClaim[]>();
	for (const claim of built.claims) push(byChannelNight, `${claim.channel.key} ${claim.night}`, claim);
	for (const group of byChannelNight.values()) {
		if (group.length < 2) continue;
		for (const link of linkWaves(group))
			link.claim.follows = { claim: link.follows, as: link.as, why: link.why };
	}
	return built;
}

/** Wall-clock minutes since 1970 of a time with a time of day. */
const minutesOf = (local: { date: string; minutes?: number }) =>
	Date.UTC(+local.date.slice(0, 4), +local.date.slice(5, 7) - 1, +local.date.slice(8, 10)) / 60_000 +
	(local.minutes ?? 0);

/** The hull of the rows' windows; undefined when a row gives no time of day. */
function windowOf(rows: readonly { row: DailyRow }[]): PostClaim['window'] {
	let from = Infinity;
	let to = -Infinity;
	for (const { row } of rows) {
		const end = row.timeEnd ?? row.timeStart;
		if (row.timeStart.minutes === undefined || end.minutes === undefined) return undefined;
		from = Math.min(from, minutesOf(row.timeStart));
		to = Math.max(to, minutesOf(end));
	}
	return { from, to };
}

function buildClaim(
	reference: string,
	channel: Channel,
	night: string,
	nights: string[],
	rows: { row: DailyRow; weapon: Weapon }[],
	built: Built
): PostClaim {
	const problems: string[] = [];
	const entries = new Map<string, { entry: WeaponEntry; category: Weapon['category'] }>();
	const regions = new Set<string>();
	for (const { row, weapon } of rows) {
		const figures = rowFigures(row, night);
		if (figures.problem) {
			problems.push(figures.problem);
			built.inconsistent.push({ line: row.line, message: figures.problem });
		}
		const known = entries.get(weapon.id);
		if (known) known.entry = mergeEntries(known.entry, figures.entry);
		else
			entries.set(weapon.id, { entry: { weapon: weapon.id, ...figures.entry }, category: weapon.category });

		for (const name of [row.target, row.targetMain, row.affectedRegion].flatMap(placeNames)) {
			const match = matchRegion(name);
			if (match.kind === 'region') regions.add(match.code);
			else if (match.kind === 'not-a-region')
				built.notRegions.set(name, (built.notRegions.get(name) ?? 0) + 1);
			else push(built.unmappedPlaces, name, row.line);
		}
	}

	const weapons = [...entries.values()];
	const figures: PostClaim['figures'] = {};
	const total = (category: Weapon['category'], field: keyof Omit<WeaponEntry, 'weapon'>) => {
		const parts = weapons.filter((w) => w.category === category).map((w) => w.entry[field]);
		if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
		return parts.reduce<number>((sum, p) => sum + (p ?? 0), 0);
	};
	const set = (metric: ImportedMetric, value: number | undefined) => {
		if (value !== undefined) figures[metric] = value;
	};
	set('drones_launched', total('drone', 'launched'));
	set('drones_intercepted', total('drone', 'intercepted'));
	set('drones_suppressed', total('drone', 'suppressed'));
	set('missiles_launched', total('missile', 'launched'));
	set('missiles_intercepted', total('missile', 'intercepted'));

	let note = `${notePrefix} (Petro Ivaniuk, Kaggle); the table keeps no words of the post, so the quote lists its rows.`;
	if (nights.length > 1) {
		note += ` The table gives this post rows for ${nights.length} nights (${nights.join(', ')}); this claim holds those of ${night}.`;
	}
	for (const problem of problems) note += ` ${problem}.`;

	return {
		reference,
		channel,
		night,
		firstTime: rows.map((r) => sortableLocal(r.row.timeStart)).sort()[0],
		lines: rows.map((r) => r.row.line),
		quote: rows.map((r) => transcribe(r.row)).join('; '),
		note,
		figures,
		weapons: weapons.map((w) => w.entry),
		regions: [...regions].sort(),
		window: windowOf(rows),
		launched: new Map(weapons.map((w) => [w.entry.weapon, w.entry.launched]))
	};
}

/** Whether a row's `not_reach_goal` is a figure the post gave (the not-said-is-not-zero rule above). */
export function notReachGoalSaid(row: Pick<DailyRow, 'notReachGoal'>, night: string): boolean {
	if (row.notReachGoal === undefined) return false;
	return row.notReachGoal > 0 || night < zeroNotSaidFrom;
}

/** One row's figures, by the rules at the top of this file; `night` is the night it counts for. */
export function rowFigures(
	row: DailyRow,
	night = nightOfWindow(row.timeStart, row.timeEnd)
): { entry: Omit<WeaponEntry, 'weapon'>; problem?: string } {
	const entry: Omit<WeaponEntry, 'weapon'> = {};
	const notReachGoal = notReachGoalSaid(row, night) ? row.notReachGoal : undefined;
	if (row.launched !== undefined) entry.launched = row.launched;
	if (row.destroyed !== undefined) entry.intercepted = row.destroyed + (notReachGoal ?? 0);
	if (notReachGoal !== undefined) entry.suppressed = notReachGoal;
	if (entry.launched !== undefined && entry.intercepted !== undefined && entry.intercepted > entry.launched) {
		const parts =
			notReachGoal === undefined
				? `destroyed ${row.destroyed}`
				: `destroyed ${row.destroyed} + not_reach_goal ${notReachGoal}`;
		delete entry.intercepted;
		return {
			entry,
			problem: `Its row for ${row.model} gives ${parts}, more than launched ${row.launched}, so that row's intercepted figure is left out`
		};
	}
	return { entry };
}

function mergeEntries(
	a: Omit<WeaponEntry, 'weapon'> & { weapon: string },
	b: Omit<WeaponEntry, 'weapon'>
): WeaponEntry {
	const merged: WeaponEntry = { weapon: a.weapon };
	for (const field of ['launched', 'intercepted', 'suppressed'] as const) {
		const x = a[field];
		const y = b[field];
		if (x !== undefined && y !== undefined) merged[field] = x + y;
	}
	return merged;
}

/** `Shahed-136/131: launched 426, destroyed 200, not_reach_goal 203`, leaving out empty cells. */
export function transcribe(row: DailyRow): string {
	const cells = [
		['launched', row.launched],
		['destroyed', row.destroyed],
		['not_reach_goal', row.notReachGoal]
	]
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => `${name} ${value}`);
	return `${row.model}: ${cells.length > 0 ? cells.join(', ') : 'no counts'}`;
}
