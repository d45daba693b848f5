import { expect, test, type Locator } from '@playwright/test';
import { open } from './hydrated.ts';

/** The whole numbers in a text: "6,726" and "6726" alike. */
const numbers = (text: string) => (text.match(/\d[\d,.]*/g) ?? []).map((n) => Number(n.replace(/[,.]/g, '')));

/** A column of the chart's data table summed, with the qualifiers its cells carry. */
async function columnSum(table: Locator, header: string) {
	const headers = await table.locator('thead th').allTextContents();
	const column = headers.indexOf(header);
	expect(column, `a column for ${header}`).toBeGreaterThan(0);
	const cells = await table
		.locator('tbody tr')
		.evaluateAll((rows, c) => rows.map((r) => r.children[c]?.textContent ?? ''), column);
	let sum = 0;
	let bounded = false;
	for (const cell of cells.filter((c) => c.trim())) {
		sum += numbers(cell)[0];
		bounded ||= /at least|more than/.test(cell);
	}
	return { sum, bounded, nights: cells.filter((c) => c.trim()).length };
}

test('the sentence before the chart gives the figures of the chart’s data table', async ({ page }) => {
	await open(page, '/daily');
	await page.getByRole('button', { name: 'Last 30 nights' }).click();
	await expect(page).toHaveURL(/from=/);
	const lede = page.locator('[data-lede]');
	await expect(lede).toContainText('In the 30 nights to');

	const panel = page.locator('section.chart-panel').first();
	await panel.getByText('Data table').click();
	const table = panel.locator('table.chart-table');
	await expect(table.locator('thead th').first()).toBeVisible();
	const headers = (await table.locator('thead th').allTextContents()).slice(1);
	expect(headers.length).toBeGreaterThan(0);

	// every source in the table has its total in the summary row, and the sentence says it
	const sentence = (await lede.textContent()) ?? '';
	for (const header of headers) {
		const { sum, bounded } = await columnSum(table, header);
		const item = page.locator('.summary > div').filter({ hasText: header }).first();
		const total = (await item.locator('dd').textContent()) ?? '';
		expect(numbers(total)[0], `${header}'s total`).toBe(sum);
		expect(/at least/.test(total), `${header}'s total keeps its qualifier`).toBe(bounded);
		expect(sentence).toContain(header);
		expect(numbers(sentence)).toContain(sum);
	}
	// the record night is the largest figure of the table's lead column
	const record = page.locator('[data-record] dd');
	if ((await record.count()) > 0) {
		const [lead] = headers
			.filter((h) => sentence.indexOf(h) >= 0)
			.sort((a, b) => sentence.indexOf(a) - sentence.indexOf(b));
		const values = await table
			.locator('tbody tr')
			.evaluateAll((rows, c) => rows.map((r) => r.children[c]?.textContent ?? ''), headers.indexOf(lead) + 1);
		const max = Math.max(...values.filter((v) => v.trim()).map((v) => numbers(v)[0]));
		expect(numbers((await record.locator(':scope').first().textContent()) ?? '')[0]).toBe(max);
	}
});

test('the sentence is in the reader’s language', async ({ page }) => {
	await open(page, '/it/daily');
	await expect(page.locator('[data-lede]')).toContainText(/Nelle \d+ notti fino al|Dalla|Da /);
});
