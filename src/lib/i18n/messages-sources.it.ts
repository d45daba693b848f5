/** The Italian of messages-sources.ts, in a file of its own: a page loads its language's strings only. */
import type { en } from './messages-sources.ts';

export const it: Record<keyof typeof en, string> = {
	'source.kind.military': 'Forze armate',
	'source.kind.government': 'Governo',
	'source.kind.local_authority': 'Autorità locale',
	'source.kind.media': 'Testata',
	'source.side': 'Parte',
	'source.kind': 'Tipo',
	'source.person': 'Chi parla',
	'source.note': 'Nota della redazione',
	'source.record': 'In archivio: {attacks}, {claims}.',
	'source.attacks': '{n} attacchi',
	'source.attacks1': '1 attacco',
	'source.claims': '{n} dichiarazioni',
	'source.claims1': '1 dichiarazione',
	'source.none': 'Nessuna dichiarazione di questa fonte è ancora in archivio.',
	'source.compareTitle': 'A confronto con le altre fonti',
	'source.compareIntro':
		'Cifra per cifra, sugli attacchi riportati sia da questa fonte sia da un’altra. Due cifre concordano quando possono essere vere entrambe: «oltre 420» e 426 concordano, 20 e 24 no. Una cifra che la fonte non ha dato è esclusa, mai contata come zero, e i bilanci che riguardano luoghi diversi (la città di un sindaco e l’intero Paese) non sono confrontati. Quando una fonte ha fatto più dichiarazioni sullo stesso attacco (il titolo e il testo di un articolo), si confronta la cifra più alta e le altre sono riportate accanto.',
	'source.noShared': 'Nessun’altra fonte ha riportato gli stessi attacchi.',
	'source.shared': '{n} attacchi in comune',
	'source.shared1': '1 attacco in comune',
	'source.pairNoFigure': 'Entrambe hanno riportato questi attacchi, ma mai la stessa cifra.',
	'source.noCommonFigure': 'Hanno riportato anche alcuni degli stessi attacchi, ma senza cifre in comune:',
	'source.caption': '{metric}: {source} e {other}, sugli attacchi per cui entrambe la danno',
	'source.agreement': 'Concordanza',
	'source.agree': 'concordano',
	'source.disagree': 'non concordano',
	'source.otherPlaces': 'non confrontate: luoghi diversi',
	'source.alsoSaid': 'detto anche {figures}',
	'source.summary':
		'Attacchi in comune: {shared}. Concordano: {agree} su {compared}. Rapporto mediano, {source} ÷ {other}: {ratio}.',
	'source.notCompared': 'Non confrontati perché i due bilanci riguardano luoghi diversi: {n}.',
	'source.latestOnly':
		'La tabella mostra i {shown} attacchi più recenti dei {shared} in comune; i download li contengono tutti.',
	'source.ratioUndefined':
		'non definito (nessun attacco in comune in cui entrambe le cifre siano sopra zero)',
	'headline.title': 'Le cifre principali',
	'headline.intro':
		'A quanto ammontano le cifre di ciascuna fonte e quanto distano le fonti tra loro. Non tutte le fonti riportano gli stessi attacchi: anche per questo i loro totali differiscono.',
	'headline.window': 'Ultime {n} notti di dati: {from} – {to}',
	'headline.attacker.RU': 'Attacchi russi sull’Ucraina',
	'headline.attacker.UA': 'Attacchi ucraini sulla Russia',
	'headline.range': 'da {low} a {high}',
	'headline.inAttacks': 'in {n} attacchi',
	'headline.inAttacks1': 'in 1 attacco',
	'headline.sources': 'Per fonte',
	'headline.partOf': 'di cui, nella sua regione (parte di {whole})'
};
