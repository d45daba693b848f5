/**
 * How to cite Salvo: APA and BibTeX, naming the build's version and date, for the downloads
 * page and every embed's credit. The same build facts as the data package (build-info.server.ts).
 */

export interface CitationBuild {
	version: string;
	/** The build's day, YYYY-MM-DD. */
	date: string;
	dataUpTo?: string;
	/** The site's address, when the build knows it. */
	origin?: string;
}

export interface Citation {
	apa: string;
	bibtex: string;
}

export const datasetTitle = 'Salvo: Drone, missile and casualty claims from the Russia–Ukraine war';
export const datasetAuthor = 'Salvo contributors';

const months = 'January February March April May June July August September October November December'.split(
	' '
);
const bibMonths = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

export function citation(build: CitationBuild): Citation {
	const [y, m, d] = build.date.split('-').map(Number);
	const url = build.origin ? `${build.origin}/downloads` : undefined;
	const upTo = build.dataUpTo ? `; data up to ${build.dataUpTo}` : '';
	const apa =
		`${datasetAuthor}. (${y}, ${months[m - 1]} ${d}). ${datasetTitle} (Version ${build.version}${upTo}) [Data set]. Salvo.` +
		(url ? ` ${url}` : '');
	const fields: [string, string][] = [
		['author', `{${datasetAuthor}}`],
		['title', `{${datasetTitle.replace('–', '--')}}`],
		['year', String(y)],
		['month', bibMonths[m - 1]],
		['version', `{${build.version}}`],
		['date', `{${build.date}}`],
		...(url ? ([['url', `{${url}}`]] as [string, string][]) : []),
		['note', `{Data set${build.dataUpTo ? `, data up to ${build.dataUpTo}` : ''}}`]
	];
	const width = Math.max(...fields.map(([k]) => k.length));
	const bibtex =
		`@misc{salvo_${build.date.replaceAll('-', '_')},\n` +
		fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n') +
		'\n}';
	return { apa, bibtex };
}
