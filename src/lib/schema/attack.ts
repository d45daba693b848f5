import { z } from 'zod';
import { Country, Id, IsoDate, Note, Prose, Quote } from './common.ts';
import { DatePrecision } from './article.ts';
import { Figure, type QualifiedFigure } from './figure.ts';
import { metrics, partOf, type Metric } from './metrics.ts';

const Figures = z.partialRecord(z.enum(metrics), Figure);

/** Reports each part greater than its whole (intercepted over launched, ...) when both are exact. */
export function checkParts(figures: Partial<Record<Metric, QualifiedFigure>>, ctx: z.RefinementCtx): void {
	for (const [part, whole] of partOf) {
		const a = figures[part];
		const b = figures[whole];
		if (a?.qualifier === 'exact' && b?.qualifier === 'exact' && a.value > b.value) {
			ctx.addIssue({
				code: 'custom',
				path: ['figures', part],
				message: `${part} (${a.value}) is greater than ${whole} (${b.value})`
			});
		}
	}
}

/** One weapon type's figures within a claim: "200 Shahed ... neutralised electronically". */
export const WeaponFigures = z.strictObject({
	weapon: Id,
	launched: Figure.optional(),
	intercepted: Figure.optional(),
	suppressed: Figure.optional()
});
export type WeaponFigures = z.infer<typeof WeaponFigures>;

/**
 * How a claim stands to an earlier claim of the same source on the same attack, when a source
 * posted more than once about one night: a `later_report` of the same wave supersedes the
 * earlier claim's figures (which stay visible as an earlier report); a `second_wave` reports
 * other launches, so its figures add to the earlier claim's. `why` says what told them apart.
 */
export const FollowsKind = z.enum(['later_report', 'second_wave']);
export type FollowsKind = z.infer<typeof FollowsKind>;
export const Follows = z.strictObject({
	/** Id of the earlier claim, in the same attack and of the same source. */
	claim: Id,
	as: FollowsKind,
	why: Prose
});
export type Follows = z.infer<typeof Follows>;

/**
 * One source's figures for one attack, cited to one article. A metric that is absent was not
 * said; a claim may give no figure at all (an official confirming that air defence was active).
 */
export const Claim = z
	.strictObject({
		/** Unique within its attack; `attack-id/claim-id` is unique everywhere. */
		id: Id,
		source: Id,
		article: Id,
		/** The places this claim speaks for, when fewer than the attack's (a mayor speaks for one city); `[]` when it names none. */
		places: z.array(Id).optional(),
		/** The shortest phrase, in the original language, that carries the figures. */
		quote: Quote,
		figures: Figures.default({}),
		/** The same figures broken down by weapon type, when the source gives them. */
		weapons: z.array(WeaponFigures).default([]),
		/** A later report, or a second wave, after another claim of the same source on this attack. */
		follows: Follows.optional(),
		note: Note.optional()
	})
	.superRefine((claim, ctx) => {
		checkParts(claim.figures as Partial<Record<Metric, QualifiedFigure>>, ctx);
		claim.weapons.forEach((w, i) => {
			for (const [part, whole] of [
				['intercepted', 'launched'],
				['suppressed', 'intercepted']
			] as const) {
				const a = w[part];
				const b = w[whole];
				if (a?.qualifier === 'exact' && b?.qualifier === 'exact' && a.value > b.value) {
					ctx.addIssue({
						code: 'custom',
						path: ['weapons', i, part],
						message: `${part} (${a.value}) is greater than ${whole} (${b.value}) for ${w.weapon}`
					});
				}
			}
		});
	});
export type Claim = z.infer<typeof Claim>;

/** One strike or one night of strikes by one side, with every claim about it. */
export const Attack = z
	.strictObject({
		/** `YYYY-MM-DD-slug`, the same as the file name. */
		id: Id,
		/** The night the attack belongs to, in Kyiv time, dated by the morning it ends. */
		date: IsoDate,
		date_precision: DatePrecision,
		/** How the date was worked out, when it was inferred. */
		date_note: Prose.optional(),
		attacker: Country,
		/** Places hit or targeted; empty when no source names one (a nationwide Air Force tally). */
		places: z.array(Id).default([]),
		/** Weapon types named for the attack as a whole. */
		weapons: z.array(Id).default([]),
		summary: z.strictObject({ en: Prose, it: Prose.optional() }).optional(),
		claims: z.array(Claim).min(1, { message: 'an attack needs at least one claim' })
	})
	.superRefine((attack, ctx) => {
		// `follows` names an earlier claim of the same source in this attack, and never loops
		const byId = new Map(attack.claims.map((c) => [c.id, c]));
		attack.claims.forEach((claim, i) => {
			const follows = claim.follows;
			if (!follows) return;
			const path = ['claims', i, 'follows', 'claim'];
			const earlier = byId.get(follows.claim);
			if (!earlier)
				ctx.addIssue({ code: 'custom', path, message: `no claim "${follows.claim}" in this attack` });
			else if (earlier === claim)
				ctx.addIssue({ code: 'custom', path, message: 'a claim cannot follow itself' });
			else if (earlier.source !== claim.source)
				ctx.addIssue({
					code: 'custom',
					path,
					message: `claim "${follows.claim}" is of source "${earlier.source}", not "${claim.source}": only a source's own claims follow each other`
				});
			else {
				const seen = new Set<string>([claim.id]);
				for (let next = earlier.follows; next; next = byId.get(next.claim)?.follows) {
					if (seen.has(next.claim)) {
						ctx.addIssue({ code: 'custom', path, message: 'claims follow each other in a loop' });
						break;
					}
					seen.add(next.claim);
				}
			}
		});
	});
export type Attack = z.infer<typeof Attack>;
/** An attack file as written by a curator, before normalisation. */
export type AttackInput = z.input<typeof Attack>;
