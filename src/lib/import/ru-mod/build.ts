/**
 * Turns the posts' statements into attacks and claims of `ru-mod`, attacker UA.
 *
 * - Each statement is dated to its night (see window.ts).
 * - Several statements in one night are periods of it ("с 20.00 до 23.00", "с 23.00 до
 *   7.00", "с 7.00 до 9.00", …): each is an attack of its own here, so that their figures
 *   add in every sum, as the nights' attacks do. A statement that restates others (its window
 *   overlaps theirs: "Всего в ночное время с 20:00 … до 07:00 …", or a moment inside another
 *   statement's period) joins their attack, where, as for any source's several claims on one
 *   attack, the largest figure stands. The note of each claim says which it is.
 * - One claim per statement for its total (places: every region it names), and one per region
 *   of its list ("30 – над территорией Курской области"), scoped to that region.
 */
import type { SkipReason, Statement } from './statement.ts';
import { readPost, skipReasons } from './statement.ts';
import type { PostRow } from './table.ts';
import { clockText, moscowText, nightOfStatement } from './window.ts';

export const source = 'ru-mod';
/** A claim whose note starts so was written by this importer; a re-import rewrites it. */
export const notePrefix = 'Figures read by the importer from the words of this Russian MoD statement';
export const via =
	'Russian Ministry of Defence statements, as collected in Androm2018/ukraine-drone-weather-analysis';

export interface BuiltClaim {
	id: string;
	article: string;
	/** ISO 3166-2 codes the claim speaks for. */
	regions: string[];
	quote: string;
	figure: { value: number; qualifier: string };
	note: string;
}

export interface BuiltAttack {
	/** `YYYY-MM-DD-ukrainian-strikes-HHMM` (the Moscow time its first period starts). */
	id: string;
	night: string;
	/** Moscow minutes of its earliest period's start, or of the post for statements with none. */
	from: number;
	/** Moscow minutes of the latest end, undefined when no statement of it gives a window. */
	to?: number;
	/** Its statements restate one another (overlapping periods). */
	restated: boolean;
	/** It holds a "past night" statement with no times, whose period is not known. */
	untimed: boolean;
	claims: BuiltClaim[];
	lines: number[];
}

export interface BuiltPost {
	line: number;
	posted: string;
	article: string;
	night: string;
}

export interface Built {
	attacks: BuiltAttack[];
	posts: BuiltPost[];
	statements: number;
	skipped: Map<SkipReason, number[]>;
	/** Figures and items left out, with the line and reason. */
	left: { line: number; what: string }[];
	/** Totals read from the text against the scraper's `drone_count`. */
	counts: { agree: number; disagree: number; zero: number; examples: string[] };
}

interface Dated {
	row: PostRow;
	article: string;
	statement: Statement;
	index: number;
	night: string;
	/** Moscow minutes; a statement without times spans the post's own minute. */
	start: number;
	end: number;
	timed: boolean;
}

/** `mod-russia-2025-12-23-0420`, by the post's UTC time; `-2` for a second post in that minute. */
function articleIds(rows: PostRow[]): Map<PostRow, string> {
	const ids = new Map<PostRow, string>();
	const taken = new Set<string>();
	for (const row of rows) {
		const base = `mod-russia-${row.posted.slice(0, 10)}-${row.posted.slice(11, 13)}${row.posted.slice(14, 16)}`;
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(row, id);
	}
	return ids;
}

export function buildStatements(rows: PostRow[], moscowOfUtc: (utc: string) => number): Built {
	const built: Built = {
		attacks: [],
		posts: [],
		statements: 0,
		skipped: new Map(),
		left: [],
		counts: { agree: 0, disagree: 0, zero: 0, examples: [] }
	};
	const dated: Dated[] = [];
	const statementRows: PostRow[] = [];
	const readings = rows.map((row) => {
		const reading = readPost(row.text, row.posted, row.cut);
		if (reading.kind === 'statement') statementRows.push(row);
		return reading;
	});
	const articleOf = articleIds(statementRows);
	rows.forEach((row, r) => {
		const reading = readings[r];
		if (reading.kind === 'skipped') {
			const list = built.skipped.get(reading.reason) ?? [];
			list.push(row.line);
			built.skipped.set(reading.reason, list);
			for (const what of reading.left ?? []) built.left.push({ line: row.line, what });
			return;
		}
		const first = reading.statements[0];
		const night = nightOfStatement(first.window, row.posted);
		built.posts.push({ line: row.line, posted: row.posted, article: articleOf.get(row)!, night });
		reading.statements.forEach((statement, index) => {
			built.statements++;
			for (const what of statement.left) built.left.push({ line: row.line, what });
			const posted = moscowOfUtc(row.posted);
			const timed = statement.window.start !== undefined;
			dated.push({
				row,
				article: articleOf.get(row)!,
				statement,
				index,
				night: nightOfStatement(statement.window, row.posted),
				start: statement.window.start ?? posted,
				end: statement.window.end ?? posted,
				timed
			});
		});
		// the scraper's count against the first total the text gives
		if (first.total) {
			const c = built.counts;
			if (first.total.value === row.droneCount) c.agree++;
			else {
				c.disagree++;
				const zero = row.droneCount === 0;
				if (zero) c.zero++;
				if (
					(zero
						? c.examples.filter((e) => e.includes('drone_count 0,'))
						: c.examples.filter((e) => !e.includes('drone_count 0,'))
					).length < 3
				)
					c.examples.push(`line ${row.line}: drone_count ${row.droneCount}, the text "${first.total.quote}"`);
			}
		}
	});

	// per night, statements whose periods overlap restate one another: one attack
	const byNight = new Map<string, Dated[]>();
	for (const d of dated) byNight.set(d.night, [...(byNight.get(d.night) ?? []), d]);
	for (const [night, list] of [...byNight].sort((a, b) => a[0].localeCompare(b[0]))) {
		list.sort((a, b) => a.start - b.start || a.end - b.end || a.row.line - b.row.line || a.index - b.index);
		const groups: Dated[][] = [];
		for (const d of list) {
			const overlapping = groups.filter((g) => g.some((e) => overlaps(d, e)));
			const merged = [...overlapping.flat(), d];
			for (const g of overlapping) groups.splice(groups.indexOf(g), 1);
			groups.push(merged);
		}
		groups.sort((a, b) => Math.min(...a.map((d) => d.start)) - Math.min(...b.map((d) => d.start)));
		const taken = new Set<string>();
		for (const group of groups) built.attacks.push(attackOf(night, group, taken));
	}
	return built;
}

