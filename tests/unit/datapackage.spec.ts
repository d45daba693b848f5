/**
 * /data/datapackage.json against the Frictionless profiles, and every CSV it describes against
 * its Table Schema, on the bundled records.
 *
 * The validator: ajv (maintained) with the official Frictionless v1 profiles
 * (tests/fixtures/frictionless/, from the `datapackage` npm package). The maintained Frictionless
 * library for JavaScript (dpkit) is not on the npm registry this project installs from, and
 * `datapackage`/`tableschema` themselves are unmaintained (no release since 2021, axios 0.21
 * with published advisories, 33 MB of dependencies): their profiles are what is kept. The rows
 * are checked here against the Table Schema's types, constraints and keys, as a Frictionless
 * validator would.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/lib/data/load.server.ts';
import { eachClaimRecord } from '../../src/lib/data/claims.ts';
import { claimsCsvChunks, claimsJsonChunks } from '../../src/lib/data/export.ts';
import { dataPackage, packageResources } from '../../src/lib/publish/datapackage.ts';
import { listTables, tableCsv, tableJson, type TableField } from '../../src/lib/publish/tables.ts';
import { placesGeoJson } from '../../src/lib/publish/places-geojson.ts';
import { periodRows } from '../../src/lib/data/period-view.ts';
import { periodsCsv, periodsJson } from '../../src/lib/data/period-export.ts';

const profile = (name: string) =>
	JSON.parse(readFileSync(`tests/fixtures/frictionless/${name}.json`, 'utf8')) as Record<string, unknown>;

let data: Dataset;
/** Each download's bytes, by its path in /data, made by the functions the routes call. */
const files = new Map<string, string>();
const build = {
	version: '9.8.7',
	time: '2026-12-07T21:00:00Z',
	dataUpTo: '2026-04-20',
	dataChanged: '2026-12-07'
};

beforeAll(() => {
	const loaded = loadDataset('data');
	expect(loaded.problems).toEqual([]);
	data = loaded.dataset;
	files.set('claims.csv', [...claimsCsvChunks(eachClaimRecord(data))].join(''));
	files.set('claims.json', [...claimsJsonChunks(data, eachClaimRecord(data))].join(''));
	for (const table of listTables) {
		files.set(`${table}.csv`, tableCsv(data, table));
		files.set(`${table}.json`, tableJson(data, table));
	}
	files.set('places.geojson', JSON.stringify(placesGeoJson(data)));
	files.set('periods.csv', periodsCsv(periodRows(data)));
	files.set('periods.json', periodsJson(periodRows(data)));
}, 60_000);

/** A CSV's rows as the descriptor's dialect reads them (header row first). */
function rows(path: string): Record<string, string>[] {
	const resource = packageResources().find((r) => r.path === path) as { dialect?: { commentChar?: string } };
	const comment = resource?.dialect?.commentChar;
	// a comment only at the start of a line: a '#' inside a quote or a title is text
	return parse(files.get(path)!, { columns: true, comment, comment_no_infix: true, bom: true });
}

/** Problems of one cell against its field, as a Table Schema validator reports them. */
function cellProblem(field: TableField, cell: string): string | undefined {
	const c = field.constraints ?? {};
	if (cell === '') return c.required ? 'required' : undefined;
	if (field.type === 'integer' && !/^-?\d+$/.test(cell)) return `not an integer: ${cell}`;
	if (field.type === 'number' && !Number.isFinite(Number(cell))) return `not a number: ${cell}`;
	if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(cell)) return `not a date: ${cell}`;
	if (field.format === 'uri' && !/^https?:\/\//.test(cell)) return `not a URI: ${cell}`;
	if (c.enum && !c.enum.includes(cell)) return `not one of ${c.enum.join(', ')}: ${cell}`;
	if (c.minimum !== undefined && Number(cell) < c.minimum) return `below ${c.minimum}: ${cell}`;
	if (c.maximum !== undefined && Number(cell) > c.maximum) return `above ${c.maximum}: ${cell}`;
	if (c.maxLength !== undefined && cell.length > c.maxLength + 1) return `longer than ${c.maxLength}`; // +1: a spreadsheet-safe '
	return undefined;
}

