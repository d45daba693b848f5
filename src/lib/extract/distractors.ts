/**
 * Numbers that look like figures but are not: ages, times, distances, years, dates, counts of
 * regions, weekly or monthly totals beside a night's figures, and numbers about other events
 * (prisoner exchanges, abductions), which Salvo leaves out of the records.
 */
import type { NumberMention } from './numbers.ts';

export type DistractorKind =
	| 'age'
	| 'time'
	| 'distance'
	| 'year'
	| 'date'
	| 'region-count'
	| 'period-total'
	| 'other-event'
	| 'hits'
	| 'combined'
	| 'breakdown'
	| 'caption'
	| 'negation'
	| 'rounded'
	| 'earlier'
	| 'fraction'
	| 'reconnaissance'
	| 'headline-disagrees'
	| 'headline-repeats';

const months = String.raw`gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря`;

const ageAfter =
	/^\s*(?:-?enne|anni|anno|-?years?[- ]old|years?|-?year-old|рок(?:ів|и|у)|-?річн\p{L}*)(?!\p{L})/iu;
const ageBefore =
	/(?:(?:uomo|donna|ragazz\p{L}|bambin\p{L}|anzian\p{L}|signora|signore|man|woman|boy|girl|чоловік|жінка|хлопчик|дівчинка)\s+(?:di|of)\s*|(?:aged|età di|віком|вік)\s*)$/iu;
