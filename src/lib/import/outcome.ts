/** What every import reports, and the clock it reports its time by. */

export interface ImportOutcome {
	ok: boolean;
	/** Each thing that stopped the import; nothing was written when there is any. */
	failures: string[];
	/** Things a curator should know that did not stop it. */
	warnings: string[];
	table: string;
	into: string;
	/** Rows in the table, header excluded. */
	rows: number;
	/** Files written or deleted, relative to the folder's parent; empty on a dry run. */
	written: string[];
	deleted: string[];
	/** Wall-clock milliseconds the import took. */
	ms: number;
}

/**
 * A fresh outcome with the format's own fields, and `done`, which stamps its time and whether
 * it succeeded (no failures) and returns it: every early return goes through it.
 */
export function startOutcome<T extends object>(
	table: string,
	into: string,
	extra: T
): { result: ImportOutcome & T; done: () => ImportOutcome & T } {
	const started = performance.now();
	const result = {
		ok: false,
		failures: [],
		warnings: [],
		table,
		into,
		rows: 0,
		written: [],
		deleted: [],
		ms: 0,
		...extra
	} as ImportOutcome & T;
	const done = () => {
		result.ms = Math.round(performance.now() - started);
		result.ok = result.failures.length === 0;
		return result;
	};
	return { result, done };
}
