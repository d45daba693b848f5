import type { Lang } from './index.ts';

const collators = new Map<Lang, Intl.Collator>();

/** The reader's alphabetical order ("Čerkasy" next to "Cherkasy", case and accents aside). */
export function collator(lang: Lang): Intl.Collator {
	let c = collators.get(lang);
	if (!c) collators.set(lang, (c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })));
	return c;
}

/** A copy of `items` sorted by their `name` in the reader's language. */
export function byName<T extends { name: string }>(lang: Lang, items: readonly T[]): T[] {
	const compare = collator(lang).compare;
	return [...items].sort((a, b) => compare(a.name, b.name));
}
