/**
 * Where an attack is read: on its night's page (one page per night with records, so the
 * number of pages grows with nights, not attacks), at the attack's own section.
 */
export function attackPath(attack: { id: string; date: string }): string {
	return `/attacks/${attack.date}#${attack.id}`;
}
