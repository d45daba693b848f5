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

/** Longest record, field or message a problem carries: a 10 MB id must not become a 10 MB report. */
const maxPart = 300;

const cut = (text: string) => (text.length > maxPart ? `${text.slice(0, maxPart)}… (${text.length} characters)` : text);

/** The problem with every part cut to a readable length. */
export function boundProblem(p: Problem): Problem {
	return {
		...p,
		...(p.record === undefined ? {} : { record: cut(p.record) }),
		...(p.field === undefined ? {} : { field: cut(p.field) }),
		message: cut(p.message)
	};
}
