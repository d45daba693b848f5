import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { datasetTitle } from '../../src/lib/publish/citation.ts';

describe('CITATION.cff', () => {
	const cff = parse(readFileSync('CITATION.cff', 'utf8'));
	const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

	it('names the version package.json builds, and a real release date', () => {
		expect(cff['cff-version']).toBe('1.2.0');
		expect(cff.version).toBe(pkg.version);
		expect(cff['date-released']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(Number.isNaN(Date.parse(cff['date-released']))).toBe(false);
	});

	it('cites the dataset as the pages do, with the Air Force chain and the MoD credit', () => {
		expect(cff.type).toBe('dataset');
		expect(cff.title).toBe(datasetTitle);
		expect(cff.license).toBe(pkg.license);
		const refs = cff.references.map((r: { title: string; license?: string; notes: string }) => r);
		expect(refs[0]).toMatchObject({ title: 'Massive Missile Attacks on Ukraine', license: 'ODC-By-1.0' });
		expect(refs[0].notes).toContain('Air Force Command (posts) → P. Ivaniuk');
		expect(refs[1].notes).toContain(
			'Russian Ministry of Defence statements, as collected in Androm2018/ukraine-drone-weather-analysis'
		);
	});
});