const timeAfter = /^(?:[:.h]\d{2}(?!\d)|\s*(?:a\.?m\.?|p\.?m\.?|o'clock|годин\p{L}*)(?!\p{L}))/iu;
const timeBefore = /(?:alle|ore|at|о|об|від|dalle)\s*$/iu;
const distanceAfter =
	/^\s*(?:km|chilometri|chilometro|kilometres?|kilometers?|miles?|metri|metro|metres?|meters?|км|кілометр\p{L}*|метр\p{L}*)(?!\p{L})/iu;
const dateAfter = new RegExp(String.raw`^\s*(?:${months})(?!\p{L})`, 'iu');
const dateBefore = new RegExp(String.raw`(?:${months})\.?\s*$`, 'iu');
const regionAfter =
	/^\s*(?:\p{L}+\s+)?(?:regioni|regione|regions?|oblasts?|province|provinces|областях|областей|області|облас\p{L}*|città|cities|towns|distretti|districts|comuni|громад\p{L}*)(?!\p{L})/iu;
const periodCue = new RegExp(
	String.raw`(?:settiman\p{L}*|week|weekly|тижн\p{L}*|тиждень|(?:nel|al|del|questo|ultimo|scorso) mese|mensil\p{L}*|month\p{L}*|in a month|місяц\p{L}*|dall'inizio|dall’inizio|since the (?:start|beginning)|від початку|quest'anno|quest’anno|this year|цього року|в цілому|in total(?!\p{L})|past day|past 24 hours|ultime 24 ore|за минулу добу|минулої доби|за добу|за сутки|ultimi \p{L}+ giorni|(?:past|last) \p{L}+ days|(?<![\p{L}])(?:in|through|during|over the course of|nel mese di|a|у|в)\s+(?:${months})(?![\p{L}])(?!\s+\d))`,
	'iu'
);
const nightCue = /(?:notte|stanotte|notturn\p{L}*|overnight|night|вночі|ніч\p{L}*|ultime ore|last hours)/iu;
const otherEventCue =
	/(?:prigionier\p{L}*|scambio|scambi|prisoners?|exchange|swap|полонен\p{L}*|обмін\p{L}*|rapit\p{L}*|rapiment\p{L}*|deportat\p{L}*|abduct\p{L}*|kidnap\p{L}*|deported|викраден\p{L}*|депортован\p{L}*|rimpatri\p{L}*|repatriat\p{L}*|репатрі\p{L}*|репатри\p{L}*|shelling|artillery|artiglieria|артилер\p{L}*|артиллер\p{L}*)/iu;

/** Drones or missiles that reached their targets: hits are not a metric Salvo records. */
const hitsAfter =
	/^\s+(?:[\p{L}-]+\s+){0,4}?(?:hits?|impacts?|struck|crashed|hanno colpito|влучан\p{L}*|попадан\p{L}*)(?!\p{L})/iu;
const hitsBefore = /(?:влучання|влучань|попадани[ея]|hits? of|impacts? of)\s*(?:\p{L}+\s+)?$/iu;
/** "550 drones and missiles", "823 aerial weapons", "40 targets": one count of two metrics. */
const combinedAfter =
	/^\s+(?:[\p{L}-]+\s+)?(?:(?:drones?|droni|дрон\p{L}*|безпілотник\p{L}*)\s+(?:and|e|та|і|и|or)\s+(?:missiles?|missili|ракет\p{L}*)|(?:missiles?|missili|ракет\p{L}*)\s+(?:and|e|та|і|и|or)\s+(?:drones?|droni|дрон\p{L}*)|aerial weapons|(?:air\s+)?targets|bersagli|obiettivi|цілей|цілі)(?!\p{L})/iu;
/** "the largest attack since the start of the war": a comparison, not a period's total. */
const recordSince =
	/(?:più grande|più imponente|largest|biggest|record|найбільш\p{L}*|наймасованіш\p{L}*|рекордн\p{L}*)[^.!?]{0,80}?(?:dall['’]inizio|since the (?:start|beginning)|від початку)[^.,;]*/giu;

/**
 * Why a number is not a figure, judged from the text around it; undefined when nothing says
 * it is not. `sentence` is the number's sentence, `metricFollows` whether a metric word comes
 * right after (so "2000 droni" is not a year).
 */
export function distractorOf(
	text: string,
	n: NumberMention,
	sentence: string,
	metricFollows: boolean
): DistractorKind | undefined {
	const after = text.slice(n.end, n.end + 30);
	const before = text.slice(Math.max(0, n.start - 40), n.start);
	if (ageAfter.test(after) || ageBefore.test(before)) return 'age';
	if (
		n.form === 'digits' &&
		(timeAfter.test(after) || (timeBefore.test(before) && n.value <= 24 && !metricFollows))
	)
		return 'time';
	if (distanceAfter.test(after)) return 'distance';
	if (dateAfter.test(after) || (n.form === 'digits' && n.value <= 31 && dateBefore.test(before)))
		return 'date';
	if (n.form === 'digits' && /^\d{4}$/.test(n.text) && n.value >= 1900 && n.value <= 2100 && !metricFollows)
		return 'year';
	if (regionAfter.test(after)) return 'region-count';
	if (hitsAfter.test(after) || hitsBefore.test(before)) return 'hits';
	// "no one was hurt": a zero said in words, not one person
	if (n.value === 1 && /(?:^|[^\p{L}])(?:no|nessun[oa]?|жоден|жодна|ни)\s*$/iu.test(before))
		return 'negation';
	// "три четверти дронов": a share, not a count
	if (/^\s+(?:четверт\p{L}*|quarters?|terzi|half|thirds?|третин\p{L}*|треть\p{L}*)(?!\p{L})/iu.test(after))
		return 'fraction';
	// reconnaissance drones are not the attack's: Salvo counts strike drones and missiles
	if (
		/^\s+(?:[\p{L}-]+\s+)?(?:reconnaissance|ricognizione|розвідувальн\p{L}*|разведывательн\p{L}*)(?!\p{L})/iu.test(
			after
		)
	)
		return 'reconnaissance';
	if (combinedAfter.test(text.slice(n.end, n.end + 60))) return 'combined';
	sentence = sentence.replace(recordSince, '');
	if (otherEventCue.test(sentence)) return 'other-event';
	if (periodCue.test(sentence) && !nightCue.test(sentence)) return 'period-total';
	if (periodCue.test(clauseAround(text, n).replace(recordSince, '')) && nightCue.test(sentence))
		return 'period-total';
	return undefined;
}

/** The clause a number sits in: between commas, semicolons, colons or dashes. */
function clauseAround(text: string, n: NumberMention): string {
	let start = n.start;
	while (start > 0 && !/[,;:.!?\n–—(]/.test(text[start - 1]) && n.start - start < 200) start--;
	let end = n.end;
	while (end < text.length && !/[,;:.!?\n–—)]/.test(text[end]) && end - n.end < 200) end++;
	return text.slice(start, end);
}
