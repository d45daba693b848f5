/**
 * How deeply a YAML text nests, measured before any parser sees it. Both parsers recurse, and
 * the careful one keeps every node: a 20 MB file of `[[[[…` ran the data check out of memory at
 * 4.3 GB without naming the file, and the build at 4.9 GB (issue 24). A record is a few levels
 * deep (an attack, its claims, a claim's figures or weapons), so anything past `maxDepth` is
 * refused by name, in one pass over the text and in constant memory.
 */

/** Deepest nesting a record file may have: records use five levels or so. */
export const maxDepth = 40;
/** Widest indentation a line may have, in columns (spaces, and `- ` or `? ` that open a level). */
export const maxIndent = 200;

/** Fewer opening brackets than the bound: then no nesting of them can pass it. */
function fewBrackets(text: string): boolean {
	let n = 0;
	for (const open of ['[', '{']) {
		for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) if (++n > maxDepth) return false;
	}
	return true;
}
const deepIndent = new RegExp(`^[ ?-]{${maxIndent + 1}}`, 'm');

/** The line and depth where a text first nests too deeply; `undefined` when it does not. */
export function nestingProblem(text: string): { line: number; message: string } | undefined {
	// most record files are block YAML with a few brackets: two native searches clear them
	if (fewBrackets(text) && !deepIndent.test(text)) return undefined;
	let depth = 0; // open flow brackets
	let line = 1;
	let lineStart = true; // still in a line's indentation and block markers
	let indent = 0;
	let quote = ''; // the quote a quoted scalar opened, or ''
	let previous = '\n'; // the last character outside quotes that was not a space
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') {
			line++;
			lineStart = true;
			indent = 0;
			if (!quote) previous = '\n';
			continue;
		}
		if (quote) {
			if (quote === '"' && c === '\\') i++;
			else if (c === quote) {
				// '' inside single quotes is an escaped quote, not the end
				if (quote === "'" && text[i + 1] === "'") i++;
				else quote = '';
			}
			continue;
		}
		if (lineStart) {
			if (c === ' ' || ((c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n'))) {
				if (++indent > maxIndent) {
					return { line, message: `YAML: indented or nested more than ${maxIndent} columns deep; a record is a few levels deep` };
				}
				continue;
			}
			lineStart = false;
		}
		if (c === '#' && (previous === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
			// a comment runs to the end of the line
			const end = text.indexOf('\n', i);
			if (end < 0) break;
			i = end - 1;
			continue;
		}
		// a quote opens a quoted scalar only where a value starts: `it's` is plain text
		if ((c === '"' || c === "'") && '\n:-,[{?'.includes(previous)) {
			quote = c;
			continue;
		}
		if (c === '[' || c === '{') {
			if (++depth > maxDepth) {
				return { line, message: `YAML: brackets nested more than ${maxDepth} deep; a record is a few levels deep` };
			}
		} else if ((c === ']' || c === '}') && depth > 0) depth--;
		if (c !== ' ' && c !== '\t') previous = c;
	}
	return undefined;
}
