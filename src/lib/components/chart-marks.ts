/**
 * Which points of a chart line get a mark, and the marks' shapes. The daily chart draws its
 * marks itself, all of a line's marks as one canvas path: chart.js drew each point on its own
 * and resolved its options one by one, which was most of a redraw at years of nights.
 *
 * A line of many periods is drawn without a dot on every exact figure (the line carries it),
 * but a qualified figure ("at least", "about", "up to", a range) always keeps its mark, and so
 * does a figure with no neighbour, which no line segment would show.
 */
import type { PointKind } from './chart-style.ts';

/** Above this many figures in one line, exact figures on the line are not dotted one by one. */
export const denseLine = 200;

/** How a series is drawn: a line through its figures or marks alone, and which figures get a mark. */
export interface LineMarks {
	/** Draw a line through the figures (false: scattered figures, marks only). */
	line: boolean;
	/** More than `denseLine` figures. */
	dense: boolean;
	/** Radius of the marks, in CSS pixels. */
	radius: number;
	/** For each period, whether its figure gets a mark. */
	marked: boolean[];
}

interface MarkOptions {
	/** A line computed from figures (a median, a trend): marks only its qualified values. */
	derived?: boolean;
	/** Always a line, however few its values (the interception rate). */
	line?: boolean;
	/** Radius of every mark, instead of the default for the series' density. */
	radius?: number;
}

/** Marks for one series, given each period's kind of figure (`undefined`: not said). */
export function lineMarks(kinds: (PointKind | undefined)[], options: MarkOptions = {}): LineMarks {
	const { derived = false } = options;
	const count = kinds.reduce((n, k) => (k ? n + 1 : n), 0);
	// press claims are scattered nights: marks only; dense series: a line through them
	const line = derived || options.line || count >= kinds.length / 3;
	const dense = count > denseLine;
	const marked = kinds.map((kind, i) => {
		if (!kind) return false;
		if (kind !== 'exact') return true;
		if (derived) return false;
		if (!line || !dense) return true;
		// a figure alone between gaps: no segment reaches it
		return !kinds[i - 1] && !kinds[i + 1];
	});
	return { line, dense, radius: options.radius ?? (derived ? 3 : dense ? 1.5 : 4), marked };
}

/** Whether a series leaves some exact figures without a dot (the chart says so under it). */
export function thinned(marks: LineMarks, kinds: (PointKind | undefined)[]): boolean {
	return marks.line && kinds.some((k, i) => k === 'exact' && !marks.marked[i]);
}

/**
 * The x axis' ticks for `count` periods on an axis `width` pixels wide: the first period, then
 * every so many, as many as labels of about `labelWidth` pixels fit (at least the first).
 */
export function periodTicks(count: number, width: number, labelWidth = 90): { value: number }[] {
	if (count <= 0) return [];
	const fit = Math.max(1, Math.floor(width / labelWidth));
	const step = Math.max(1, Math.ceil(count / fit));
	const ticks: { value: number }[] = [];
	for (let i = 0; i < count; i += step) ticks.push({ value: i });
	return ticks;
}

const sin120 = Math.sqrt(3) / 2;

/**
 * Adds one mark's outline to the current path: a circle for an exact figure or a range's
 * middle, a diamond for "about", a triangle pointing up for a lower bound and down for an
 * upper bound (the shapes chart.js draws for `circle`, `rectRot` and `triangle`).
 */
export function traceMark(ctx: CanvasPath, kind: PointKind, x: number, y: number, r: number): void {
	switch (kind) {
		case 'about':
			ctx.moveTo(x - r, y);
			ctx.lineTo(x, y - r);
			ctx.lineTo(x + r, y);
			ctx.lineTo(x, y + r);
			ctx.closePath();
			return;
		case 'lower':
			ctx.moveTo(x, y - r);
			ctx.lineTo(x + sin120 * r, y + r / 2);
			ctx.lineTo(x - sin120 * r, y + r / 2);
			ctx.closePath();
			return;
		case 'upper':
			ctx.moveTo(x, y + r);
			ctx.lineTo(x - sin120 * r, y - r / 2);
			ctx.lineTo(x + sin120 * r, y - r / 2);
			ctx.closePath();
			return;
		default:
			ctx.moveTo(x + r, y);
			ctx.arc(x, y, r, 0, 2 * Math.PI);
	}
}
