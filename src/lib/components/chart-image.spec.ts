import { describe, expect, it } from 'vitest';
import { imageLayout, wrap, type ImageCaption } from './chart-image.ts';

// a monospace stand-in for the canvas's measureText: 7 px a character
const measure = (text: string) => text.length * 7;

const caption: ImageCaption = {
	title: 'Drones launched, by source',
	period: '2 December 2025 – 31 December 2025',
	legend: [
		{ label: 'Ukrainian Air Force', colour: '#1f5aa6' },
		{ label: 'Interception rate', colour: 'var(--muted)', dashed: true }
	],
	credit: 'Source: Ukrainian Air Force via Salvo',
	dataDate: 'Data up to 31 December 2025'
};

describe('the downloaded picture of a chart', () => {
	const layout = imageLayout(caption, { width: 800, height: 320 }, measure);
	const of = (role: string) => layout.texts.filter((t) => t.role === role).map((t) => t.text);

	it('carries the title, the period, the legend, the credit and the date of the data', () => {
		expect(of('title')).toEqual(['Drones launched, by source']);
		expect(of('period')).toEqual(['2 December 2025 – 31 December 2025']);
		expect(of('legend')).toEqual(['Ukrainian Air Force', 'Interception rate']);
		expect(of('credit')).toEqual(['Source: Ukrainian Air Force via Salvo']);
		expect(of('date')).toEqual(['Data up to 31 December 2025']);
		expect(layout.swatches.map((s) => [s.colour, s.dashed])).toEqual([
			['#1f5aa6', false],
			['var(--muted)', true]
		]);
	});

	it('is drawn at twice the pixels, the chart framed by its caption', () => {
		expect(layout.scale).toBe(2);
		expect(layout.width).toBe(800 + 32);
		expect(layout.chart).toMatchObject({ x: 16, width: 800, height: 320 });
		const title = layout.texts.find((t) => t.role === 'title')!;
		const credit = layout.texts.find((t) => t.role === 'credit')!;
		expect(title.y).toBeLessThan(layout.chart.y);
		expect(credit.y).toBeGreaterThanOrEqual(layout.chart.y + layout.chart.height);
		expect(layout.height).toBeGreaterThan(credit.y);
		// the date sits on the credit's line, right-aligned, when both fit
		const date = layout.texts.find((t) => t.role === 'date')!;
		expect(date).toMatchObject({ y: credit.y, align: 'right', x: layout.width - 16 });
	});

	it('wraps a long title and stacks credit and date on a narrow chart', () => {
		const narrow = imageLayout(
			{ ...caption, title: 'Drones launched and intercepted, Ukrainian Air Force, night by night' },
			{ width: 320, height: 200 },
			measure
		);
		expect(narrow.width).toBe(360);
		const titles = narrow.texts.filter((t) => t.role === 'title');
		expect(titles.length).toBeGreaterThan(1);
		for (const t of narrow.texts) expect(measure(t.text) + t.x).toBeLessThanOrEqual(narrow.width - 16 + 1e-9);
		const credit = narrow.texts.find((t) => t.role === 'credit')!;
		const date = narrow.texts.find((t) => t.role === 'date')!;
		expect(date.y).toBeGreaterThan(credit.y);
		expect(date.align).toBe('left');
		// legend items flow onto a second row when the first is full
		const four = imageLayout(
			{ ...caption, legend: [...caption.legend, ...caption.legend] },
			{ width: 320, height: 200 },
			measure
		);
		const rows = new Set(four.texts.filter((t) => t.role === 'legend').map((t) => t.y));
		expect(rows.size).toBe(2);
		expect(four.chart.y).toBeGreaterThan(imageLayout(caption, { width: 320, height: 200 }, measure).chart.y);
	});

	it('wraps words without losing any', () => {
		expect(wrap('a bb ccc dddd', 6 * 7, '', measure)).toEqual(['a bb', 'ccc', 'dddd']);
		expect(wrap('', 100, '', measure)).toEqual([]);
	});
});
