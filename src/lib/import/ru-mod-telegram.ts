/**
 * `--format ru-mod-telegram`: imports the Russian MoD's Telegram statements on Ukrainian
 * drones (`mod_russia_statements.csv`) into a data folder, attacker UA. As for the Air Force
 * table, everything is worked out in memory and validated with the site's own loader before a
 * single file is written (validate-copy.ts), so a failed import leaves the folder as it was;
 * the same table imported twice changes no byte.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFolder } from './folder.ts';
import { buildStatements, type Built } from './ru-mod/build.ts';
import { planFiles, type FilePlan } from './ru-mod/files.ts';
import { readPostTable } from './ru-mod/table.ts';
import { moscowMinutesOfUtc } from './ru-mod/window.ts';
import { readTableFile, tableFailures } from './table-input.ts';
import { importedFolderFailures } from './validate-copy.ts';
import { writePlannedFiles } from './write-files.ts';
import { startOutcome, type ImportOutcome } from './outcome.ts';

export interface RuModOptions {
	table: string;
	into: string;
	dryRun?: boolean;
	onProgress?: (phase: string) => void;
}

export interface RuModResult extends ImportOutcome {
	built?: Built;
	plan?: FilePlan;
}

export function importRuModTelegram(options: RuModOptions): RuModResult {
	const into = resolve(options.into);
	const progress = options.onProgress ?? (() => {});
	const { result, done } = startOutcome<Omit<RuModResult, keyof ImportOutcome>>(options.table, into, {});
	progress('reading the table');
	const file = readTableFile(options.table);
	if ('failure' in file) {
		result.failures.push(file.failure);
		return done();
	}
	const table = readPostTable(file.bytes);
	result.rows = table.dataRows;
	result.failures.push(...tableFailures(options.table, table.problems));
	if (table.dataRows === 0 && table.problems.length === 0)
		result.failures.push(`${options.table}: has a header but no rows`);
	if (result.failures.length > 0) return done();
	if (!existsSync(into) || !statSync(into).isDirectory()) {
		result.failures.push(`${into}: no such data folder`);
		return done();
	}

	progress('reading the statements');
	const built = buildStatements(table.rows, moscowMinutesOfUtc);
	result.built = built;
	progress('reading the data folder');
	const folder = readFolder(into);
	if (!folder.dataset.sources.some((s) => s.id === 'ru-mod'))
		result.failures.push(`${join(into, 'sources.yaml')}: has no source "ru-mod" (the Russian MoD) to cite`);
	if (result.failures.length > 0) return done();

	progress('planning the files');
	let plan: FilePlan;
	try {
		plan = planFiles(folder, built);
	} catch (error) {
		result.failures.push((error as Error).message);
		return done();
	}
	result.plan = plan;
	for (const [code, n] of [...plan.missingPlaces].sort())
		result.warnings.push(
			`no region place for ${code} in the folder: left out of the places of ${n} claim${n > 1 ? 's' : ''} (add it, e.g. to places/ru-regions.yaml)`
		);

	progress('validating the result');
	result.failures.push(...importedFolderFailures(into, plan.files, folder.problems));
	if (result.failures.length > 0) return done();
	if (!options.dryRun) {
		progress('writing');
		const written = writePlannedFiles(into, plan.files);
		result.written = written.written;
		result.deleted = written.deleted;
	}
	return done();
}
