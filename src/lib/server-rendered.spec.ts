import { describe, expect, it } from 'vitest';
import { ServerRendered, serverRendered } from './server-rendered.ts';
import { transport } from '../hooks.ts';

describe('ServerRendered', () => {
	const { encode, decode } = transport.ServerRendered;

	it('gives its value to the server render', () => {
		const night = { date: '2025-07-21', attacks: [{ id: 'a' }] };
		expect(serverRendered(night).value).toBe(night);
	});

	it('crosses to the browser as nothing, and only it does', () => {
		expect(encode(serverRendered({ quote: 'every claim of a night' }))).toEqual([]);
		expect(encode({ quote: 'page data that hydrates' })).toBe(false);
		expect(encode(['a list'])).toBe(false);
	});

	it('throws in the browser when a page reads it, rather than drawing nothing', () => {
		const absent = decode([]);
		expect(absent).toBeInstanceOf(ServerRendered);
		expect(() => absent.value).toThrow(/csr = false/);
	});
});
