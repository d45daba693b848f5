/**
 * Numbers only as curators read them. YAML's core schema reads an unquoted `0x1F` as 31, `0o17`
 * as 15 and `1e3` as 1000, so `killed: 0x1F` was published as 31 dead without a word (issue 24).
 * Both parsers here read those forms as text instead; the schema then refuses the text where a
 * number belongs, and `numberFormMessage` says why in a curator's words.
 */
import { CORE_SCHEMA, NOT_RESOLVED, Schema, defineScalarTag, type TagDefinition } from 'js-yaml';
import type { Tags } from 'yaml';

/** Hexadecimal, octal and exponent forms: numbers to YAML, not to a reader of the file. */
const otherForm = /^[-+]?0[xXoO]|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;

const numberTags = new Set(['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']);

/** js-yaml's core schema, with an unquoted hex, octal or exponent number left as text. */
export const plainNumbersSchema = new Schema(
	CORE_SCHEMA.tags.map((tag): TagDefinition => {
		if (tag.nodeKind !== 'scalar' || !numberTags.has(tag.tagName)) return tag;
		const resolve = tag.resolve;
		return defineScalarTag(tag.tagName, {
			...tag,
			// explicit `!!int 0x1F` too: the `yaml` package's core schema then has no reading of it either
			resolve: (source, explicit, name) => (otherForm.test(source) ? NOT_RESOLVED : resolve(source, explicit, name))
		});
	})
);

const otherFormTags = ['intHex', 'intOct', 'floatExp'];

/** For the `yaml` package (`customTags`): its core schema without the hex, octal and exponent forms. */
export function plainNumberTags(tags: Tags): Tags {
	return tags.filter((t) =>
		typeof t === 'string' ? !otherFormTags.includes(t) : !['HEX', 'OCT', 'EXP'].includes(t.format ?? '')
	);
}

/** Why a value read as text is refused where a number belongs; `undefined` when it is not such a form. */
export function numberFormMessage(value: unknown): string | undefined {
	if (typeof value !== 'string' || !otherForm.test(value.trim())) return undefined;
	const text = value.trim();
	const n = Number(text.replace(/^([-+]?)0[oO]/, '$10o'));
	const form = /0[xX]/.test(text) ? 'hexadecimal' : /0[oO]/.test(text) ? 'octal' : 'exponent form';
	const as = Number.isFinite(n) ? ` (${n})` : '';
	return `"${text.slice(0, 40)}" is a number in ${form}${as}, which YAML reads differently from a reader: write it in plain digits`;
}
