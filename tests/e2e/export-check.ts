/**
 * What a chart's data table must say, computed from the JSON export independently of the
 * app's code: per night and source, the largest figure per attack, summed over attacks. Only
 * exact figures are summed here; nights where a source qualified a figure are skipped.
 */
export interface ExportedClaim {
	attack: string;
	date: string;
	source: string;
	figures: Record<string, { value: number; qualifier: string } | undefined>;
}

export function expectedExact(
	claims: ExportedClaim[],
	sourceNames: Map<string, string>,
	metric: string
): (readonly [date: string, source: string, value: number])[] {
	const best = new Map<string, Map<string, number>>();
	const qualified = new Set<string>();
	for (const c of claims) {
		const f = c.figures[metric];
		if (!f) continue;
		const key = `${c.date}|${sourceNames.get(c.source)}`;
		if (f.qualifier !== 'exact') qualified.add(key);
		const byAttack = best.get(key) ?? new Map<string, number>();
		byAttack.set(c.attack, Math.max(byAttack.get(c.attack) ?? -1, f.value));
		best.set(key, byAttack);
	}
	return [...best]
		.filter(([key]) => !qualified.has(key))
		.map(([key, attacks]) => {
			const [date, source] = key.split('|');
			return [date, source, [...attacks.values()].reduce((a, b) => a + b, 0)] as const;
		});
}