/**
 * Two statements restate one another when their periods overlap (touching ends do not: "до
 * 23.00" and "с 23.00" are next to each other), or a moment lies inside a period. A
 * statement without times, or a "Всего" total without its own, stands alone: its period is
 * not known, so it is taken as its own, and the note says so.
 */
function overlaps(a: Dated, b: Dated): boolean {
	if (!a.timed || !b.timed) return false;
	const moment = (d: Dated) => d.start === d.end;
	if (moment(a) && moment(b)) return a.start === b.start;
	if (moment(a)) return b.start <= a.start && a.start <= b.end;
	if (moment(b)) return a.start <= b.start && b.start <= a.end;
	return a.start < b.end && b.start < a.end;
}

function attackOf(night: string, group: Dated[], taken: Set<string>): BuiltAttack {
	const from = Math.min(...group.map((d) => d.start));
	const timed = group.filter((d) => d.timed);
	const base = `${night}-ukrainian-strikes-${clockText(from).replace(':', '')}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	const restated = group.length > 1;
	const claims: BuiltClaim[] = [];
	const ids = new Set<string>();
	const unique = (wanted: string) => {
		let c = wanted;
		for (let n = 2; ids.has(c); n++) c = `${wanted}-${n}`;
		ids.add(c);
		return c;
	};
	for (const d of [...group].sort((a, b) => a.row.line - b.row.line || a.index - b.index)) {
		const article = d.article;
		const s = d.statement;
		const period = d.timed
			? d.start === d.end
				? `about ${clockText(d.start)} Moscow time (${moscowText(d.start)})`
				: `${moscowText(d.start)} to ${moscowText(d.end)} Moscow time`
			: 'no times given (the past night, or the post alone dates it)';
		const role = restated
			? ' Its period overlaps those of the other statements in this attack: they restate one another, so the largest figure stands rather than a sum.'
			: '';
		const head = `${notePrefix}, posted ${d.row.posted} UTC; period: ${period}.${role}`;
		const base = d.index > 0 ? `${article}-total` : article;
		const regions = s.items.length > 0 ? [...new Set(s.items.flatMap((i) => i.codes))].sort() : s.named;
		if (s.total) {
			let note = head;
			if (s.items.length > 0) note += ' Its figures by region are claims of their own in this attack.';
			if (s.seaItems > 0)
				note += ` ${s.seaItems} of its figures are over a sea, which is no region: they count in this total only.`;
			if (d.index > 0) note += ' A total for a longer period, given in the same post.';
			claims.push({
				id: unique(base),
				article,
				regions,
				quote: s.total.quote,
				figure: { value: s.total.value, qualifier: s.total.qualifier },
				note
			});
		}
		for (const item of s.items) {
			const each = item.each && item.codes.length > 1;
			const parts = each ? item.codes.map((c) => [c]) : [item.codes];
			for (const codes of parts) {
				let note = `${head} A figure of the statement's list by region.`;
				if (each) note += ' "По одному" (and the like): the figure is each region\'s.';
				if (!each && codes.length > 1) note += ' One figure for these regions together, not split.';
				if (!s.total)
					note +=
						' The statement gives no total; a sum of its regions is not a figure it gave, so none is written.';
				claims.push({
					id: unique(`${base}-${codes.map((c) => c.toLowerCase()).join('-')}`),
					article,
					regions: codes,
					quote: item.quote,
					figure: { value: item.value, qualifier: item.qualifier },
					note
				});
			}
		}
	}
	return {
		id,
		night,
		from,
		to: timed.length > 0 ? Math.max(...timed.map((d) => d.end)) : undefined,
		restated,
		untimed: group.some((d) => !d.timed),
		claims,
		lines: [...new Set(group.map((d) => d.row.line))]
	};
}

export { skipReasons };
