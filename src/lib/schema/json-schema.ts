import { z } from 'zod';
import { Article, Attack, PeriodClaim, Place, Source, Weapon } from './index.ts';

/**
 * JSON Schemas for editors (the `yaml-language-server` comment in each record file) and for
 * the downloads page, generated from the zod schemas so the two never drift. `io: 'input'`
 * describes what a curator writes (short forms such as ">420" included).
 */
export function jsonSchemas(): Record<string, unknown> {
	const gen = (schema: z.ZodType, title: string) => ({
		...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
		title
	});
	return {
		'sources.schema.json': gen(z.array(Source), 'Salvo sources'),
		'articles.schema.json': gen(z.array(Article), 'Salvo articles'),
		'places.schema.json': gen(z.array(Place), 'Salvo places'),
		'weapons.schema.json': gen(z.array(Weapon), 'Salvo weapon types'),
		'attack.schema.json': gen(Attack, 'Salvo attack and its claims'),
		'periods.schema.json': gen(z.array(PeriodClaim), 'Salvo period claims')
	};
}
