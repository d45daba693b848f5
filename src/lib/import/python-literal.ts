/**
 * The Air Force table was written by pandas, so some cells hold Python literals:
 * `['Kharkiv oblast', 'Sumy oblast']`. Only lists of strings are read here; the dict cells
 * (`*_details`, `border_crossing`) are not used by the importer.
 */

/**
 * Reads a Python list of string literals (single or double quotes, backslash escapes).
 * Returns undefined when the text is not such a list, so the caller can treat it as free text.
 */
export function parsePythonStringList(text: string): string[] | undefined {
	const s = text.trim();
	if (!s.startsWith('[') || !s.endsWith(']')) return undefined;
	const items: string[] = [];
	let i = 1;
	const skipSpace = () => {
		while (i < s.length && /\s/.test(s[i])) i++;
	};
	skipSpace();
	if (s[i] === ']') return i === s.length - 1 ? [] : undefined;
	for (;;) {
		skipSpace();
		const quote = s[i];
		if (quote !== "'" && quote !== '"') return undefined;
		i++;
		let item = '';
		while (i < s.length && s[i] !== quote) {
			if (s[i] === '\\' && i + 1 < s.length) i++;
			item += s[i++];
		}
		if (i >= s.length) return undefined;
		i++; // closing quote
		items.push(item);
		skipSpace();
		if (s[i] === ',') {
			i++;
			skipSpace();
			if (s[i] === ']' && i === s.length - 1) return items; // trailing comma
			continue;
		}
		return s[i] === ']' && i === s.length - 1 ? items : undefined;
	}
}
