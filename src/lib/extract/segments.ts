/**
 * Cuts a text into plain runs and the numbers extraction found, so the page can highlight
 * them with text nodes only (never HTML built from the pasted text).
 */
import type { NumberRole } from './extract.ts';

export interface Segment {
	text: string;
	role?: NumberRole['role'];
	reason?: string;
	candidate?: string;
}

export function segments(text: string, numbers: NumberRole[]): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const n of [...numbers].sort((a, b) => a.start - b.start)) {
		if (n.start < at || n.end > text.length || n.role === 'other') continue;
		if (n.start > at) out.push({ text: text.slice(at, n.start) });
		out.push({ text: text.slice(n.start, n.end), role: n.role, reason: n.reason, candidate: n.candidate });
		at = n.end;
	}
	if (at < text.length) out.push({ text: text.slice(at) });
	return out;
}
