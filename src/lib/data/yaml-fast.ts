/**
 * The fast path for reading record files. The `yaml` package keeps every node's position,
 * which Salvo needs to say on which line a problem is, but it parses about eight times slower
 * than js-yaml, and years of nightly records are hundreds of megabytes of YAML. So files are
 * parsed with js-yaml first; only a file with a problem is parsed again with `yaml` to find
 * lines (see load.server.ts). Both read YAML 1.2's core schema, so dates stay strings.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

// anchors and aliases: js-yaml shares aliased nodes and has no alias-count limit, while the
// `yaml` package refuses runaway alias expansion ("billion laughs"); such files take the slow path
const anchorOrAlias = /(?:^|[\s[{,:-])[&*][^\s]/m;

/**
 * The value of a YAML text, or `undefined` when it should be read by the careful parser
 * instead: a syntax error, a duplicate key, anchors or aliases.
 */
export function parseFast(text: string): { value: unknown } | undefined {
	if (anchorOrAlias.test(text)) return undefined;
	try {
		return { value: load(text, { schema: CORE_SCHEMA }) };
	} catch {
		return undefined;
	}
}
