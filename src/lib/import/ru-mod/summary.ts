/** The MoD import's report in words: posts read, statements, what was skipped or left out and why. */
import { countLines } from '../ua-air-force-daily.ts';
import type { RuModResult } from '../ru-mod-telegram.ts';
import { skipReasons } from './statement.ts';

export function formatRuModSummary(result: RuModResult, dryRun = false): string {
	const lines: string[] = [];
	const head = `import ru-mod-telegram: ${result.table} into ${result.into}`;
	if (!result.ok) {
		lines.push(`${head}: FAILED, nothing written`);
		for (const f of result.failures) lines.push(f.startsWith('  ') ? `  ${f}` : `  - ${f}`);
		return lines.join('\n');
	}
	const built = result.built!;
	const plan = result.plan!;
	lines.push(`${head}${dryRun ? ' (dry run: nothing written)' : ''}`);
	lines.push(
		`  ${result.rows} posts read; ${built.posts.length} posts with drone statements, ${built.statements} statements, ${built.attacks.length} attacks (periods of nights), ${plan.claims} claims`
	);
	const skipped = [...built.skipped].sort((a, b) => b[1].length - a[1].length);
	lines.push(`  skipped ${skipped.reduce((n, [, l]) => n + l.length, 0)} posts:`);
	for (const [reason, list] of skipped)
		lines.push(`  - ${list.length} ${skipReasons[reason]} (${countLines(list, 3)})`);
	const c = built.counts;
	lines.push(
		`  totals read from the text vs the drone_count column: ${c.agree} agree, ${c.disagree} disagree (${c.zero} where the column says 0), e.g.:`
	);
	for (const e of c.examples) lines.push(`  - ${e}`);
	if (built.left.length > 0) {
		lines.push(`  left out (never guessed): ${built.left.length} figures or items, e.g.:`);
		for (const l of built.left.slice(0, 5)) lines.push(`  - line ${l.line}: ${l.what}`);
	}
	for (const i of plan.intoCurated) lines.push(`  written into a hand-curated attack: ${i}`);
	lines.push(
		`  files: ${plan.created} new, ${plan.updated} updated, ${plan.deleted} deleted, ${plan.unchanged} unchanged`
	);
	for (const w of result.warnings) lines.push(`  - ${w}`);
	lines.push(`  done in ${(result.ms / 1000).toFixed(1)} s`);
	return lines.join('\n');
}
