import { z } from 'zod';
import { Country, Id, IsoDate, Note, Prose, Quote } from './common.ts';
import { Figure, type QualifiedFigure } from './figure.ts';
import { periodMetrics, type Metric, type PeriodMetric } from './metrics.ts';
import { checkParts } from './attack.ts';

/** The longest span a period claim may cover: a year of nights (a leap year's). */
export const maxPeriodNights = 366;

const dayNumber = (date: string) =>
	Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/** Nights from `from` to `to`, both included (1 for a single night). */
export const nightsIn = (from: string, to: string): number => dayNumber(to) - dayNumber(from) + 1;

/**
 * One source's figures for a span of nights: a weekly tally, a monthly count, a monthly
 * casualty update. `from` and `to` are Kyiv nights (see data/README.md, "Dating a night"),
 * both included; the reconciliation sums the nightly claims over exactly those nights.
 */
export const PeriodClaim = z
	.strictObject({
		/** Unique among the period claims. */
		id: Id,
		source: Id,
		article: Id,
		/** Who attacked: the president's tally counts Russia's strikes, the Russian MoD's Ukraine's. */
		attacker: Country,
		/** The first night of the period. */
		from: IsoDate,
		/** The last night of the period (the president's week ends on the day he speaks). */
		to: IsoDate,
		/** How the nights were worked out when the article does not give them ("this week", "in September"). */
		period_note: Prose.optional(),
		/** The shortest phrase, in the original language, that carries the figures. */
		quote: Quote,
		figures: z.partialRecord(z.enum(periodMetrics), Figure),
		/** The source whose nightly claims the figures are checked against, when not the claim's own (the Air Force for the president's tally). */
		compare_with: Id.optional(),
		note: Note.optional()
	})
	.superRefine((period, ctx) => {
		if (period.to < period.from) {
			ctx.addIssue({ code: 'custom', path: ['to'], message: `${period.to} is before from (${period.from})` });
		} else if (nightsIn(period.from, period.to) > maxPeriodNights) {
			ctx.addIssue({
				code: 'custom',
				path: ['to'],
				message: `the period runs ${nightsIn(period.from, period.to)} nights: at most ${maxPeriodNights} (a typo in a year?)`
			});
		}
		const figures = period.figures as Partial<Record<PeriodMetric, QualifiedFigure>>;
		if (Object.keys(figures).length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['figures'],
				message: 'a period claim needs at least one figure'
			});
		}
		checkParts(figures as Partial<Record<Metric, QualifiedFigure>>, ctx);
	});
export type PeriodClaim = z.infer<typeof PeriodClaim>;
export type PeriodClaimInput = z.input<typeof PeriodClaim>;
