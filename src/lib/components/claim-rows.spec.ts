import { resolve } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AttackSection from './AttackSection.svelte';
import { loadDataset } from '../data/load.server.ts';
import { denseNightClaims, nightDetail } from '../data/nights.ts';
import { figureWords, t } from '../i18n/index.ts';
import { metrics } from '../schema/metrics.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../../data'));
// the recorded attack with the most claims, repeated on one night until the night is dense
const busiest = [...dataset.attacks].sort((a, b) => b.claims.length - a.claims.length)[0];
const copies = Math.ceil((denseNightClaims + 1) / busiest.claims.length);
const denseData = {
	...dataset,
	attacks: Array.from({ length: copies }, (_, k) => ({ ...busiest, id: `${busiest.id}-${k}` }))
};

/** The text of an HTML fragment as a reader sees it: tags dropped, entities of the renderer undone, spaces collapsed. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

describe('a dense night: claims one per row', () => {
	it('is dense only above the threshold: every recorded night shows cards', () => {
		for (const date of new Set(dataset.attacks.map((a) => a.date))) {
			expect(nightDetail(dataset, date, 'en')!.dense).toBe(false);
		}
		expect(nightDetail(denseData, busiest.date, 'en')!.dense).toBe(true);
	});

	for (const lang of ['en', 'it'] as const) {
		it(`gives every claim a row with its source, figures, words, types and article (${lang})`, () => {
			const night = nightDetail(denseData, busiest.date, lang)!;
			const attack = night.attacks[0];
			const { body } = render(AttackSection, { props: { attack, lang, dense: true } });
			expect(body).not.toContain('claim-card');
			const rows = body.split(/<tr id="claim-/).slice(1);
			expect(rows).toHaveLength(attack.claimDetails.length);
			attack.claimDetails.forEach((claim, i) => {
				const row = rows[i].slice(0, rows[i].indexOf('</tr>'));
				expect(row.startsWith(`${attack.id}-${claim.id}"`)).toBe(true);
				const words = text(row);
				expect(words).toContain(claim.source.name);
				expect(words).toContain(claim.quote.replace(/\s+/g, ' '));
				for (const w of claim.weapons) {
					const given = (['launched', 'intercepted', 'suppressed'] as const).filter((k) => w[k]);
					const said = given.map(
						(k) => `${t(lang, `attack.${k}`).toLowerCase()} ${figureWords(lang, w[k]!)}`
					);
					expect(words).toContain(`${w.weapon}: ${said.join(', ')}`);
				}
				if (claim.article.url) {
					expect(row).toContain(
						`href="${claim.article.url.replace(/&/g, '&amp;')}" rel="noopener noreferrer"`
					);
				}
				// one cell per metric any claim gives, in the order of the comparison: the figure as
				// the source qualified it, or "not said" (never a zero)
				const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]).trim());
				expect(cells).toHaveLength(attack.comparison.length + 1);
				attack.comparison.forEach((c, m) => {
					const figure = claim.figures[c.metric];
					expect(cells[m]).toBe(figure ? figureWords(lang, figure) : t(lang, 'attack.notSaid'));
				});
			});
			// the columns follow the metrics as the comparison orders them
			const head = text(body.slice(body.search(/<thead[ >]/), body.indexOf('</thead>')));
			for (const c of attack.comparison) expect(head).toContain(t(lang, `metric.${c.metric}`));
			expect(attack.comparison.map((c) => metrics.indexOf(c.metric))).toEqual(
				attack.comparison.map((c) => metrics.indexOf(c.metric)).sort((a, b) => a - b)
			);
		});
	}

	it("tells apart attacks of one night that share a heading (each section's name is unique)", () => {
		const night = nightDetail(denseData, busiest.date, 'en')!;
		const names = night.attacks.map((attack, i) => {
			const { body } = render(AttackSection, {
				props: { attack, lang: 'en', dense: true, position: { n: i + 1, of: night.attacks.length } }
			});
			return text(body.slice(body.search(/<h2[ >]/), body.indexOf('</h2>'))).trim();
		});
		expect(new Set(names).size).toBe(night.attacks.length);
		expect(names[1]).toContain(`attack 2 of ${night.attacks.length}`);
	});
});
