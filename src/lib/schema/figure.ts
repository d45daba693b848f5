import { z } from 'zod';
import { quoted } from './common.ts';

/**
 * How a source qualified a number: "oltre 420" is `more_than`, "at least 13" is `at_least`,
 * "about 50" is `about`, "up to 30" is `at_most`. A plain number is `exact`.
 */
export const qualifiers = ['exact', 'at_least', 'more_than', 'about', 'at_most'] as const;
export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

/** A number as a source gave it: the value and how it was qualified. */
export interface QualifiedFigure {
	/** The number the source wrote (a count: a non-negative integer). */
	value: number;
	/** How the source qualified it. */
	qualifier: Qualifier;
}

/** The short forms curators may type, and the qualifier each one stands for. */
const prefixes: ReadonlyArray<readonly [string, Qualifier]> = [
	['>=', 'at_least'],
	['≥', 'at_least'],
	['<=', 'at_most'],
	['≤', 'at_most'],
	['>', 'more_than'],
	['~', 'about'],
	['≈', 'about']
];

/**
 * Reads a short-form figure: `420`, `"420"`, `">420"`, `"≥13"`, `">=13"`, `"~50"`, `"≤30"`.
 * Returns a message instead of a figure when the text is not one of those forms, so the
 * caller can report it with its file and field.
 */
export function parseShortFigure(text: string): QualifiedFigure | string {
	const trimmed = text.trim();
	let qualifier: Qualifier = 'exact';
	let rest = trimmed;
	for (const [prefix, q] of prefixes) {
		if (trimmed.startsWith(prefix)) {
			qualifier = q;
			rest = trimmed.slice(prefix.length).trim();
			break;
		}
	}
	if (!/^\d+$/.test(rest)) {
		return `${quoted(text)} is not a count: write 420, ">420", "≥13", "~50" or "≤30"`;
	}
	const value = Number(rest);
	if (!Number.isSafeInteger(value)) return `${quoted(text)} is too large to be a count`;
	return { value, qualifier };
}

/**
 * The largest count one claim may give. The largest salvo on record is under a thousand
 * drones and missiles in a night, and casualties per attack are far fewer; a million is a
 * typo (an extra digit, a date pasted into a figure) or hostile input, never a figure.
 */
export const maxCount = 1_000_000;

/** Checks that a number is a count; returns a message when it is not. */
export function countProblem(value: number): string | undefined {
	if (!Number.isFinite(value)) return 'a count must be a finite number';
	if (value < 0) return 'a count cannot be negative';
	if (!Number.isInteger(value)) return 'a count must be a whole number';
	if (!Number.isSafeInteger(value)) return 'too large to be a count';
	if (value > maxCount) return `${value} is more than ${maxCount}: too large for one attack (a typo?)`;
	return undefined;
}

const formsMessage =
	'a figure is a count (420), a short form (">420", "≥13", "~50", "≤30") or { value, qualifier }';

/**
 * A figure as written in a record file: a plain count (exact), a short form (`">420"`) or the
 * long form `{ value, qualifier }`. Always normalised to the long form. The checks run after
 * the union so that each mistake gets its own message rather than zod's "invalid input".
 */
export const Figure = z
	.union([z.number(), z.string(), z.strictObject({ value: z.number(), qualifier: Qualifier })], {
		error: formsMessage
	})
	.transform((input, ctx): QualifiedFigure => {
		const figure: QualifiedFigure | string =
			typeof input === 'number'
				? { value: input, qualifier: 'exact' }
				: typeof input === 'string'
					? parseShortFigure(input)
					: input;
		const problem = typeof figure === 'string' ? figure : countProblem(figure.value);
		if (problem) {
			ctx.addIssue({ code: 'custom', message: problem });
			return z.NEVER;
		}
		return figure as QualifiedFigure;
	});

/** Words for a qualifier in English, used in error messages and CSV exports. */
export function formatFigure(figure: QualifiedFigure): string {
	const sign: Record<Qualifier, string> = {
		exact: '',
		at_least: '≥',
		more_than: '>',
		about: '~',
		at_most: '≤'
	};
	return `${sign[figure.qualifier]}${figure.value}`;
}
