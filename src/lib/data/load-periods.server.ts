/**
 * Reads the period claims (`data/periods/YYYY/*.yaml`, each file a list of them) for the
 * loader in load.server.ts, with the same reporting: every problem names file, record and
 * field, and the valid records are kept beside them. Kept apart from the nightly loader so
 * that either can change without the other.
 */
import { basename, dirname } from 'node:path';
import { PeriodClaim } from '../schema/period.ts';
import type { Problem } from './problems.ts';
import { issuesToProblems, readYaml, yamlFiles, type IdRef } from './load.server.ts';
import type { EntryProblem } from './record-files.server.ts';

export interface PeriodContext {
	/** Files read so far: the period files are added. */
	files: string[];
	/** Where problems go. */
	problems: Problem[];
	/** The ids the list files define, for unknown-id checks. */
	sources: IdRef[];
	articles: IdRef[];
	/** The day validation treats as today: periods ending after it are in the future. */
	today: string;
}

/** Reads every period file below `dir` (absent folder: no periods). */
export function readPeriods(dir: string, rel: (path: string) => string, context: PeriodContext): PeriodClaim[] {
	const { problems } = context;
	const sources = new Set(context.sources.map((r) => r.id));
	const articles = new Set(context.articles.map((r) => r.id));
	const seen = new Map<string, string>();
	const periods: PeriodClaim[] = [];
	// links to nothing, pipes and .YAML names are problems here too; links stay in the data folder
	const unreadable: EntryProblem[] = [];
	const found = yamlFiles(dir, dirname(dir), unreadable);
	problems.push(...unreadable.map((u) => ({ file: rel(u.path), message: u.message })));
	for (const path of found) {
		const file = rel(path);
		context.files.push(file);
		const parsed = readYaml(path, file, problems);
		if (!parsed || parsed.value === null || parsed.value === undefined) continue;
		if (!Array.isArray(parsed.value)) {
			problems.push({ file, message: 'must be a list of period claims (each starting with "- id: ...")' });
			continue;
		}
		const folder = basename(dirname(path));
		parsed.value.forEach((item: unknown, index: number) => {
			const raw = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
			const id = typeof raw.id === 'string' ? raw.id : undefined;
			const record = id ?? `#${index + 1}`;
			const at = (field: string, message: string) =>
				problems.push({ file, record, field, line: parsed.lineOf([index, field]), message });
			if (id) {
				const first = seen.get(id);
				if (first) at('id', `duplicate period claim id (first in ${first})`);
				else seen.set(id, file);
			}
			// unknown ids are reported even when the record has other problems: all at once
			for (const [field, known] of [
				['source', sources],
				['compare_with', sources],
				['article', articles]
			] as const) {
				const value = raw[field];
				if (typeof value === 'string' && !known.has(value)) at(field, `unknown ${field === 'article' ? 'article' : 'source'} "${value}"`);
			}
			const result = PeriodClaim.safeParse(item);
			if (!result.success) {
				problems.push(...issuesToProblems(result.error.issues, file, record, [index], parsed));
				return;
			}
			const period = result.data;
			if (period.to > context.today) at('to', `${period.to} is in the future`);
			else if (/^\d{4}$/.test(folder) && folder !== period.to.slice(0, 4)) {
				at('to', `is in folder ${folder} but ends in ${period.to.slice(0, 4)} (a period is filed under the year of its last night)`);
			}
			periods.push(period);
		});
	}
	return periods;
}