describe('/data/datapackage.json', () => {
	it('is a valid Data Package, each CSV a valid Tabular Data Resource', () => {
		const descriptor = dataPackage(build);
		const ajv = new Ajv({ allErrors: true, strict: false });
		addFormats(ajv);
		// the profiles' hint to form editors, not a constraint
		ajv.addFormat('textarea', true);
		const valid = ajv.validate(profile('data-package'), descriptor);
		expect(ajv.errors ?? [], 'data-package profile').toEqual([]);
		expect(valid).toBe(true);
		// the validator does refuse: a licence without a name, a resource without a path
		expect(
			ajv.validate(profile('data-package'), { ...descriptor, licenses: [{ title: 'x', path: 1 }] })
		).toBe(false);
		expect(ajv.validate(profile('data-package'), { ...descriptor, resources: [{ name: 'Bad Name' }] })).toBe(
			false
		);
		const tabular = ajv.compile(profile('tabular-data-resource'));
		for (const resource of descriptor.resources.filter((r) => r.profile === 'tabular-data-resource')) {
			tabular(resource);
			expect(tabular.errors ?? [], resource.name).toEqual([]);
		}
	});

	it('names the build’s version and time, the licences and the Air Force’s chain', () => {
		const descriptor = dataPackage(build);
		expect(descriptor.version).toBe('9.8.7');
		expect(descriptor.created).toBe('2026-12-07T21:00:00Z');
		expect(descriptor.licenses.map((l) => l.name)).toEqual(['MIT', 'ODC-BY-1.0']);
		expect(descriptor.description).toContain(
			'Air Force Command (posts) → P. Ivaniuk, “Massive Missile Attacks on Ukraine”'
		);
		expect(descriptor.sources.map((s) => s.title).join('\n')).toContain(
			'Russian Ministry of Defence statements, as collected in Androm2018/ukraine-drone-weather-analysis'
		);
	});

	it('describes every download, and each CSV’s header is its schema’s fields', () => {
		const resources = packageResources();
		expect(resources.map((r) => r.path).sort()).toEqual([...files.keys()].sort());
		for (const r of resources) {
			if (!('schema' in r)) continue;
			const comment = 'dialect' in r ? r.dialect.commentChar : undefined;
			const header = parse(files.get(r.path)!, {
				comment,
				comment_no_infix: true,
				to_line: comment ? 2 : 1
			})[0] as string[];
			expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
		}
	});

	it('counts as many rows in each CSV as its JSON twin and the records hold', () => {
		const claims = [...eachClaimRecord(data)].length;
		expect(claims).toBeGreaterThan(1000);
		expect(rows('claims.csv')).toHaveLength(claims);
		expect(JSON.parse(files.get('claims.json')!).claims).toHaveLength(claims);
		expect(rows('periods.csv')).toHaveLength(JSON.parse(files.get('periods.json')!).periods.length);
		for (const table of listTables) {
			expect(rows(`${table}.csv`), table).toHaveLength(data[table].length);
			expect(JSON.parse(files.get(`${table}.json`)!)[table], table).toHaveLength(data[table].length);
		}
	});

	it('holds every cell to its field’s type and constraints, and every key unique', () => {
		for (const r of packageResources()) {
			if (!('schema' in r)) continue;
			const fields = r.schema.fields as TableField[];
			const problems: string[] = [];
			const seen = new Map<string, Set<string>>();
			rows(r.path).forEach((row, i) => {
				for (const field of fields) {
					const problem = cellProblem(field, row[field.name]);
					if (problem) problems.push(`${r.path} row ${i + 2} ${field.name}: ${problem}`);
					if (field.constraints?.unique) {
						const values = seen.get(field.name) ?? new Set();
						if (values.has(row[field.name])) problems.push(`${r.path} row ${i + 2} ${field.name}: duplicate`);
						values.add(row[field.name]);
						seen.set(field.name, values);
					}
				}
			});
			expect(problems.slice(0, 20)).toEqual([]);
		}
	});

	it('resolves every foreign key, and every place a claim names', () => {
		const resources = packageResources();
		const byName = new Map(resources.map((r) => [r.name, r]));
		let checked = 0;
		for (const r of resources) {
			if (!('schema' in r)) continue;
			for (const fk of r.schema.foreignKeys ?? []) {
				const target = byName.get(fk.reference.resource)!;
				const keys = new Set(rows(target.path).map((row) => row[fk.reference.fields]));
				const missing = rows(r.path).filter((row) => !keys.has(row[fk.fields]));
				expect(missing.map((row) => `${r.path} ${fk.fields} ${row[fk.fields]}`)).toEqual([]);
				checked++;
			}
		}
		expect(checked).toBeGreaterThanOrEqual(2);
		const places = new Set(rows('places.csv').map((row) => row.id));
		const unknown = rows('claims.csv').flatMap((row) =>
			(row.places ? row.places.split('|') : []).filter((p) => !places.has(p))
		);
		expect(unknown).toEqual([]);
	});
});
