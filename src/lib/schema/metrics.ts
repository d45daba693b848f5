/**
 * The figures a claim may give. Any subset: a metric a claim does not give is "not said",
 * never 0. `drones_intercepted` counts shot down and suppressed together, however the source
 * words it; `drones_suppressed` is the part lost to electronic warfare, when the source
 * splits it out.
 */
export const metrics = [
	'drones_launched',
	'drones_intercepted',
	'drones_suppressed',
	'missiles_launched',
	'missiles_intercepted',
	'killed',
	'injured',
	'children_killed',
	'children_injured'
] as const;

// a plain list, no zod here: the charts and the map import it, and zod would ride along into
// every page's JavaScript (15 KB gzip); the schema builds its enum in attack.ts
export type Metric = (typeof metrics)[number];

/**
 * The figures a period claim may give: the nightly ones, and guided aerial bombs, which the
 * president's weekly tallies count but no nightly source does.
 */
export const periodMetrics = [...metrics, 'guided_bombs_launched'] as const;
export type PeriodMetric = (typeof periodMetrics)[number];

/** Pairs that must hold in one claim when both are exact: the part cannot exceed the whole. */
export const partOf: ReadonlyArray<readonly [part: Metric, whole: Metric]> = [
	['drones_intercepted', 'drones_launched'],
	['drones_suppressed', 'drones_intercepted'],
	['missiles_intercepted', 'missiles_launched'],
	['children_killed', 'killed'],
	['children_injured', 'injured']
];

/** The figures a claim may give for one weapon type. */
export const weaponMetrics = ['launched', 'intercepted', 'suppressed'] as const;
export type WeaponMetric = (typeof weaponMetrics)[number];
