/**
 * The channels whose posts the Air Force table was read from, and who speaks in each. The
 * table's `source` is a post path (`kpszsu/posts/pfbid...`) or a link
 * (`https://t.me/kpszsu/44624`); its channel decides the claim's source and the article's
 * outlet and id. Only the Air Force and its air commands are imported: the table also holds a
 * few posts of the General Staff, the Commander-in-Chief, intelligence, a regional
 * administration and a monitoring channel, which are other sources with other standing; the
 * importer reports and skips them rather than attributing them to the Air Force. Adding a
 * channel here (and its source record) is all it takes to import it.
 */
import type { Source } from '../schema/index.ts';

export interface Channel {
	/** Channel name as written in the table, lower-cased: `kpszsu`, `pvkpivden`. */
	key: string;
	/** Salvo source id of whoever speaks on the channel. */
	source: string;
	/** The article's outlet. */
	outlet: string;
	/** Article ids are `<prefix>-YYYY-MM-DD`. */
	articlePrefix: string;
}

const channels: Channel[] = [
	{ key: 'kpszsu', source: 'ua-air-force', outlet: 'Ukrainian Air Force', articlePrefix: 'kpszsu' },
	{
		key: 'pvkpivden',
		source: 'ua-air-command-south',
		outlet: 'Air Command South',
		articlePrefix: 'pvkpivden'
	},
	{ key: 'pvkshid', source: 'ua-air-command-east', outlet: 'Air Command East', articlePrefix: 'pvkshid' },
	{
		key: 'pvkcenter',
		source: 'ua-air-command-centre',
		outlet: 'Air Command Centre',
		articlePrefix: 'pvkcenter'
	}
];
const byKey = new Map(channels.map((c) => [c.key, c]));

/**
 * The channel name of a post reference: the first path segment, after the host for links
 * (`kpszsu/posts/...` → `kpszsu`, `https://t.me/kpszsu/44624` → `kpszsu`,
 * `watch/?v=...` → `watch`).
 */
export function channelName(reference: string): string {
	const path = reference.trim().replace(/^https?:\/\/(www\.|m\.)?(t\.me|facebook\.com|fb\.com)\//i, '');
	return path.replace(/^https?:\/\//i, '').split('/')[0];
}

/** The channel of a post, or undefined when the importer does not attribute that channel. */
export function channelOf(reference: string): Channel | undefined {
	return byKey.get(channelName(reference).toLowerCase());
}

/** Source records for the channels' speakers, added to a folder's sources.yaml when missing. */
export const channelSources: Source[] = [
	{
		id: 'ua-air-force',
		name: {
			en: 'Ukrainian Air Force',
			it: 'Aeronautica militare ucraina',
			uk: 'Повітряні сили Збройних сил України',
			ru: 'Воздушные силы Вооружённых сил Украины'
		},
		side: 'UA',
		kind: 'military',
		note: "Daily tallies posted on the Air Force's channels (kpszsu)."
	},
	{
		id: 'ua-air-command-south',
		name: {
			en: 'Air Command South (Ukrainian Air Force)',
			it: 'Comando aereo Sud (Aeronautica militare ucraina)',
			uk: 'Повітряне командування «Південь»',
			ru: 'Воздушное командование «Юг»'
		},
		side: 'UA',
		kind: 'military',
		note: "Daily tallies for southern Ukraine posted on the command's channels (PvKPivden)."
	},
	{
		id: 'ua-air-command-east',
		name: {
			en: 'Air Command East (Ukrainian Air Force)',
			it: 'Comando aereo Est (Aeronautica militare ucraina)',
			uk: 'Повітряне командування «Схід»',
			ru: 'Воздушное командование «Восток»'
		},
		side: 'UA',
		kind: 'military',
		note: "Tallies for eastern Ukraine posted on the command's channels (pvkshid)."
	},
	{
		id: 'ua-air-command-centre',
		name: {
			en: 'Air Command Centre (Ukrainian Air Force)',
			it: 'Comando aereo Centro (Aeronautica militare ucraina)',
			uk: 'Повітряне командування «Центр»',
			ru: 'Воздушное командование «Центр»'
		},
		side: 'UA',
		kind: 'military',
		note: "Tallies for central Ukraine posted on the command's channels (PvkCenter)."
	}
];
