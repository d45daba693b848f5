/**
 * `--format ua-air-force-daily`: imports the Air Force daily table into a data folder. Every
 * step runs in memory and the result is validated before a single file is written, so a
 * failed import leaves the folder as it was.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { interruptedImport } from './write-folder.ts';
import { buildClaims, type Built } from './claims.ts';
import { readDailyTable } from './daily-table.ts';
import { readFolder } from './folder.ts';
import { planImport, type Plan } from './merge.ts';
import { importedFolderFailures } from './validate-copy.ts';
import { readTableFile, tableFailures } from './table-input.ts';
import { writePlannedFiles } from './write-files.ts';
import { startOutcome, type ImportOutcome } from './outcome.ts';
import {
	checkAgainstModels,
	classify,
	indexCatalogue,
	normaliseModel,
	readModelsTable,
	type ModelInfo
} from './weapon-catalogue.ts';

export interface ImportOptions {
	/** The daily table (`missile_attacks_daily.csv`). */
	table: string;
	/** The publisher's models table (`missiles_and_uavs.csv`), to check the catalogue against. */
	models?: string;
	/** The data folder to import into. */
	into: string;
	/** Plan and validate, but write nothing. */
	dryRun?: boolean;
	/** Import a table that looks older than the folder's (see merge.ts `checkCopy`). */
	allowOlder?: boolean;
	/** Import a table that lacks many of the folder's posts. */
	allowPartial?: boolean;
	/** Replace hand-curated figures that differ from the table's. */
	overwriteCurated?: boolean;
	/** Called as the import goes: a phase, and for the rows how many are done. */
	onProgress?: (phase: string, done?: number, total?: number) => void;
}

export interface ImportResult extends ImportOutcome {
	/** Rows and posts imported (of the channels the importer attributes). */
	importedRows: number;
	posts: number;
	built?: Built;
	plan?: Plan;
}

export function importUaAirForceDaily(options: ImportOptions): ImportResult {
	const into = resolve(options.into);
	const { result, done } = startOutcome<Omit<ImportResult, keyof ImportOutcome>>(options.table, into, {
		importedRows: 0,
		posts: 0
	});
	const progress = options.onProgress ?? (() => {});

	progress('reading the table');
	const file = readTableFile(options.table);
	if ('failure' in file) {
		result.failures.push(file.failure);
		return done();
	}
	const table = readDailyTable(file.bytes, (n, total) => progress('checking rows', n, total));
	result.rows = table.dataRows;
	result.failures.push(...tableFailures(options.table, table.problems));
	if (table.dataRows === 0 && table.problems.length === 0)
		result.failures.push(`${options.table}: has a header but no rows`);
	if (table.rows.length === 0) return done();

	const interrupted = interruptedImport(into);
	if (interrupted) {
		result.failures.push(
			`${into}: missing, and an interrupted import left the folder whole at ${interrupted}: rename it back to ${into} and import again`
		);
		return done();
	}
	if (!existsSync(into) || !statSync(into).isDirectory()) {
		result.failures.push(`${into}: no such data folder`);
		return done();
	}
	progress('reading the data folder');
	const folder = readFolder(into);
	const catalogue = indexCatalogue(folder.dataset.weapons);
	result.failures.push(...catalogue.problems);
	if (folder.dataset.weapons.length === 0)
		result.failures.push(
			`${join(into, 'weapons.yaml')}: no weapon types to classify the table's models with`
		);

	let models: ModelInfo[] = [];
	if (options.models) {
		let text: string | undefined;
		try {
			text = readFileSync(options.models, 'utf8');
		} catch (error) {
			result.failures.push(
				`${options.models}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`
			);
		}
		if (text !== undefined) {
			const read = readModelsTable(text);
			if (read.problem) result.failures.push(`${options.models}: ${read.problem}`);
			models = read.models;
			result.failures.push(...checkAgainstModels(models, catalogue).map((m) => `${options.models}: ${m}`));
			const unknown = models.filter((m) => !classify(m.model, catalogue)).map((m) => `"${m.model}"`);
			if (unknown.length > 0) {
				result.warnings.push(
					`models of ${options.models} not in weapons.yaml (not in the daily table either, or reported below): ${unknown.join(', ')}`
				);
			}
		}
	}

	progress('building claims');
	const built = buildClaims(table.rows, catalogue);
	result.built = built;
	for (const [model, lines] of built.unknownModels) {
		const info = models.find((m) => normaliseModel(m.model) === normaliseModel(model));
		const hint = info ? `; the models table calls it "${info.tableCategory}"` : '';
		result.failures.push(
			`unknown model "${model}" (${countLines(lines)}${hint}): add it to ${join(into, 'weapons.yaml')}, with this spelling as an alias`
		);
	}
	result.posts = built.posts.length;
	result.importedRows = built.claims.reduce((n, c) => n + c.lines.length, 0);
	describeBuilt(built, result.warnings);
	if (result.failures.length > 0) return done();

	progress('merging into the folder');
	const plan = planImport(folder, built, {
		allowOlder: options.allowOlder,
		allowPartial: options.allowPartial,
		overwriteCurated: options.overwriteCurated
	});
	result.plan = plan;
	result.warnings.push(...plan.warnings);
	result.failures.push(...plan.failures);
	if (result.failures.length > 0) return done();

	progress('validating the result');
	// nothing to write, nothing to check: the folder stays as it is
	result.failures.push(...importedFolderFailures(into, plan.files, folder.problems));
	if (result.failures.length > 0) return done();
	if (folder.problems.length > 0) {
		result.warnings.push(
			`the folder already had ${folder.problems.length} problem${folder.problems.length > 1 ? 's' : ''} of its own (npm run check:data lists them); the import adds none`
		);
	}

	if (!options.dryRun && plan.files.size > 0) {
		progress('writing');
		const files = writePlannedFiles(into, plan.files);
		result.written = files.written;
		result.deleted = files.deleted;
	}
	return done();
}

