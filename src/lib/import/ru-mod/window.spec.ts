/**
 * Windows of real statements (their words and their post's UTC time from the reference table),
 * and the night each belongs to: Moscow keeps UTC+3 all year, Kyiv is UTC+2 in winter and
 * UTC+3 in summer, and Salvo's nights run 18:00–18:00 on the Kyiv clock.
 */
import { describe, expect, it } from 'vitest';
import { moscowText, nightOfStatement, windowOf } from './window.ts';

const span = (text: string, posted: string) => {
	const w = windowOf(text, posted);
	return [w.start === undefined ? '' : moscowText(w.start), w.end === undefined ? '' : moscowText(w.end)];
};

describe('windowOf', () => {
	it('reads a window with dates across midnight', () => {
		const text = 'В течение прошедшей ночи в период с 23.00 мск 22 декабря до 7.00 мск 23 декабря дежурными';
		expect(span(text, '2025-12-23 04:20')).toEqual(['2025-12-22 23:00', '2025-12-23 07:00']);
		expect(nightOfStatement(windowOf(text, '2025-12-23 04:20'), '2025-12-23 04:20')).toBe('2025-12-23');
	});

	it('reads dates written as day.month, and times with a colon', () => {
		const text = 'В период с 23:30 мск 21.12 до 07:00 мск 22.12 дежурными средствами ПВО';
		expect(span(text, '2025-12-22 04:28')).toEqual(['2025-12-21 23:30', '2025-12-22 07:00']);
	});

	it('resolves a window without dates to the last one before the post, across midnight', () => {
		// posted at 07:12 Moscow time: "с 20.00 до 7.00" began the evening before
		expect(span('С 20.00 до 7.00 мск дежурными средствами', '2025-04-11 04:12')).toEqual([
			'2025-04-10 20:00',
			'2025-04-11 07:00'
		]);
	});

	it('reads "до полуночи" as the midnight after the start', () => {
		const text = 'С 21.50 мск до полуночи дежурными средствами ПВО';
		expect(span(text, '2025-07-29 21:23')).toEqual(['2025-07-29 21:50', '2025-07-30 00:00']);
		expect(nightOfStatement(windowOf(text, '2025-07-29 21:23'), '2025-07-29 21:23')).toBe('2025-07-30');
	});

	it('reads a moment, with its date when given', () => {
		expect(windowOf('Около 16.30 мск дежурными', '2025-07-31 13:53')).toMatchObject({ instant: true });
		expect(span('28 сентября около 11.00 мск пресечена', '2023-09-28 08:28')).toEqual([
			'2023-09-28 11:00',
			'2023-09-28 11:00'
		]);
	});

	it('dates "the past night" by the morning of the post, and a post without times by its own time', () => {
		const night = windowOf('В течение прошедшей ночи дежурными средствами ПВО', '2025-12-04 04:25');
		expect(night).toMatchObject({ nightWords: true });
		expect(night.start).toBeUndefined();
		expect(nightOfStatement(night, '2025-12-04 04:25')).toBe('2025-12-04');
		// 17:00 UTC is 19:00 in Kyiv in winter: the next night
		expect(nightOfStatement({}, '2025-01-10 17:00')).toBe('2025-01-11');
	});
});

describe("the night on Kyiv's clock", () => {
	it('puts 18:20 Moscow time in winter before 18:00 in Kyiv (17:20, UTC+2): the night that ends that day', () => {
		const text = 'Около 18.20 мск пресечена очередная попытка';
		expect(nightOfStatement(windowOf(text, '2024-02-26 16:00'), '2024-02-26 16:00')).toBe('2024-02-26');
	});

	it('puts 18:30 Moscow time in summer after 18:00 in Kyiv (18:30, UTC+3): the next night', () => {
		const text = 'Около 18.30 мск дежурными средствами ПВО еще один украинский беспилотный';
		expect(nightOfStatement(windowOf(text, '2024-06-02 16:27'), '2024-06-02 16:27')).toBe('2024-06-03');
	});

	it('on the day Kyiv leaves summer time, a window of 16:00–20:00 Moscow is 15:00–19:00 in Kyiv', () => {
		// 2025-10-26: Kyiv went back to UTC+2 at 04:00; three of the four hours are before 18:00
		const text = 'В период с 16.00 мск до 20.00 мск дежурными средствами ПВО';
		expect(nightOfStatement(windowOf(text, '2025-10-26 18:19'), '2025-10-26 18:19')).toBe('2025-10-26');
		// the same words in summer: 16:00–20:00 in Kyiv, two hours each side, the start decides
		expect(nightOfStatement(windowOf(text, '2025-07-26 18:19'), '2025-07-26 18:19')).toBe('2025-07-26');
		// and a window of 17:00–21:00 Moscow: in winter 16:00–20:00 Kyiv (ties, the start), in summer 17:00–21:00 (mostly the next night)
		const later = 'В период с 17.00 мск до 21.00 мск дежурными';
		expect(nightOfStatement(windowOf(later, '2025-10-26 18:30'), '2025-10-26 18:30')).toBe('2025-10-26');
		expect(nightOfStatement(windowOf(later, '2025-07-26 18:30'), '2025-07-26 18:30')).toBe('2025-07-27');
	});
});
