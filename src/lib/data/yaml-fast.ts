/**
 * The fast path for reading record files. The `yaml` package keeps every node's position,
 * which Salvo needs to say on which line a problem is, but it parses about eight times slower
 * than js-yaml, and years of nightly records are hundreds of megabytes of YAML. So files are
 * parsed with js-yaml first; only a file with a problem is parsed again with `yaml` to find
 * lines (see load.server.ts). Both read YAML 1.2's core schema, so dates stay strings.
 */
import { load } from 'js-yaml';
import { plainNumbersSchema } from './yaml-numbers.ts';

// anchors and aliases: js-yaml shares aliased nodes and has no alias-count limit, while the
// `yaml` package refuses runaway alias expansion ("billion laughs"); such files take the slow path
const anchorOrAlias = /(?:^|[\s[{,:-])[&*][^\s]/m;

/**
 * The value of a YAML text; its error and line when js-yaml refused it (a syntax error, a
 * duplicate key), for the careful parser to report or, in a file too large for that one, to be
 * reported as it is; `undefined` for anchors or aliases, which only the careful parser reads.
 */
export function parseFast(text: string): { value: unknown } | { error: string; line?: number } | undefined {
	if (anchorOrAlias.test(text)) return undefined;
	try {
		// hex, octal and exponent numbers stay text: see yaml-numbers.ts
		return { value: load(text, { schema: plainNumbersSchema }) };
	} catch (error) {
		const e = error as { reason?: string; mark?: { line?: number }; message?: string };
		const line = e.mark?.line;
		return { error: e.reason ?? String(e.message).split('\n')[0], line: line === undefined ? undefined : line + 1 };
	}
}
