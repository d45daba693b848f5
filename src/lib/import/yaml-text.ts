/**
 * Edits YAML record files as text. Re-serialising a parsed `yaml` Document reflows what a
 * curator wrote (folded notes, aligned comments, flow-list spacing), so a one-figure
 * correction would show up as a rewrite of the whole file. Instead the Document API is used
 * to find the nodes and their byte ranges, and only the pairs and list items that change are
 * replaced: everything else, comments included, stays byte for byte.
 */
import {
	Document,
	isMap,
	parseDocument,
	isScalar,
	isSeq,
	visit,
	type Pair,
	type ParsedNode,
	type YAMLMap,
	type YAMLSeq
} from 'yaml';

/** The serialisation of everything the importer writes: no folding, `[a, b]` flow lists. */
const options = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Keys whose lists of ids are written `[a, b]` on one line, as curators write them. */
const flowKeys = new Set(['places']);

/** The YAML of a value, its `places` lists in flow style, with a final newline. */
function serialise(value: object): string {
	const doc = new Document(value);
	visit(doc, {
		Pair(_, pair) {
			if (isScalar(pair.key) && flowKeys.has(String(pair.key.value)) && isSeq(pair.value))
				pair.value.flow = true;
		}
	});
	return doc.toString(options);
}

/** A replacement of `text.slice(start, end)`; an insertion has `start === end`. */
export interface Edit {
	start: number;
	end: number;
	text: string;
}

/** A file the importer cannot edit without rewriting what a curator wrote (a flow-style claims list). */
export class EditError extends Error {}

/** Applies edits that do not overlap, from the end of the text backwards so offsets stay valid. */
export function applyEdits(text: string, edits: Edit[]): string {
	const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
	for (let i = 1; i < sorted.length; i++) {
		const later = sorted[i - 1];
		const earlier = sorted[i];
		if (earlier.end > later.start && later.end > later.start && earlier.end > earlier.start) {
			throw new Error(`overlapping edits at ${earlier.start}-${earlier.end} and ${later.start}-${later.end}`);
		}
	}
	let out = text;
	for (const edit of sorted) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return out;
}

/** `key: value` lines for a mapping, each indented, without a final newline. */
export function renderBlock(value: object, indent: number): string {
	const pad = ' '.repeat(indent);
	return serialise(value)
		.replace(/\n$/, '')
		.split('\n')
		.map((line) => (line === '' ? line : pad + line))
		.join('\n');
}

/** A list item (`- key: value` and the following keys), the dash at `dashIndent`. */
export function renderItem(value: object, dashIndent: number): string {
	const block = renderBlock(value, dashIndent + 2);
	return ' '.repeat(dashIndent) + '- ' + block.slice(dashIndent + 2);
}

/** A flow list of ids: `[ua-63, ua-32]`. */
export function renderIdList(ids: readonly string[]): string {
	return `[${ids.join(', ')}]`;
}

export function lineStart(text: string, pos: number): number {
	return text.lastIndexOf('\n', pos - 1) + 1;
}

/**
 * The end of the line `pos` is on, before its line break. After a node's content a block
 * line holds at most a comment, which belongs with that node: insertions go after it.
 */
export function lineEnd(text: string, pos: number): number {
	const at = text.indexOf('\n', pos);
	if (at < 0) return text.length;
	return text[at - 1] === '\r' ? at - 1 : at;
}

/** Where a node's content ends: after its last character, before trailing line breaks. */
export function contentEnd(text: string, node: ParsedNode): number {
	let end = node.range[1];
	while (end > node.range[0] && (text[end - 1] === '\n' || text[end - 1] === '\r' || text[end - 1] === ' '))
		end--;
	return end;
}

/** Column of the `-` that starts a block-list item whose content begins at `pos`. */
export function dashColumn(text: string, pos: number): number {
	const start = lineStart(text, pos);
	const prefix = text.slice(start, pos);
	const match = /^( *)- +$/.exec(prefix);
	if (!match) throw new EditError('expected a block list item ("- id: ...") on its own line');
	return match[1].length;
}

export function pairOf(map: YAMLMap, key: string): Pair<ParsedNode, ParsedNode | null> | undefined {
	return (map.items as Pair<ParsedNode, ParsedNode | null>[]).find(
		(p) => isScalar(p.key) && p.key.value === key
	);
}

export function blockMap(node: unknown, what: string): YAMLMap<ParsedNode, ParsedNode | null> {
	if (!isMap(node) || node.flow) throw new EditError(`${what} must be a block mapping`);
	return node as YAMLMap<ParsedNode, ParsedNode | null>;
}

