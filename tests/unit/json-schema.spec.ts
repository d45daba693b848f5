import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchemas } from '../../src/lib/schema/json-schema.ts';

describe('the published JSON Schemas', () => {
	// guards against editing a zod schema without regenerating the files editors and readers use
	it.each(Object.entries(jsonSchemas()))(
		'static/schema/%s is up to date (npm run schema)',
		(name, schema) => {
			const onDisk = JSON.parse(readFileSync(`static/schema/${name}`, 'utf8'));
			expect(onDisk).toEqual(JSON.parse(JSON.stringify(schema)));
		}
	);
	it('lets editors write short-form figures', () => {
		const attack = JSON.stringify(jsonSchemas()['attack.schema.json']);
		expect(attack).toContain('"qualifier"');
		expect(attack).toContain('"drones_launched"');
	});
});
