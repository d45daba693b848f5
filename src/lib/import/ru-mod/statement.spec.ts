/**
 * Real statements of the Russian MoD, as the reference table (`mod_russia_statements.csv`,
 * 2023–2025) gives them: Telegram markup, emoji, and the 400-character cut included. Each is
 * named by its line in that table.
 */
import { describe, expect, it } from 'vitest';
import { plainText, readPost, type Statement } from './statement.ts';

/** line 5196, 2025-12-23 04:20 UTC, cut at 400 characters */
const overnight =
	'🎖🎖 В течение прошедшей ночи в период с 23.00 мск 22 декабря до 7.00 мск 23 декабря дежурными средствами ПВО **перехвачены и уничтожены 29 украинских беспилотных летательных аппаратов самолетного типа: **  ▫️ **14** БПЛА – над территорией **Ростовской области, ** ▫️ **7** БПЛА – над территорией **Ставропольского края, ** ▫️ **3** БПЛА – над территорией **Белгородской области,** ▫️ **3** БПЛА – над ';
/** line 4657, 2025-07-29 21:23 UTC: numbers in words, a list joined by "и", a window to midnight */
const toMidnight =
	'🎖🎖🎖🎖 С 21.50 мск до полуночи дежурными средствами ПВО уничтожены и перехвачены **пять украинских беспилотных летательных аппаратов** самолетного типа: три – над территорией Тульской области и два – над территорией Курской области.  🔹 [Минобороны России](https://t.me/mod_russia)';
/** line 2315, 2024-07-11 03:19 UTC: "по одному" over several regions, cut inside that item */
const eachCut =
	'**⚡️ В течение прошедшей ночи пресечен ряд попыток киевского режима совершить террористические атаки с применением беспилотных летательных аппаратов самолетного типа по объектам на территории Российской Федерации. **  Дежурными средствами ПВО уничтожены и перехвачены пять БПЛА,  из которых два – над территорией Брянской области и по одному – над территориями Тамбовской, Тульской и Московской облас';
/** line 1456, 2024-02-26 16:00 UTC: a singular noun and no numeral is one drone */
const single =
	'**⚡️ Около 18.20 мск пресечена очередная попытка киевского режима совершить террористическую атаку c применением БПЛА самолетного типа по объектам на территории Российской Федерации.  **  Дежурными средствами ПВО украинский беспилотный летательный аппарат уничтожен над территорией Белгородской области.  **🔹**** **[Минобороны России](https://t.me/mod_russia)';
/** line 1342-ish, 2024-03-09 04:05 UTC: the list in brackets, no total */
const brackets =
	'**⚡️ Сегодня ночью пресечена попытка киевского режима совершить террористическую атаку c применением 47 БпЛА самолетного типа по объектам на территории Российской Федерации.  **Дежурными средствами ПВО перехвачено и уничтожено над территориями Белгородской (1 БпЛА), Курской (2 БпЛА), Волгоградской (3 БпЛА) и Ростовской (41 БпЛА) областей. Минобороны России';
/** line 5027, 2025-12-22 04:28 UTC: a period, then a restating total the cut splits */
const withTotal =
	'🎖🎖 В период с 23:30 мск 21.12 до 07:00 мск 22.12 дежурными средствами ПВО **перехвачены и уничтожены шесть украинских беспилотных летательных аппаратов** самолетного типа:   ▫️ **3** – над территорией Краснодарского края,  ▫️ **2** – над акваторией Черного моря, ▫️ **1** – над территорией Брянской области.  **Всего в ночное время** с 20:00 мск 21.12 до 07:00 мск 22.12 дежурными средствами ПВО **пе';
/** line 1927, 2024-05-10 17:05 UTC: drones among other weapons, the verb heading the list */
const mixed =
	'Около 19.45 пресечен ряд попыток киевского режима совершить террористические атаки по территории Российской Федерации с применением реактивной системы залпового огня RM-70 «Вампир», управляемых авиационных бомб и беспилотного летательного аппарата самолетного типа. Дежурными средствами ПВО были уничтожены семнадцать реактивных снарядов, 5 управляемых авиационных бомб и один БпЛА над терри';
/** line 334, 2023-07-04 05:36 UTC: the attack's drones ("пятью …") are not drones brought down */
const attackWith =
	'Сегодня утром пресечена попытка киевского режима осуществить террористическую атаку пятью беспилотными летательными аппаратами по объектам на территории Московской области и Новой Москвы. Четыре украинских БПЛА на территории Новой Москвы уничтожены средствами ПВО. Еще один БПЛА подавлен средствами радиоэлектронной борьбы и потерпел крушение на территории Одинцовского района Московской об';

/** The one statement of a post; `cut`: the table cut its text (these are its first 400 characters). */
function only(snippet: string, posted: string, cut = false): Statement {
	const reading = readPost(snippet, posted, cut);
	if (reading.kind !== 'statement') throw new Error(`skipped: ${reading.reason}`);
	expect(reading.statements).toHaveLength(1);
	return reading.statements[0];
}

describe('plainText', () => {
	it('drops Telegram markup and emoji, keeping list items as lines', () => {
		expect(plainText('🎖 **уничтожены** [Минобороны](https://t.me/x) ▫️ **14** – над')).toBe(
			'уничтожены Минобороны\n• 14 – над'
		);
		// a link the cut left open keeps its label only
		expect(plainText('конец. [Минобороны России](https://t.me')).toBe('конец. Минобороны России');
	});
});

