/**
 * The record lists as downloads: `/data/<table>.csv` and `.json` for sources, articles, places
 * and weapons, so that a download of the claims is usable without the site. The CSV columns
 * and their Table Schema fields are generated from the zod schemas (through their JSON Schema),
 * so a field added to a schema reaches the CSV, its Table Schema and the data package at once:
 * a nested object becomes one column per key (`name_en`, `name_it`), a list one column of
 * values joined by `|`.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { Article, Place, Source, Weapon } from '../schema/index.ts';
import type { Dataset } from '../data/load.server.ts';
import { spreadsheetSafe } from '../data/csv-safe.ts';

export const listTables = ['sources', 'articles', 'places', 'weapons'] as const;
export type ListTable = (typeof listTables)[number];

const schemas: Record<ListTable, z.ZodType> = {
	sources: Source,
	articles: Article,
	places: Place,
	weapons: Weapon
};

/** A Table Schema field (Frictionless), as much of it as Salvo's tables use. */
export interface TableField {
	name: string;
	type: 'string' | 'integer' | 'number' | 'date' | 'boolean';
	format?: 'uri';
	description?: string;
	constraints?: {
		required?: boolean;
		unique?: boolean;
		enum?: string[];
		minimum?: number;
		maximum?: number;
		maxLength?: number;
	};
}

/** The separator of a list's values inside one cell. */
export const listSeparator = '|';

interface JsonProp {
	type?: string;
	enum?: string[];
	pattern?: string;
	format?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	maxLength?: number;
	properties?: Record<string, JsonProp>;
	required?: string[];
	items?: JsonProp;
}

// zod's JSON Schema writes IsoDate as this pattern: the field is a date
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/** One column: its field, and how to read its cell from a record. */
interface Column {
	field: TableField;
	cell: (record: Record<string, unknown>) => string | number | undefined;
}

function scalarField(name: string, prop: JsonProp, required: boolean): TableField {
	const constraints: NonNullable<TableField['constraints']> = {};
	if (required) constraints.required = true;
	if (prop.enum) constraints.enum = [...prop.enum];
	// the largest safe integer is zod's way of saying "no bound"
	if (prop.minimum !== undefined) constraints.minimum = prop.minimum;
	if (prop.exclusiveMinimum !== undefined) constraints.minimum = prop.exclusiveMinimum + 1;
	if (prop.maximum !== undefined && prop.maximum < Number.MAX_SAFE_INTEGER)
		constraints.maximum = prop.maximum;
	if (prop.maxLength !== undefined) constraints.maxLength = prop.maxLength;
	const type: TableField['type'] =
		prop.type === 'integer' || prop.type === 'number' || prop.type === 'boolean'
			? prop.type
			: prop.pattern === datePattern
				? 'date'
				: 'string';
	if (type === 'date') delete constraints.maxLength;
	return {
		name,
		type,
		...(prop.format === 'uri' ? { format: 'uri' as const } : {}),
		...(Object.keys(constraints).length ? { constraints } : {})
	};
}

const columnsCache = new Map<ListTable, Column[]>();

/** A table's columns, from its zod schema (in the schema's field order). */
function columnsOf(table: ListTable): Column[] {
	const known = columnsCache.get(table);
	if (known) return known;
	const json = z.toJSONSchema(schemas[table], { io: 'output', unrepresentable: 'any' }) as JsonProp;
	const required = new Set(json.required ?? []);
	const columns: Column[] = [];
	for (const [key, prop] of Object.entries(json.properties ?? {})) {
		if (prop.type === 'object' && prop.properties) {
			const inner = new Set(prop.required ?? []);
			for (const [sub, subProp] of Object.entries(prop.properties)) {
				columns.push({
					field: scalarField(`${key}_${sub}`, subProp, required.has(key) && inner.has(sub)),
					cell: (r) => {
						const value = (r[key] as Record<string, unknown> | undefined)?.[sub];
						return value as string | number | undefined;
					}
				});
			}
		} else if (prop.type === 'array') {
			// an empty list is an empty cell: not required, whatever its default
			columns.push({
				field: {
					...scalarField(key, { type: 'string' }, false),
					description: `values separated by ${listSeparator}`
				},
				cell: (r) => ((r[key] as unknown[] | undefined) ?? []).join(listSeparator) || undefined
			});
		} else {
			const field = scalarField(key, prop, required.has(key));
			if (key === 'id') field.constraints = { ...field.constraints, required: true, unique: true };
			columns.push({ field, cell: (r) => r[key] as string | number | undefined });
		}
	}
	columnsCache.set(table, columns);
	return columns;
}

/** The Table Schema fields of a record list's CSV. */
export function tableFields(table: ListTable): TableField[] {
	return columnsOf(table).map((c) => c.field);
}

/** The records of a list, as in the dataset. */
export function tableRecords(data: Omit<Dataset, 'attacks'>, table: ListTable): Record<string, unknown>[] {
	return data[table] as unknown as Record<string, unknown>[];
}

/** A record list as CSV: a header row, then one row per record; text made spreadsheet-safe. */
export function tableCsv(data: Omit<Dataset, 'attacks'>, table: ListTable): string {
	const columns = columnsOf(table);
	const rows = tableRecords(data, table).map((r) =>
		columns.map((c) => {
			const value = c.cell(r);
			return typeof value === 'string' ? spreadsheetSafe(value) : (value ?? '');
		})
	);
	return stringify([columns.map((c) => c.field.name), ...rows]);
}

/** A record list as JSON: what it is, then the records as the site reads them. */
export function tableJson(data: Omit<Dataset, 'attacks'>, table: ListTable): string {
	return JSON.stringify({
		about: `Salvo ${table}: the records the claims name by id.`,
		[table]: tableRecords(data, table)
	});
}
