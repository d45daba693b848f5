/** The import's report in words: what changed, what was left out and why, what failed. */
import type { ImportResult } from './ua-air-force-daily.ts';

export function claimCounts(result: ImportResult): {
	added: number;
	changed: number;
	unchanged: number;
	removed: number;
} {
	const outcomes = result.plan?.outcomes ?? [];
	const count = (o: string) => outcomes.filter((x) => x.outcome === o).length;
	return {
		added: count('added'),
		changed: count('changed'),
		unchanged: count('unchanged'),
		removed: result.plan?.removed.length ?? 0
	};
}

export function formatSummary(result: ImportResult, dryRun = false): string {
	const lines: string[] = [];
	if (!result.ok) {
		lines.push(`import ua-air-force-daily: FAILED, nothing written to ${result.into}`);
		for (const failure of result.failures)
			lines.push(failure.startsWith('  ') ? `  ${failure}` : `  - ${failure}`);
		if (result.warnings.length > 0) {
			lines.push('  also:');
			for (const warning of result.warnings) lines.push(`  - ${warning}`);
		}
		return lines.join('\n');
	}
	const plan = result.plan!;
	const claims = claimCounts(result);
	lines.push(
		`import ua-air-force-daily: ${result.table} into ${result.into}${dryRun ? ' (dry run: nothing written)' : ''}`
	);
	lines.push(`  ${result.rows} rows; ${result.importedRows} imported from ${result.posts} posts`);
	lines.push(
		`  claims: added ${claims.added} / changed ${claims.changed} / unchanged ${claims.unchanged}` +
			(claims.removed > 0 ? ` / removed ${claims.removed} (their post moved to another night)` : '')
	);
	lines.push(`  attack files: ${plan.attackFilesCreated} new, ${plan.attackFilesUpdated} updated`);
	lines.push(
		`  articles: added ${plan.articlesAdded}, reused ${plan.articlesReused}` +
			(plan.articlesLinked > 0 ? `, given the link to their post ${plan.articlesLinked}` : '')
	);
	if (plan.changedFigures.length > 0) {
		lines.push(`  figures changed (${plan.changedFigures.length}), before → after:`);
		for (const change of plan.changedFigures) lines.push(`  - ${change}`);
	}
	if (plan.conflicts.length > 0) {
		lines.push(
			`  conflicts with hand-curated claims (${plan.conflicts.length}), kept as the curator wrote them (--overwrite-curated replaces them):`
		);
		for (const conflict of plan.conflicts) lines.push(`  - ${conflict}`);
	}
	if (plan.sourcesAdded.length > 0) lines.push(`  sources added: ${plan.sourcesAdded.join(', ')}`);
	if (plan.notInTable > 0) {
		lines.push(`  ${plan.notInTable} imported claims cite posts this table does not hold: left as they are`);
	}
	const files = dryRun ? plan.files.size : result.written.length + result.deleted.length;
	lines.push(
		`  files ${dryRun ? 'to write' : 'written'}: ${files}${result.deleted.length > 0 ? ` (${result.deleted.length} deleted)` : ''}`
	);
	if (result.warnings.length > 0) {
		lines.push('  notes:');
		for (const warning of result.warnings) lines.push(`  - ${warning}`);
	}
	lines.push(`  done in ${(result.ms / 1000).toFixed(1)} s`);
	return lines.join('\n');
}