export function blockSeq(node: unknown, what: string): YAMLSeq<ParsedNode> {
	if (!isSeq(node) || node.flow || node.items.length === 0)
		throw new EditError(`${what} must be a block list ("- ...")`);
	return node as YAMLSeq<ParsedNode>;
}

/** Replaces a `key: value` pair (comments after it are kept) with `rendered`, or removes it. */
export function replacePair(
	text: string,
	map: YAMLMap<ParsedNode, ParsedNode | null>,
	key: string,
	rendered: string | undefined,
	after: readonly string[]
): Edit | undefined {
	const pairs = map.items;
	const index = pairs.findIndex((p) => isScalar(p.key) && p.key.value === key);
	const column =
		(pairs[0].key as ParsedNode).range[0] - lineStart(text, (pairs[0].key as ParsedNode).range[0]);
	const endOf = (p: Pair<ParsedNode, ParsedNode | null>) => contentEnd(text, p.value ?? p.key);
	if (index >= 0) {
		const pair = pairs[index];
		// a comment after a replaced value stays; a removed pair takes its comment along
		if (rendered !== undefined)
			return { start: pair.key.range[0], end: endOf(pair), text: rendered.slice(column) };
		if (index === 0) throw new EditError(`cannot remove the first field "${key}"`);
		return { start: lineEnd(text, endOf(pairs[index - 1])), end: lineEnd(text, endOf(pair)), text: '' };
	}
	if (rendered === undefined) return undefined;
	// a new pair goes after the last of the keys that come before it in Salvo's order
	let anchor = pairs[pairs.length - 1];
	for (const name of after) {
		const found = pairs.find((p) => isScalar(p.key) && p.key.value === name);
		if (found) anchor = found;
	}
	const at = lineEnd(text, endOf(anchor));
	return { start: at, end: at, text: '\n' + rendered };
}

/** Column at which the keys of a block mapping start. */
export function keyColumn(text: string, map: YAMLMap<ParsedNode, ParsedNode | null>): number {
	const first = map.items[0].key as ParsedNode;
	return first.range[0] - lineStart(text, first.range[0]);
}

/** Whether the items of a list are separated by blank lines (the house style for records). */
export function blankSeparated(text: string, seq: YAMLSeq<ParsedNode>, fallback: boolean): boolean {
	if (seq.items.length < 2) return fallback;
	const between = text.slice(contentEnd(text, seq.items[0]), lineStart(text, seq.items[1].range[0]));
	return /\n[ \t]*\n/.test(between);
}

/** Inserts rendered items so that they come before item `index` (or at the end). */
export function insertItems(
	text: string,
	seq: YAMLSeq<ParsedNode>,
	index: number,
	rendered: string[],
	blank: boolean
): Edit {
	const gap = blank ? '\n\n' : '\n';
	if (index === 0) {
		const at = lineStart(text, seq.items[0].range[0]);
		return { start: at, end: at, text: rendered.map((r) => r + gap).join('') };
	}
	const at = lineEnd(text, contentEnd(text, seq.items[index - 1]));
	return { start: at, end: at, text: rendered.map((r) => gap + r).join('') };
}

/** Removes item `index` of a list with the blank lines and comments that lead up to it. */
export function removeItem(text: string, seq: YAMLSeq<ParsedNode>, index: number): Edit {
	const item = seq.items[index];
	if (index > 0) {
		return {
			start: lineEnd(text, contentEnd(text, seq.items[index - 1])),
			end: lineEnd(text, contentEnd(text, item)),
			text: ''
		};
	}
	let end = lineEnd(text, contentEnd(text, item));
	// the first item: take the line break and blank lines after it, so the next item moves up
	while (end < text.length && /[\n\r \t]/.test(text[end])) end++;
	end = lineStart(text, end);
	return { start: lineStart(text, item.range[0]), end, text: '' };
}

/** The splice must say exactly what was meant: re-read it and compare. */
export function verify(text: string, intended: unknown, file: string): void {
	const doc = parseDocument(text);
	if (doc.errors.length > 0 || !sameJson(doc.toJSON(), intended)) {
		throw new Error(
			`importer bug: the edit of ${file} does not read back as intended${doc.errors.length ? `: ${doc.errors[0].message}` : ''}`
		);
	}
}

/** Deep equality of parsed YAML values; key order and absent (undefined) keys do not count. */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		return (
			Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
		);
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
		const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
		return (
			ka.length === kb.length &&
			ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
		);
	}
	return false;
}
