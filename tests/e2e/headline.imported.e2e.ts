import { expect, test } from '@playwright/test';
import { open } from './hydrated.ts';

// issue 16: the bundled Air Force records; a regional command is a part of the Air Force, so
// the headline shows the national figure, with the command's total under it, never a range
// set between a region's count and the whole's
test('the home page headline gives the national figure, a regional command only as its part', async ({
	page
}) => {
	await open(page, '/');
	const card = page.locator('.headline-grid[data-attacker="RU"] li[data-metric="drones_launched"]');
	const national = card.locator('.by-source > li:not(.part)').filter({ hasText: 'Ukrainian Air Force' });
	await expect(national).toHaveCount(1);
	const total = (await national.locator('.total').textContent())!.trim();
	expect(total).toMatch(/^[\d,]+$/);
	// one figure, not "1,145 to 6,726"
	await expect(card.locator('.range')).toHaveText(total);
	const south = card.locator('.by-source > li.part').filter({ hasText: 'Air Command South' });
	await expect(south).toHaveCount(1);
	await expect(south).toContainText('of which, in its region (part of Ukrainian Air Force)');
	// not said is not zero: no headline of drones lost to electronic warfare made of the table's 0s
	await expect(
		page.locator('.headline-grid[data-attacker="RU"] li[data-metric="drones_suppressed"] .range')
	).not.toHaveText('0');
	// the attribution the records' licence asks for, in the footer
	await expect(page.locator('footer .attribution')).toContainText('P. Ivaniuk');
	// and the Russian MoD statements' credit beside it
	await expect(page.locator('footer .credit')).toContainText('Androm2018/ukraine-drone-weather-analysis');
	await expect(
		page.locator('footer .attribution a[href="https://opendatacommons.org/licenses/by/1-0/"]')
	).toHaveText('ODC-BY 1.0');
});
