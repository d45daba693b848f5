/**
 * The figures that stand (one per attack and series key: see daily.ts) summed per key, night and
 * attacker, once per data set, in typed arrays. A filter on nights, attacker and source is then a
 * pass over keys × nights, however many claims there are; the claims behind a point are listed
 * only when a tooltip asks for them.
 */
import type { Interval } from './interval.ts';
import type { SeriesPoint } from './daily.ts';

/** The standing figures of one column, one per attack and key, in any order. */
export interface Standing {
	length: number;
	/** The series key, from 0 to `keys` - 1. */
	key: Int32Array;
	/** The attack's night, as an index from the first night of the data. */
	night: Int32Array;
	/** The attack's attacker, from 0 to `attackers` - 1. */
	attacker: Uint8Array;
	/** The attack, for listing claims in attack order. */
	attack: Int32Array;
	claim: Int32Array;
	lo: Float64Array;
	hi: Float64Array;
	approx: Uint8Array;
}

export class NightSums {
	readonly keys: number;
	readonly nights: number;
	readonly attackers: number;
	/** Per key, night and attacker: cell `(key * nights + night) * attackers + attacker`. */
	private readonly lo: Float64Array;
	private readonly hi: Float64Array;
	private readonly approx: Uint8Array;
	private readonly count: Int32Array;
	/** The standing figures per key and night, in attack order: from `start[k * nights + n]`. */
	private readonly start: Int32Array;
	private readonly claim: Int32Array;
	private readonly attack: Int32Array;
	private readonly attackerOf: Uint8Array;
	/** Each key's first and last night with a figure (-1 for a key with none). */
	private readonly firstOf: Int32Array;
	private readonly lastOf: Int32Array;

	constructor(standing: Standing, keys: number, nights: number, attackers: number) {
		this.keys = keys;
		this.nights = nights;
		this.attackers = attackers;
		const cells = keys * nights * attackers;
		this.lo = new Float64Array(cells);
		this.hi = new Float64Array(cells);
		this.approx = new Uint8Array(cells);
		this.count = new Int32Array(cells);
		const n = standing.length;
		// counting sort by (key, night), then by attack within one
		const start = new Int32Array(keys * nights + 1);
		for (let i = 0; i < n; i++) start[standing.key[i] * nights + standing.night[i] + 1]++;
		for (let c = 0; c < keys * nights; c++) start[c + 1] += start[c];
		const order = new Int32Array(n);
		const fill = start.slice(0, keys * nights);
		const byAttack = Int32Array.from({ length: n }, (_, i) => i).sort(
			(a, b) => standing.attack[a] - standing.attack[b]
		);
		for (const i of byAttack) order[fill[standing.key[i] * nights + standing.night[i]]++] = i;
		this.start = start;
		this.claim = new Int32Array(n);
		this.attack = new Int32Array(n);
		this.attackerOf = new Uint8Array(n);
		this.firstOf = new Int32Array(keys).fill(-1);
		this.lastOf = new Int32Array(keys).fill(-1);
		for (let j = 0; j < n; j++) {
			const i = order[j];
			this.claim[j] = standing.claim[i];
			this.attack[j] = standing.attack[i];
			this.attackerOf[j] = standing.attacker[i];
			const cell = (standing.key[i] * nights + standing.night[i]) * attackers + standing.attacker[i];
			this.lo[cell] += standing.lo[i];
			this.hi[cell] += standing.hi[i];
			this.approx[cell] |= standing.approx[i];
			this.count[cell]++;
			const k = standing.key[i];
			const night = standing.night[i];
			if (this.firstOf[k] < 0 || night < this.firstOf[k]) this.firstOf[k] = night;
			if (night > this.lastOf[k]) this.lastOf[k] = night;
		}
	}

