/** Writes static/schema/*.schema.json from the zod schemas (`npm run schema`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/schema/json-schema.ts';

mkdirSync('static/schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
	writeFileSync(`static/schema/${name}`, JSON.stringify(schema, null, '\t') + '\n');
	console.log(`static/schema/${name}`);
}
