/** One thing wrong with the records: where it is, and what is wrong, in words a curator acts on. */
export interface Problem {
	/** Path of the file, relative to the data folder's parent (e.g. `data/places.yaml`). */
	file: string;
	/** The record: its id, `attack-id/claim-id` inside an attack, or `#3` when it has no id. */
	record?: string;
	/** Dotted path of the field inside the record (`figures.killed`, `weapons.0.launched`). */
	field?: string;
	/** Line in the file, when the YAML parser knows it. */
	line?: number;
	message: string;
}

/** `data/x.yaml:12: kyiv: lat: a settlement needs lat and lon` */
export function formatProblem(p: Problem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	return [where, p.record, p.field, p.message].filter((part) => part !== undefined && part !== '').join(': ');
}
