/**
 * `/data/datapackage.json`: a Frictionless Data Package (v1) describing every download, with a
 * Table Schema per CSV. The claims' fields come from the CSV's own column list and the zod
 * enums, the record lists' from their zod schemas (tables.ts): nothing is written twice, so
 * the package cannot drift from the files it describes. tests/unit/datapackage.spec.ts
 * validates it against the Frictionless profiles and the files against their schemas.
 */
import { csvColumns } from '../data/csv-columns.ts';
import { periodCsvColumns } from '../data/period-csv-columns.ts';
import { Country } from '../schema/common.ts';
import { maxCount, qualifiers } from '../schema/figure.ts';
import { metrics } from '../schema/metrics.ts';
import { airForceChain, credits, licences } from './licences.ts';
import { listSeparator, listTables, tableFields, type TableField } from './tables.ts';

/** What the package says about the build it comes from. */
export interface PackageBuild {
	version: string;
	/** The build's time, ISO 8601. */
	time: string;
	dataUpTo?: string;
	dataChanged?: string;
	/** The site's address, when the build knows it (VITE_SALVO_ORIGIN). */
	origin?: string;
}

const metricSet = new Set<string>(metrics);

/** A claims.csv column as a Table Schema field, typed by what the column holds. */
function claimField(name: string, description: string): TableField {
	const field = (type: TableField['type'], constraints?: TableField['constraints']): TableField => ({
		name,
		type,
		description,
		...(constraints ? { constraints } : {})
	});
	if (name === 'claim') return field('string', { required: true, unique: true });
	if (name === 'date') return field('date', { required: true });
	if (name === 'attacker' || name === 'target')
		return field('string', { required: true, enum: [...Country.options] });
	if (['attack', 'source', 'article', 'quote'].includes(name)) return field('string', { required: true });
	if (name.endsWith('_value') && metricSet.has(name.slice(0, -6))) {
		return field('integer', { minimum: 0, maximum: maxCount });
	}
	if (name.endsWith('_qualifier') && metricSet.has(name.slice(0, -10))) {
		return field('string', { enum: [...qualifiers] });
	}
	// the metrics' short forms, the places list, and any column added later: text
	return field('string');
}

