/**
 * The channels whose posts the Air Force table was read from, and who speaks in each. The
 * table's `source` is a post path (`kpszsu/posts/pfbid...`, a Facebook post path) or a link
 * (`https://t.me/kpszsu/44624`); its channel decides the claim's source and the article's
 * outlet and id. Every channel the table holds is a source of its own, with its side and kind:
 * the Air Force, its regional air commands (parts of the Air Force: `part_of`), and the few
 * posts of the General Staff, the Commander-in-Chief, military intelligence, a regional
 * administration and a monitoring channel, which are other sources with other standing and
 * are never counted as the Air Force's. A channel not listed here is reported, row by row, and
 * left out; adding it here (and its source record below) is all it takes to import it.
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
	/** Where a post path of this channel lives, when the table gives a path, not a link. */
	host: string;
	/** Whose post, in an article's title: "Air Force post, night of 20–21 July 2025". */
	poster: string;
}

const facebook = 'https://www.facebook.com/';
const channels: Channel[] = [
	{ key: 'kpszsu', source: 'ua-air-force', outlet: 'Ukrainian Air Force', poster: 'Air Force' },
	{
		key: 'pvkpivden',
		source: 'ua-air-command-south',
		outlet: 'Air Command South',
		poster: 'Air Command South'
	},
	{ key: 'pvkshid', source: 'ua-air-command-east', outlet: 'Air Command East', poster: 'Air Command East' },
	{
		key: 'pvkcenter',
		source: 'ua-air-command-centre',
		outlet: 'Air Command Centre',
		poster: 'Air Command Centre'
	},
	{ key: 'pvkzahid', source: 'ua-air-command-west', outlet: 'Air Command West', poster: 'Air Command West' },
	{
		key: 'generalstaff.ua',
		source: 'ua-general-staff',
		outlet: 'General Staff of the Armed Forces of Ukraine',
		poster: 'General Staff',
		prefix: 'generalstaff'
	},
	{
		key: 'cincafu',
		source: 'ua-commander-in-chief',
		outlet: 'Commander-in-Chief of the Armed Forces of Ukraine',
		poster: 'Commander-in-Chief'
	},
	{
		key: 'chiefukrdiu',
		source: 'ua-defence-intelligence',
		outlet: 'Defence Intelligence of Ukraine (chief)',
		poster: 'Defence Intelligence'
	},
	{
		key: 'kharkivoda.gov.ua',
		source: 'kharkiv-regional-military-administration',
		outlet: 'Kharkiv Regional Military Administration',
		poster: 'Kharkiv Regional Administration',
		prefix: 'kharkivoda',
		host: 'https://'
	},
	{
		key: 'war_monitor',
		source: 'war-monitor',
		outlet: 'monitor (Telegram channel)',
		poster: 'monitor channel',
		prefix: 'war-monitor',
		host: 'https://t.me/'
	}
].map(
	({ prefix, host, ...c }: Omit<Channel, 'articlePrefix' | 'host'> & { prefix?: string; host?: string }) => ({
		...c,
		articlePrefix: prefix ?? c.key,
		host: host ?? facebook
	})
);
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

/** The channel of a post, or undefined when the importer does not know that channel. */
export function channelOf(reference: string): Channel | undefined {
	return byKey.get(channelName(reference).toLowerCase());
}

/**
 * Why a post's rows cannot be attributed: a Facebook video (`watch/?v=...`) names no channel,
 * so whose statement it is cannot be told; any other channel is one the importer does not know.
 */
export function unattributed(reference: string): string {
	const name = channelName(reference);
	if (/^watch$/i.test(name))
		return 'a Facebook video (watch/?v=...) names no channel, so whose statement it is cannot be told';
	return `channel "${name}" is not one the importer knows: add it, with its source, to src/lib/import/channels.ts`;
}

/**
 * The address of a post: a link as given; a post path on the host its channel publishes on
 * (`kpszsu/posts/pfbid...` → `https://www.facebook.com/kpszsu/posts/pfbid...`). Undefined when
 * the reference cannot be made an http(s) address.
 */
export function postUrl(reference: string, channel: Channel): string | undefined {
	const ref = reference.trim();
	const url = /^https?:\/\//i.test(ref) ? ref : `${channel.host}${ref.replace(/^\/+/, '')}`;
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
		if (parsed.username || parsed.password || /\s/.test(url)) return undefined;
		return url;
	} catch {
		return undefined;
	}
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
		part_of: 'ua-air-force',
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
		part_of: 'ua-air-force',
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
		part_of: 'ua-air-force',
		note: "Tallies for central Ukraine posted on the command's channels (PvkCenter)."
	},
	{
		id: 'ua-air-command-west',
		name: {
			en: 'Air Command West (Ukrainian Air Force)',
			it: 'Comando aereo Ovest (Aeronautica militare ucraina)',
			uk: 'Повітряне командування «Захід»',
			ru: 'Воздушное командование «Запад»'
		},
		side: 'UA',
		kind: 'military',
		part_of: 'ua-air-force',
		note: "Tallies for western Ukraine posted on the command's channels (PvkZahid)."
	},
	{
		id: 'ua-general-staff',
		name: {
			en: 'General Staff of the Armed Forces of Ukraine',
			it: 'Stato maggiore delle forze armate ucraine',
			uk: 'Генеральний штаб Збройних сил України',
			ru: 'Генеральный штаб Вооружённых сил Украины'
		},
		side: 'UA',
		kind: 'military',
		note: 'Posts of the General Staff (GeneralStaff.ua) that the Air Force table transcribes.'
	},
	{
		id: 'ua-commander-in-chief',
		name: {
			en: 'Commander-in-Chief of the Armed Forces of Ukraine',
			it: 'Comandante in capo delle forze armate ucraine',
			uk: 'Головнокомандувач Збройних сил України',
			ru: 'Главнокомандующий Вооружёнными силами Украины'
		},
		side: 'UA',
		kind: 'military',
		note: "Posts of the Commander-in-Chief's channel (CinCAFU) that the Air Force table transcribes; the office, whoever held it."
	},
	{
		id: 'ua-defence-intelligence',
		name: {
			en: 'Defence Intelligence of Ukraine (its chief)',
			it: 'Intelligence della difesa ucraina (il suo capo)',
			uk: 'Головне управління розвідки (начальник)',
			ru: 'Главное управление разведки Украины (начальник)'
		},
		side: 'UA',
		kind: 'military',
		note: "Posts of the chief of military intelligence's channel (ChiefUkrDIU) that the Air Force table transcribes."
	},
	{
		id: 'kharkiv-regional-military-administration',
		name: {
			en: 'Kharkiv Regional Military Administration',
			it: 'Amministrazione militare regionale di Kharkiv',
			uk: 'Харківська обласна військова адміністрація',
			ru: 'Харьковская областная военная администрация'
		},
		side: 'UA',
		kind: 'local_authority',
		note: 'News of the regional administration (kharkivoda.gov.ua) that the Air Force table transcribes.'
	},
	{
		id: 'war-monitor',
		name: {
			en: 'monitor (Telegram monitoring channel)',
			it: 'monitor (canale Telegram di monitoraggio)',
			uk: 'monitor (Telegram-канал моніторингу)',
			ru: 'monitor (Telegram-канал мониторинга)'
		},
		side: 'UA',
		kind: 'media',
		note: 'A Ukrainian channel that tracks air alerts and launches (t.me/war_monitor); not an official source.'
	}
];
