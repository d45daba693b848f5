/**
 * Splits a text into sentences, the unit in which a number, its cue words and its speaker are
 * read together. Run-in sub-headings ("Almeno tre feriti a Kiev Il sindaco…") are split off,
 * and very long stretches without punctuation are cut so that every step stays linear. A line
 * break before a lower-case word is a wire's hard wrap, not a sentence's end.
 */

export interface Span {
	start: number;
	end: number;
}

const maxSentence = 400;

export function splitSentences(text: string): Span[] {
	const spans: Span[] = [];
	const boundary =
		/[.!?…]+["»”’)]*(?=\s|$|[\p{Lu}«"“])|»(?=\p{Lu})|\n+(?!\p{Ll})|(?<=[\p{L}\d])\s+(?=(?:Il|La|Lo|Le|Gli|Un|Una|The|Secondo|Intanto)\s+\p{Ll})/gu;
	let start = 0;
	for (const m of text.matchAll(boundary)) {
		const end = m.index + m[0].length;
		push(spans, text, start, end);
		start = end;
	}
	push(spans, text, start, text.length);
	return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
	while (end - start > maxSentence) {
		// cut at the last space before the limit, or at the limit when there is none
		const space = text.lastIndexOf(' ', start + maxSentence);
		const cut = space > start + maxSentence / 2 ? space + 1 : start + maxSentence;
		spans.push({ start, end: cut });
		start = cut;
	}
	if (text.slice(start, end).trim()) spans.push({ start, end });
}
