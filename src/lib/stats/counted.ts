/**
 * How a source's several claims on one attack count. A claim may follow an earlier claim of
 * the same source (`follows`, written by the importer for several posts of one channel on one
 * night): a later report of the same wave supersedes the earlier claim's figure, and a second
 * wave's figure adds to it. Claims linked so are one account of the night, whose figure is the
 * sum over its waves of each wave's latest report; claims not linked (an outlet's headline and
 * its body) are separate accounts, of which the largest stands (the several-claims rule of
 * `sourceFigure`). Nothing is kept silently: the figures set aside are listed.
 */
import type { Attack, Claim } from '../schema/attack.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';
import { intervalToFigure, sumFigures } from './interval.ts';

/** One account of a source on an attack, for one metric. */
export interface Account {
	/** The sum of its standing figures. */
	figure: QualifiedFigure;
	/** Id of its first standing claim that gives the figure: where the figure is read. */
	claim: string;
	/** Ids of the claims whose figures add up to it, in claim order. */
	claims: string[];
	/** Ids of its claims superseded by a later report that gives the figure. */
	superseded: string[];
}

type Get = (claim: Claim) => QualifiedFigure | undefined;

/** A sum of figures as one figure; a bounded range ("13–30") reads as about its stated sum. */
export function addFigures(figures: readonly QualifiedFigure[]): QualifiedFigure {
	if (figures.length === 1) return figures[0];
	const interval = sumFigures(figures)!;
	return (
		intervalToFigure(interval) ?? {
			value: figures.reduce((n, f) => n + f.value, 0),
			qualifier: 'about'
		}
	);
}

/** The accounts of `claims` (one source's, on one attack) for the figure `get` reads. */
export function accountsOf(claims: readonly Claim[], get: Get): Account[] {
	const byId = new Map(claims.map((c) => [c.id, c]));
	// an account is a set of claims linked by `follows`, found by following each to its first
	const root = (claim: Claim): Claim => {
		const seen = new Set<Claim>();
		let at = claim;
		while (at.follows && !seen.has(at)) {
			seen.add(at);
			const next = byId.get(at.follows.claim);
			if (!next) break;
			at = next;
		}
		return at;
	};
	const superseded = new Set<string>();
	for (const claim of claims)
		if (claim.follows?.as === 'later_report' && get(claim)) superseded.add(claim.follows.claim);
	const groups = new Map<Claim, Claim[]>();
	for (const claim of claims) {
		const r = root(claim);
		groups.set(r, [...(groups.get(r) ?? []), claim]);
	}
	return [...groups.values()].flatMap((members): Account[] => {
		const standing = members.filter((c) => get(c) && !superseded.has(c.id));
		if (standing.length === 0) return [];
		return [
			{
				figure: addFigures(standing.map((c) => get(c)!)),
				claim: standing[0].id,
				claims: standing.map((c) => c.id),
				superseded: members.filter((c) => get(c) && superseded.has(c.id)).map((c) => c.id)
			}
		];
	});
}

/**
 * Each claim's figures as the charts count them: an account's sum on its first standing claim,
 * nothing on the others of it (superseded, or a wave already added in). Claims that follow no
 * other and are followed by none are returned as they are.
 */
export function countedFigures(attack: Attack): Map<Claim, Partial<Record<Metric, QualifiedFigure>>> {
	const out = new Map<Claim, Partial<Record<Metric, QualifiedFigure>>>();
	const linked = new Set<string>();
	for (const claim of attack.claims) {
		if (!claim.follows) continue;
		linked.add(`${claim.source}\u0000${claim.id}`);
		linked.add(`${claim.source}\u0000${claim.follows.claim}`);
	}
	for (const claim of attack.claims) out.set(claim, claim.figures);
	if (linked.size === 0) return out;
	const bySource = new Map<string, Claim[]>();
	for (const claim of attack.claims) {
		if (!linked.has(`${claim.source}\u0000${claim.id}`)) continue;
		bySource.set(claim.source, [...(bySource.get(claim.source) ?? []), claim]);
		out.set(claim, {});
	}
	for (const claims of bySource.values()) {
		const metrics = new Set(claims.flatMap((c) => Object.keys(c.figures) as Metric[]));
		for (const metric of metrics) {
			for (const account of accountsOf(claims, (c) => c.figures[metric])) {
				const claim = claims.find((c) => c.id === account.claim)!;
				out.get(claim)![metric] = account.figure;
			}
		}
	}
	return out;
}

/** Launched by weapon type, counted the same way: [claim, weapon id] → figure. */
export function countedLaunches(attack: Attack): Map<Claim, Map<string, QualifiedFigure>> {
	const out = new Map<Claim, Map<string, QualifiedFigure>>();
	const launchesOf = (claim: Claim) =>
		new Map(claim.weapons.flatMap((w) => (w.launched ? [[w.weapon, w.launched] as const] : [])));
	for (const claim of attack.claims) out.set(claim, launchesOf(claim));
	const bySource = new Map<string, Claim[]>();
	for (const claim of attack.claims)
		if (
			claim.follows ||
			attack.claims.some((c) => c.follows?.claim === claim.id && c.source === claim.source)
		)
			bySource.set(claim.source, [...(bySource.get(claim.source) ?? []), claim]);
	for (const claims of bySource.values()) {
		for (const claim of claims) out.set(claim, new Map());
		const weapons = new Set(claims.flatMap((c) => c.weapons.map((w) => w.weapon)));
		for (const weapon of weapons) {
			const get = (c: Claim) => c.weapons.find((w) => w.weapon === weapon)?.launched;
			for (const account of accountsOf(claims, get))
				out.get(claims.find((c) => c.id === account.claim)!)!.set(weapon, account.figure);
		}
	}
	return out;
}
