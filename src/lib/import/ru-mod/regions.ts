/**
 * The regions the Russian MoD names in its statements ("над территорией Курской области",
 * "над территориями Брянской и Орловской областей", "над Республикой Крым"), as ISO 3166-2
 * codes. Crimea and Sevastopol are Ukraine's (UA-43, UA-40), as everywhere in Salvo; the
 * MoD's "Московский регион" (the city and its oblast together) is read as Moscow Oblast,
 * the larger of the two, and said so in data/README.md. Seas ("над акваторией Черного моря")
 * are no region: their figures stay in the statement's total only.
 */

/** A stem as the statement writes it (any case), and the region it names. */
const stems: ReadonlyArray<readonly [RegExp, string]> = [
	[/белгород/i, 'RU-BEL'],
	[/курск(?!ий залив)/i, 'RU-KRS'],
	[/брянск/i, 'RU-BRY'],
	[/ростов/i, 'RU-ROS'],
	[/воронеж/i, 'RU-VOR'],
	[/орловск/i, 'RU-ORL'],
	[/калуж/i, 'RU-KLU'],
	[/краснодар/i, 'RU-KDA'],
	[/тульск/i, 'RU-TUL'],
	[/москв(?:а|ы|ой|е|у)(?![\p{L}])/iu, 'RU-MOW'],
	[/московск/i, 'RU-MOS'],
	[
		/(?:истринск|одинцовск|наро-?фоминск|ступинск|можайск|химкинск|люберецк|рузск|воскресенск|раменск|домодедовск|богородск|подольск|коломенск|серпуховск|красногорск|ленинского городского)/i,
		'RU-MOS'
	],
	[/волгоград/i, 'RU-VGG'],
	[/смоленск/i, 'RU-SMO'],
	[/саратов/i, 'RU-SAR'],
	[/липецк/i, 'RU-LIP'],
	[/рязан/i, 'RU-RYA'],
	[/астрахан/i, 'RU-AST'],
	[/нижегород/i, 'RU-NIZ'],
	[/самарск/i, 'RU-SAM'],
	[/ленинградск/i, 'RU-LEN'],
	[/санкт-петербург/i, 'RU-SPE'],
	[/тверск/i, 'RU-TVE'],
	[/тамбов/i, 'RU-TAM'],
	[/новгородск/i, 'RU-NGR'],
	[/ставропол/i, 'RU-STA'],
	[/ярославск/i, 'RU-YAR'],
	[/владимирск/i, 'RU-VLA'],
	[/оренбург/i, 'RU-ORE'],
	[/ульяновск/i, 'RU-ULY'],
	[/пензенск/i, 'RU-PNZ'],
	[/псковск/i, 'RU-PSK'],
	[/мурманск/i, 'RU-MUR'],
	[/архангельск/i, 'RU-ARK'],
	[/ивановск/i, 'RU-IVA'],
	[/калининград/i, 'RU-KGD'],
	[/костромск/i, 'RU-KOS'],
	[/пермск/i, 'RU-PER'],
	[/свердловск/i, 'RU-SVE'],
	[/челябинск/i, 'RU-CHE'],
	[/кировск(?:ой|ая) област/i, 'RU-KIR'],
	[/вологодск/i, 'RU-VLG'],
	[/курганск/i, 'RU-KGN'],
	[/тюменск/i, 'RU-TYU'],
	[/татарстан/i, 'RU-TA'],
	[/башкортостан/i, 'RU-BA'],
	[/чуваш/i, 'RU-CU'],
	[/мордови/i, 'RU-MO'],
	[/марий эл/i, 'RU-ME'],
	[/удмурт/i, 'RU-UD'],
	[/адыге/i, 'RU-AD'],
	[/калмыки/i, 'RU-KL'],
	[/дагестан/i, 'RU-DA'],
	[/чеченск/i, 'RU-CE'],
	[/ингушети/i, 'RU-IN'],
	[/северн(?:ая|ой) осети/i, 'RU-SE'],
	[/кабардино-балкар/i, 'RU-KB'],
	[/карачаево-черкес/i, 'RU-KC'],
	[/карели/i, 'RU-KR'],
	[/республики коми|коми(?![\p{L}])/iu, 'RU-KO'],
	[/севастопол/i, 'UA-40'],
	[/крым/i, 'UA-43'],
	[/харьков/i, 'UA-63'],
	[/запорож/i, 'UA-23'],
	[/херсон/i, 'UA-65'],
	[/донецк|днр(?![\p{L}])/iu, 'UA-14'],
	[/луганск|лнр(?![\p{L}])/iu, 'UA-09'],
	[/сумск/i, 'UA-59'],
	[/черниговск/i, 'UA-74']
];

const seas = /акватори|мор(?:е|я|ем)(?![\p{L}])|залив/iu;

/**
 * The regions a place phrase names, in the order it names them ("Брянской и Орловской
 * областей" → RU-BRY, RU-ORL), and whether it names a sea.
 */
export function regionsIn(phrase: string): { codes: string[]; sea: boolean } {
	const found: { at: number; code: string }[] = [];
	for (const [pattern, code] of stems) {
		for (const m of phrase.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
			found.push({ at: m.index, code });
		}
	}
	found.sort((a, b) => a.at - b.at);
	const codes: string[] = [];
	for (const f of found) if (!codes.includes(f.code)) codes.push(f.code);
	return { codes, sea: seas.test(phrase) };
}
