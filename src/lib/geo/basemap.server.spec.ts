import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { basemap, basemapHash, basemapSvg } from './basemap.server.ts';
import { basemapLayers } from './basemap.ts';

describe('the outlines file', () => {
	it('is named by a hash of its content, so a host may cache it for good', () => {
		const hash = createHash('sha256').update(basemapSvg()).digest('hex').slice(0, 10);
		expect(basemapHash()).toBe(hash);
		expect(basemap().file).toBe(`/geo/immutable/basemap.${hash}.svg`);
	});

	it('holds every layer and every region the maps <use>', () => {
		const svg = basemapSvg();
		for (const id of Object.values(basemapLayers)) expect(svg).toContain(`id="${id}"`);
		expect(basemap().regions.length).toBeGreaterThan(20);
		for (const { code } of basemap().regions) expect(svg).toContain(`<path id="${code}" `);
	});
});
