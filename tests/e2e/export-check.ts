/**
 * What a chart's data table must say, computed from the JSON export independently of the
 * app's code: per night and source, the figure of each attack summed over attacks. A source's
 * figure on an attack: claims that follow one another (`follows`) are one account, each wave's
 * latest report added up (a later report replaces the claim it follows); of accounts not
 * linked, the largest. Only exact figures are summed here; nights where a source qualified a
 * figure are skipped.
 */
export interface ExportedClaim {
	key: string;
	attack: string;
	date: string;
	source: string;
	figures: Record<string, { value: number; qualifier: string } | undefined>;
	follows?: { claim: string; as: 'later_report' | 'second_wave' };
}

/** One source's figure on one attack, from its claims there (see above). */
function sourceValue(claims: ExportedClaim[], metric: string): number | undefined {
	const id = (c: ExportedClaim) => c.key.slice(c.key.indexOf('/') + 1);
	const byId = new Map(claims.map((c) => [id(c), c]));
	const replaced = new Set(
		claims.filter((c) => c.follows?.as === 'later_report' && c.figures[metric]).map((c) => c.follows!.claim)
	);
	const root = (c: ExportedClaim): string => {
		for (let at = c, n = 0; n < claims.length; n++) {
			const next = at.follows && byId.get(at.follows.claim);
			if (!next) return id(at);
			at = next;
		}
		return id(c);
	};
	const accounts = new Map<string, number>();
	for (const c of claims) {
		const f = c.figures[metric];
		if (!f || replaced.has(id(c))) continue;
		accounts.set(root(c), (accounts.get(root(c)) ?? 0) + f.value);
	}
	return accounts.size ? Math.max(...accounts.values()) : undefined;
}

export function expectedExact(
	claims: ExportedClaim[],
	sourceNames: Map<string, string>,
	metric: string
): (readonly [date: string, source: string, value: number])[] {
	const grouped = new Map<string, Map<string, ExportedClaim[]>>();
	const qualified = new Set<string>();
	for (const c of claims) {
		const f = c.figures[metric];
		if (!f) continue;
		const key = `${c.date}|${sourceNames.get(c.source)}`;
		if (f.qualifier !== 'exact') qualified.add(key);
		const byAttack = grouped.get(key) ?? new Map<string, ExportedClaim[]>();
		byAttack.set(c.attack, [...(byAttack.get(c.attack) ?? []), c]);
		grouped.set(key, byAttack);
	}
	return [...grouped]
		.filter(([key]) => !qualified.has(key))
		.map(([key, attacks]) => {
			const [date, source] = key.split('|');
			const values = [...attacks.values()].map((cs) => sourceValue(cs, metric) ?? 0);
			return [date, source, values.reduce((a, b) => a + b, 0)] as const;
		});
}
