/** The Italian of messages-publish.ts, in a file of its own: a page loads its language's strings only. */
import type { en } from './messages-publish.ts';

export const it: Record<keyof typeof en, string> = {
	'publish.tablesTitle': 'Elenchi dei record',
	'publish.tablesIntro':
		'Le fonti, gli articoli, i luoghi e i tipi di arma che le dichiarazioni citano per id, perché un download sia utilizzabile senza il sito.',
	'publish.table.sources': 'Fonti: chi ha fatto ogni dichiarazione',
	'publish.table.articles': 'Articoli e post: dove è stata letta ogni dichiarazione',
	'publish.table.places': 'Luoghi: centri abitati con coordinate, e regioni intere',
	'publish.table.weapons': 'Tipi di arma',
	'publish.packageTitle': 'Pacchetto di dati e file per mappe',
	'publish.package':
		'Pacchetto di dati Frictionless: ogni file di questa pagina con la sua licenza, e uno schema (Table Schema) per ogni CSV (tipi, valori ammessi, chiavi)',
	'publish.geojson': 'I luoghi colpiti in GeoJSON: nomi, regione, attacchi e ogni cifra sommata per fonte',
	'publish.citeTitle': 'Come citare',
	'publish.citeIntro':
		'Versione {version}, generata il {date}. Cita anche le fonti delle cifre, non solo Salvo.',
	'publish.apa': 'APA',
	'publish.bibtex': 'BibTeX',
	'publish.copy': 'Copia',
	'publish.copyLabel': 'Copia la citazione {format}',
	'publish.copied': 'Copiato.',
	'publish.copyFailed': 'Copia non consentita: seleziona il testo e copialo.',
	'publish.cite': 'Cita questi dati',
	'publish.licencesTitle': 'Licenze',
	'publish.licences':
		'Il codice di Salvo e i record curati a mano: MIT. Le cifre dell’Aeronautica militare ucraina: Open Data Commons Attribution License 1.0, con la catena Comando dell’Aeronautica (post) → P. Ivaniuk, «Massive Missile Attacks on Ukraine» → Salvo. Le dichiarazioni del Ministero della Difesa russo: come raccolte in Androm2018/ukraine-drone-weather-analysis.',
	'publish.upTo': 'Dati fino alla notte del {date}.',
	'publish.changed': 'Ultima modifica ai record: {date}.',
	'publish.changesLink': 'Modifiche',
	'publish.changesTitle': 'Modifiche ai record',
	'publish.changesIntro':
		'Ogni modifica ai file dei record, dalla più recente, dalla storia del progetto: quando, perché (il messaggio della modifica), le notti toccate e ogni cifra cambiata, prima → dopo. Qui compare anche una reimportazione che ha corretto una riga.',
	'publish.noHistory.no-git':
		'Questa copia del sito è stata generata senza la sua storia (da un archivio, fuori da git): le modifiche non si possono elencare qui. Sono nel repository git del progetto.',
	'publish.noHistory.untracked':
		'I record da cui è stato generato questo sito non sono in git: non c’è una storia di modifiche da elencare.',
	'publish.noHistory.shallow':
		'Questa copia del sito è stata generata da un clone parziale (shallow), che contiene solo l’ultimo commit: le modifiche non si possono elencare senza leggere il più vecchio come se aggiungesse ogni record. Sono nel repository git del progetto.',
	'publish.change.nights': '{n} notti',
	'publish.change.nightRange': '{n} notti, dal {from} al {to}',
	'publish.change.added': 'Dichiarazioni aggiunte',
	'publish.change.addedSummary': '{n} dichiarazioni aggiunte in {nights} notti ({sources}).',
	'publish.change.removed': 'Dichiarazioni rimosse',
	'publish.change.figures': 'Cifre cambiate',
	'publish.change.edits': 'Parole o citazioni cambiate',
	'publish.change.lists': 'Record degli elenchi',
	'publish.change.listCount': '{file}: {added} aggiunti, {removed} rimossi, {changed} cambiati',
	'publish.change.more': 'Altre {n} non elencate qui: git show {commit} -- data/',
	'publish.change.unreadable': 'Non leggibili come record in una delle versioni: {files}',
	'publish.change.none': 'Nessuna cifra cambiata.',
	'publish.col.night': 'Notte',
	'publish.col.claim': 'Dichiarazione',
	'publish.col.source': 'Fonte',
	'publish.col.figure': 'Cifra',
	'publish.col.before': 'Prima',
	'publish.col.after': 'Dopo',
	'publish.col.figures': 'Cifre',
	'publish.col.fields': 'Cambiati',
	'publish.notGiven': 'non data',
	'publish.nightChanged': 'Ultima modifica a questi record: {date}.',
	'publish.nightChanges': 'Le loro modifiche',
	'publish.changeCount': 'Modifiche ai record: {n}, dal {from} al {to}.',
	'publish.mapGeojson': 'I luoghi in GeoJSON'
};