	/**
	 * The first and last night, from `from` to `to` (night indices, inclusive), where one of
	 * `keys` has a figure by one of the attackers in `mask` (bit per attacker); undefined if none.
	 */
	bounds(keys: Iterable<number>, from: number, to: number, mask: number): [number, number] | undefined {
		let first = Infinity;
		let last = -Infinity;
		for (const k of keys) {
			if (this.firstOf[k] < 0) continue;
			const [lo, hi] = [Math.max(from, this.firstOf[k]), Math.min(to, this.lastOf[k])];
			for (let n = lo; n <= hi && n < first; n++) if (this.said(k, n, mask)) first = n;
			for (let n = hi; n >= lo && n > last; n--) if (this.said(k, n, mask)) last = n;
		}
		return first <= last ? [first, last] : undefined;
	}

	private said(k: number, n: number, mask: number): boolean {
		const cell = (k * this.nights + n) * this.attackers;
		for (let a = 0; a < this.attackers; a++) if (mask & (1 << a) && this.count[cell + a]) return true;
		return false;
	}

	/**
	 * One key's points: nights `from` to `to` summed into `periods` periods (`periodOf[n]`, the
	 * period of night n or -1), by the attackers in `mask`; undefined when no period has a figure.
	 * `ordered`: attacks are in date order, so nights in order list claims in attack order.
	 */
	points(
		k: number,
		from: number,
		to: number,
		mask: number,
		periodOf: Int32Array,
		periods: number,
		ordered: boolean
	): (SeriesPoint | undefined)[] | undefined {
		if (this.firstOf[k] < 0) return undefined;
		const lo = new Float64Array(periods);
		const hi = new Float64Array(periods);
		const approx = new Uint8Array(periods);
		const count = new Int32Array(periods);
		const firstNight = new Int32Array(periods);
		const lastNight = new Int32Array(periods);
		let any = false;
		const attackers = this.attackers;
		for (let n = Math.max(from, this.firstOf[k]); n <= Math.min(to, this.lastOf[k]); n++) {
			const p = periodOf[n];
			if (p < 0 || p >= periods) continue;
			const cell = (k * this.nights + n) * attackers;
			for (let a = 0; a < attackers; a++) {
				const c = cell + a;
				if (!(mask & (1 << a)) || !this.count[c]) continue;
				if (!count[p]) firstNight[p] = n;
				lastNight[p] = n;
				lo[p] += this.lo[c];
				hi[p] += this.hi[c];
				approx[p] |= this.approx[c];
				count[p] += this.count[c];
				any = true;
			}
		}
		if (!any) return undefined;
		const points: (SeriesPoint | undefined)[] = new Array(periods).fill(undefined);
		for (let p = 0; p < periods; p++) {
			if (!count[p]) continue;
			const interval = { lo: lo[p], hi: hi[p], approx: approx[p] === 1 };
			points[p] = new NightPoint(interval, this, k, firstNight[p], lastNight[p], mask, ordered);
		}
		return points;
	}

	/** The claims standing for key `k` on nights `from` to `to` by the attackers in `mask`, in attack order. */
	claims(k: number, from: number, to: number, mask: number, ordered: boolean): number[] {
		const found: number[] = [];
		const attacks: number[] = [];
		for (let n = from; n <= to; n++) {
			const cell = k * this.nights + n;
			for (let j = this.start[cell]; j < this.start[cell + 1]; j++) {
				if (!(mask & (1 << this.attackerOf[j]))) continue;
				found.push(this.claim[j]);
				attacks.push(this.attack[j]);
			}
		}
		if (ordered) return found;
		return found
			.map((_, i) => i)
			.sort((a, b) => attacks[a] - attacks[b])
			.map((i) => found[i]);
	}
}

/** A point whose claims are listed when read: most points are drawn, few are quoted. */
class NightPoint implements SeriesPoint {
	readonly interval: Interval;
	readonly #sums: NightSums;
	readonly #key: number;
	readonly #from: number;
	readonly #to: number;
	readonly #mask: number;
	readonly #ordered: boolean;
	constructor(
		interval: Interval,
		sums: NightSums,
		key: number,
		from: number,
		to: number,
		mask: number,
		ordered: boolean
	) {
		this.interval = interval;
		this.#sums = sums;
		this.#key = key;
		this.#from = from;
		this.#to = to;
		this.#mask = mask;
		this.#ordered = ordered;
	}
	get claims(): number[] {
		return this.#sums.claims(this.#key, this.#from, this.#to, this.#mask, this.#ordered);
	}
}