/** A Table Schema, as much of it as Salvo's tables use. */
export interface TableSchema {
	fields: TableField[];
	primaryKey: string | string[];
	foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

/** The Table Schema of claims.csv. */
export function claimsSchema(): TableSchema {
	return {
		fields: csvColumns.map(([name, meaning]) => claimField(name, meaning)),
		primaryKey: 'claim',
		foreignKeys: [
			{ fields: 'source', reference: { resource: 'sources', fields: 'id' } },
			{ fields: 'article', reference: { resource: 'articles', fields: 'id' } }
		]
	};
}

/** A periods.csv column as a Table Schema field; columns not typed here are text. */
function periodField(name: string, description: string): TableField {
	const field = (type: TableField['type'], constraints?: TableField['constraints']): TableField => ({
		name,
		type,
		description,
		...(constraints ? { constraints } : {})
	});
	if (['period_claim', 'source', 'article', 'metric'].includes(name))
		return field('string', { required: true });
	if (name === 'attacker') return field('string', { required: true, enum: [...Country.options] });
	if (name === 'from' || name === 'to') return field('date', { required: true });
	if (name === 'figure_value') return field('integer', { required: true, minimum: 0, maximum: maxCount });
	if (name === 'figure_qualifier') return field('string', { required: true, enum: [...qualifiers] });
	if (name === 'nights' || name === 'nights_recorded') return field('integer', { minimum: 0 });
	return field('string');
}

/** The Table Schema of periods.csv (the period tallies beside their nightly sums). */
export function periodsSchema(): TableSchema {
	return {
		fields: periodCsvColumns.map(([name, meaning]) => periodField(name, meaning)),
		// one row per figure of a period claim
		primaryKey: ['period_claim', 'metric'],
		foreignKeys: [
			{ fields: 'source', reference: { resource: 'sources', fields: 'id' } },
			{ fields: 'article', reference: { resource: 'articles', fields: 'id' } }
		]
	};
}

/** A record list's Table Schema: its id is the key the claims refer to. */
export function listSchema(table: (typeof listTables)[number]): TableSchema {
	return { fields: tableFields(table), primaryKey: 'id' };
}

const csv = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', profile: 'tabular-data-resource' };
const json = { format: 'json', mediatype: 'application/json', encoding: 'utf-8', profile: 'data-resource' };

/** Every download the package describes, CSV (with its schema) and JSON twin side by side. */
export function packageResources() {
	return [
		{
			name: 'claims',
			path: 'claims.csv',
			title: 'Claims',
			description:
				'One row per claim: one source’s figures for one attack, cited to one article, with the words that carry them. ' +
				`An empty figure was not said, never zero. The places column lists place ids separated by ${listSeparator}.`,
			...csv,
			// its first line is the attribution the Air Force table's licence asks for, as a comment
			// (CSV Dialect 1.0 asks for the delimiter and the quoting with it)
			dialect: { delimiter: ',', doubleQuote: true, commentChar: '#' },
			schema: claimsSchema()
		},
		{
			name: 'claims-json',
			path: 'claims.json',
			title: 'Claims (JSON)',
			description:
				'The claims with their figures as { value, qualifier }, weapon breakdowns and notes, and the sources, articles, places and weapon types they name.',
			...json
		},
		...listTables.flatMap((table) => [
			{
				name: table,
				path: `${table}.csv`,
				title: table[0].toUpperCase() + table.slice(1),
				description: `The ${table} the claims name by id.`,
				...csv,
				schema: listSchema(table)
			},
			{
				name: `${table}-json`,
				path: `${table}.json`,
				title: `${table[0].toUpperCase() + table.slice(1)} (JSON)`,
				description: `The ${table} as the site reads them.`,
				...json
			}
		]),
		{
			name: 'places-geojson',
			path: 'places.geojson',
			title: 'Attacked places (GeoJSON)',
			description:
				'Each attacked place: a point for a settlement, a null geometry for a whole region (Salvo invents no point); its names, region, number of attacks, and each figure summed by source.',
			format: 'geojson',
			mediatype: 'application/geo+json',
			encoding: 'utf-8',
			profile: 'data-resource'
		},
		{
			name: 'periods',
			path: 'periods.csv',
			title: 'Period tallies',
			description:
				'One row per figure of a period claim (a weekly or monthly tally), beside the sum of the nightly claims over the same nights.',
			...csv,
			schema: periodsSchema()
		},
		{
			name: 'periods-json',
			path: 'periods.json',
			title: 'Period tallies (JSON)',
			description: 'The period tallies and their comparison with the nightly sums.',
			...json
		}
		// a new download joins here: a CSV with a Table Schema built like claimsSchema(), and its
		// JSON twin; tests/unit/datapackage.spec.ts checks every resource against its file
	];
}

/** The data package descriptor. */
export function dataPackage(build: PackageBuild) {
	const upTo = build.dataUpTo ? ` Data up to the night of ${build.dataUpTo}.` : '';
	return {
		profile: 'data-package',
		name: 'salvo',
		title: 'Salvo: drone, missile and casualty claims from the Russia–Ukraine war',
		description:
			'Figures of drones, missiles and casualties from the Russia–Ukraine war, claim beside claim: each number ' +
			'tied to its source, its article and the words that carry it. Figures are claims by their sources, not ' +
			`verified counts.${upTo} The Ukrainian Air Force’s figures: ${airForceChain}.`,
		version: build.version,
		created: build.time,
		...(build.origin ? { homepage: `${build.origin}/` } : {}),
		keywords: ['Russia–Ukraine war', 'drones', 'missiles', 'air defence', 'casualties', 'claims'],
		licenses: licences.map(({ name, title, path, covers }) => ({ name, path, title: `${title}: ${covers}` })),
		sources: credits.map((c) => ({ title: c.title, ...(c.path ? { path: c.path } : {}) })),
		// when the records last changed (git history of data/); absent where the build had none
		...(build.dataUpTo ? { 'salvo:dataUpTo': build.dataUpTo } : {}),
		...(build.dataChanged ? { 'salvo:dataChanged': build.dataChanged } : {}),
		resources: packageResources()
	};
}
