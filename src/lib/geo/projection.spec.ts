import { describe, expect, it } from 'vitest';
import { regionFeatures, ukraineOutline } from './boundaries.ts';
import { fitProjection, pathFor } from './projection.ts';

const KYIV: [number, number] = [30.52, 50.45];
const KHARKIV: [number, number] = [36.23, 49.99];
const SEVASTOPOL: [number, number] = [33.52, 44.6];

describe('fitProjection', () => {
	it('maps Kyiv inside the extent when fitted to all regions', () => {
		const projection = fitProjection(800, 600, regionFeatures());
		const [x, y] = projection(KYIV)!;
		expect(x).toBeGreaterThan(12);
		expect(x).toBeLessThan(800 - 12);
		expect(y).toBeGreaterThan(12);
		expect(y).toBeLessThan(600 - 12);
	});

	it('fills the padded extent along one axis and stays within it', () => {
		const [[x0, y0], [x1, y1]] = pathFor(fitProjection(800, 600, ukraineOutline(), { padding: 20 })).bounds(
			ukraineOutline()
		);
		expect(x0).toBeGreaterThanOrEqual(20 - 0.5);
		expect(y0).toBeGreaterThanOrEqual(20 - 0.5);
		expect(x1).toBeLessThanOrEqual(780 + 0.5);
		expect(y1).toBeLessThanOrEqual(580 + 0.5);
		expect(Math.abs(x0 - 20) < 0.5 || Math.abs(y0 - 20) < 0.5).toBe(true);
	});

	it('keeps north up and east right, centred on the features', () => {
		const projection = fitProjection(800, 600, ukraineOutline());
		const [kx, ky] = projection(KYIV)!;
		const [hx] = projection(KHARKIV)!;
		const [, sy] = projection(SEVASTOPOL)!;
		expect(hx).toBeGreaterThan(kx);
		expect(sy).toBeGreaterThan(ky);
		expect(projection.rotate()[0]).toBeCloseTo(-31.4, 0); // Ukraine spans 22.1–40.2°E
		expect(projection.parallels()).toEqual([44, 52]);
	});
});

describe('pathFor', () => {
	it('draws an SVG path with one decimal', () => {
		const d = pathFor(fitProjection(400, 300, ukraineOutline()))(ukraineOutline())!;
		expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
		expect(d).not.toMatch(/\.\d\d/);
	});
});