/** `line 5` or `lines 5, 9, 12 and 40 more`. */
export function countLines(lines: number[], show = 5): string {
	if (lines.length === 1) return `line ${lines[0]}`;
	const shown = lines.slice(0, show).join(', ');
	return `lines ${shown}${lines.length > show ? ` and ${lines.length - show} more` : ''}`;
}

function describeBuilt(built: Built, warnings: string[]): void {
	for (const [channel, { reason, lines }] of [...built.skipped].sort(
		(a, b) => b[1].lines.length - a[1].lines.length
	)) {
		warnings.push(
			`not imported: ${lines.length} row${lines.length > 1 ? 's' : ''} of "${channel}" (${countLines(lines)}): ${reason}`
		);
	}
	for (const { line, first } of built.duplicates)
		warnings.push(`line ${line} repeats line ${first} cell for cell: counted once, not twice`);
	if (built.unmappedPlaces.size > 0) {
		const parts = [...built.unmappedPlaces]
			.sort((a, b) => b[1].length - a[1].length)
			.map(([name, lines]) => `"${name}" (${countLines(lines, 3)})`);
		warnings.push(`place names that map to no Ukrainian region, left out of places: ${parts.join('; ')}`);
	}
	if (built.notRegions.size > 0) {
		const parts = [...built.notRegions].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ×${n}`);
		warnings.push(
			`names that stand for no region (the country, a zone), left out of places: ${parts.join(', ')}`
		);
	}
	const split = built.posts.filter((p) => p.nights.length > 1);
	if (split.length > 0) {
		const examples = split.slice(0, 3).map((p) => `${p.reference} (${p.nights.join(', ')})`);
		warnings.push(
			`${split.length} posts have rows for several nights and give one claim per night, e.g. ${examples.join('; ')}`
		);
	}
	for (const { line, message } of built.inconsistent)
		warnings.push(`line ${line}: ${message.replace(/^Its row/, 'the row')}`);
}