describe('readPost on real statements', () => {
	it('reads the total and the list by region, leaving out the item the cut split', () => {
		const s = only(overnight, '2025-12-23 04:20', true);
		expect(s.total).toEqual({
			value: 29,
			qualifier: 'exact',
			quote: 'перехвачены и уничтожены 29 украинских беспилотных летательных аппаратов'
		});
		expect(s.items.map((i) => [i.value, i.codes])).toEqual([
			[14, ['RU-ROS']],
			[7, ['RU-STA']],
			[3, ['RU-BEL']]
		]);
		expect(s.items[0].quote).toBe('14 БПЛА – над территорией Ростовской области');
		expect(s.left).toEqual(['item cut: "3 БПЛА – над"']);
	});

	it('reads numbers in words and a list joined by "и"', () => {
		const s = only(toMidnight, '2025-07-29 21:23');
		expect(s.total).toMatchObject({ value: 5, qualifier: 'exact' });
		expect(s.total?.quote).toBe('уничтожены и перехвачены пять украинских беспилотных летательных аппаратов');
		expect(s.items.map((i) => [i.value, i.codes, i.quote])).toEqual([
			[3, ['RU-TUL'], 'три – над территорией Тульской области'],
			[2, ['RU-KRS'], 'два – над территорией Курской области']
		]);
		expect(s.left).toEqual([]);
	});

	it('leaves out a "по одному" item whose regions the cut split, and keeps the one before', () => {
		const s = only(eachCut, '2024-07-11 03:19', true);
		expect(s.total).toMatchObject({ value: 5, quote: 'уничтожены и перехвачены пять БПЛА' });
		expect(s.items.map((i) => [i.value, i.codes])).toEqual([[2, ['RU-BRY']]]);
		expect(s.left).toHaveLength(1);
		expect(s.left[0]).toMatch(/^item cut: "по одному – над территориями Тамбовской/);
	});

	it('reads a singular noun without a numeral as one drone', () => {
		const s = only(single, '2024-02-26 16:00');
		expect(s.total).toEqual({
			value: 1,
			qualifier: 'exact',
			quote: 'украинский беспилотный летательный аппарат уничтожен'
		});
		expect(s.named).toEqual(['RU-BEL']);
	});

	it('reads a list in brackets, and writes no total the statement does not give', () => {
		const s = only(brackets, '2024-03-09 04:05');
		expect(s.total).toBeUndefined();
		expect(s.items.map((i) => [i.value, i.codes])).toEqual([
			[1, ['RU-BEL']],
			[2, ['RU-KRS']],
			[3, ['RU-VGG']],
			[41, ['RU-ROS']]
		]);
	});

	it('counts a sea apart, and leaves out a restating total the cut split', () => {
		const reading = readPost(withTotal, '2025-12-22 04:28', true);
		expect(reading.kind).toBe('statement');
		if (reading.kind !== 'statement') return;
		const [s] = reading.statements;
		expect(reading.statements).toHaveLength(1);
		expect(s.total?.value).toBe(6);
		expect(s.items.map((i) => [i.value, i.codes])).toEqual([
			[3, ['RU-KDA']],
			[1, ['RU-BRY']]
		]);
		expect(s.seaItems).toBe(1);
	});

	it('finds the drones among other weapons, and the cut region is reported', () => {
		const s = only(mixed, '2024-05-10 17:05', true);
		expect(s.total).toMatchObject({ value: 1 });
		expect(s.total?.quote).toBe(
			'уничтожены семнадцать реактивных снарядов, 5 управляемых авиационных бомб и один БпЛА'
		);
		expect(s.left).toEqual(['regions cut: "…управляемых авиационных бомб и один БпЛА над терри"']);
	});

	it('takes drones brought down, not the drones of the attack, and reports a further figure it does not add', () => {
		const s = only(attackWith, '2023-07-04 05:36', true);
		expect(s.total).toMatchObject({
			value: 4,
			quote: 'Четыре украинских БПЛА на территории Новой Москвы уничтожены'
		});
		expect(s.left).toEqual([
			'further figure not added: "Еще один БПЛА подавлен средствами радиоэлектронной борьбы и потерпел круш"'
		]);
	});

	it('skips summaries, front reports and posts without drones, each with its reason', () => {
		const summary =
			'⚡️** Сводка Министерства обороны Российской Федерации о ходе проведения специальной военной операции**__ (по состоянию на 6 июня 2023 г.)  __💥 Сегодня ночью Воздушно-космическими силами России** нанесен групповой удар';
		expect(readPost(summary, '2023-06-06 14:35', false)).toEqual({ kind: 'skipped', reason: 'summary' });
		const video =
			'**💥 Остаться незамеченным для противника**  В расчете ударного взвода беспилотников разведывательной роты два человека – оператор и сапёр.';
		expect(readPost(video, '2024-09-16 13:08', false)).toMatchObject({
			kind: 'skipped',
			reason: 'no-drone-figure'
		});
		const strike =
			'**«Отработали как положено»: боевая работа экипажа Т-72Б3 в зоне проведения спецоперации**';
		expect(readPost(strike, '2023-01-28 16:34', false)).toEqual({ kind: 'skipped', reason: 'not-drones' });
	});
});
