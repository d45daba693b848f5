/**
 * Property tests (fast-check) for the parsers that take outside input: the qualified-number
 * parser, the record loader and the Air Force table reader. Whatever they are given, they
 * return (never throw), and what they return is either a valid value or a problem.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Figure, formatFigure, maxCount, parseShortFigure, qualifiers } from '../../src/lib/schema/figure.ts';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { readDailyTable } from '../../src/lib/import/daily-table.ts';

// fixed seed: a failure reproduces on every machine; fast-check prints the counterexample
const runs = { seed: 20261201, numRuns: 300 };
// hundreds of loads per property: seconds each, more on a busy machine
const slow = 60_000;

const figure = fc.record({
	value: fc.integer({ min: 0, max: maxCount }),
	qualifier: fc.constantFrom(...qualifiers)
});

describe('the qualified-number parser', () => {
	it('reads back every figure it writes, with any spacing around it', () => {
		fc.assert(
			fc.property(figure, fc.constantFrom('', ' ', '  ', '\t'), (f, pad) => {
				expect(parseShortFigure(`${pad}${formatFigure(f)}${pad}`)).toEqual(f);
				expect(Figure.parse(formatFigure(f))).toEqual(f);
				// the long form normalises to itself
				expect(Figure.parse(f)).toEqual(f);
			}),
			runs
		);
	});

	it('never throws on any text, and returns a count or a short message', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'grapheme' }),
					fc.stringMatching(/^[<>≥≤~≈=\s\d.e+-]{0,30}$/)
				),
				(text) => {
					const result = parseShortFigure(text);
					if (typeof result === 'string') expect(result.length).toBeLessThan(200);
					else expect(Number.isSafeInteger(result.value) && result.value >= 0).toBe(true);
				}
			),
			runs
		);
	});

	it('never throws on any value; whatever it accepts is a count from 0 to a million', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.double(),
					fc.integer(),
					figure.map((f) => ({ ...f, value: f.value * 1.5 }))
				),
				(input) => {
					const result = Figure.safeParse(input);
					if (result.success) {
						expect(Number.isInteger(result.data.value)).toBe(true);
						expect(result.data.value).toBeGreaterThanOrEqual(0);
						expect(result.data.value).toBeLessThanOrEqual(maxCount);
						expect(qualifiers).toContain(result.data.qualifier);
					} else {
						expect(result.error.issues.length).toBeGreaterThan(0);
					}
				}
			),
			runs
		);
	});
});

describe('the record loader', () => {
	const temp = mkdtempSync(join(tmpdir(), 'salvo-properties-'));
	afterAll(() => rmSync(temp, { recursive: true, force: true }));
	const dir = join(temp, 'data');
	cpSync(resolve(import.meta.dirname, '../fixtures/valid'), dir, { recursive: true });
	const file = join(dir, 'attacks/2025/2025-07-22-fuzz.yaml');
	const valid = [
		'id: 2025-07-22-fuzz',
		'date: 2025-07-22',
		'date_precision: exact',
		'attacker: RU',
		'places: [test-city]',
		'claims:',
		'  - id: c1',
		'    source: test-outlet',
		'    article: test-article',
		'    quote: "oltre 50 droni"',
		'    figures: { drones_launched: ">50", killed: 2 }',
		''
	].join('\n');

	/** Loads the fixture with `body` as one more attack file: it loads, or it is blamed. */
	const loadsOrIsBlamed = (body: string | Uint8Array) => {
		writeFileSync(file, body);
		const { dataset, problems } = loadDataset(dir, { today: '2026-11-22' });
		const loaded = dataset.attacks.some((a) => a.id === '2025-07-22-fuzz');
		const blamed = problems.filter((p) => p.file === 'data/attacks/2025/2025-07-22-fuzz.yaml');
		// one or the other: a file is never silently dropped
		expect(loaded || blamed.length > 0).toBe(true);
		// and no other file is blamed for it, and the fixture's own attack always loads
		expect(problems.length).toBe(blamed.length);
		expect(dataset.attacks.map((a) => a.id)).toContain('2025-07-21-test-attack');
	};

	// pieces of YAML, so that random sequences are often nearly valid rather than plain noise
	const token = fc.constantFrom(
		'id: ',
		'date: ',
		'claims:',
		'\n',
		'\n  - ',
		'  ',
		':',
		'- ',
		'[',
		']',
		'{',
		'}',
		',',
		'"',
		"'",
		'&a ',
		'*a',
		'<<: ',
		'!!binary ',
		'!!js/function ',
		'#',
		'|',
		'>',
		'---',
		'...',
		'\t',
		'\u0000',
		'\uFEFF',
		'2025-07-22',
		'2025-02-30',
		'>50',
		'-3',
		'2.5',
		'1e999',
		'.inf',
		'.nan',
		'~',
		'null',
		'true',
		'0x1F',
		'test-outlet',
		'quote: ',
		'figures: ',
		'<script>alert(1)</script>',
		'javascript:alert(1)',
		'ü',
		'дрон',
		'🚀'
	);

	it(
		'never throws on YAML-like text: the file loads or is blamed',
		() => {
			fc.assert(
				fc.property(
					fc.array(token, { maxLength: 40 }).map((t) => t.join('')),
					loadsOrIsBlamed
				),
				{ ...runs, numRuns: 200 }
			);
		},
		slow
	);

	it(
		'never throws on a valid file with one edit anywhere',
		() => {
			fc.assert(
				fc.property(
					fc.nat({ max: valid.length }),
					fc.nat({ max: 5 }),
					fc.oneof(fc.string({ maxLength: 4 }), token),
					(at, cut, insert) => loadsOrIsBlamed(valid.slice(0, at) + insert + valid.slice(at + cut))
				),
				{ ...runs, numRuns: 200 }
			);
		},
		slow
	);

	it(
		'never throws on any bytes',
		() => {
			fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), loadsOrIsBlamed), { ...runs, numRuns: 100 });
		},
		slow
	);

	it(
		'never throws on any JSON value as an attack',
		() => {
			fc.assert(
				fc.property(fc.jsonValue(), (value) => loadsOrIsBlamed(JSON.stringify(value) ?? 'null')),
				{ ...runs, numRuns: 150 }
			);
		},
		slow
	);
});

describe('the Air Force table reader', () => {
	it('never throws on any text or bytes, and every problem is a short message', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.uint8Array({ maxLength: 300 }),
					fc
						.array(fc.constantFrom('time_start,', 'launched\n', '"', ',', '\n', '2025-02-30', '-1', 'x'))
						.map((t) => t.join(''))
				),
				(input) => {
					const table = readDailyTable(input);
					for (const p of table.problems) expect(p.message.length).toBeLessThan(1000);
					expect(table.rows.length).toBeLessThanOrEqual(table.dataRows);
				}
			),
			runs
		);
	});
});
