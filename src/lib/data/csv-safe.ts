/**
 * A text cell a spreadsheet will not run. Excel, LibreOffice and Google Sheets read a cell
 * that starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula,
 * so a quote such as `=HYPERLINK("http://evil", "click")` in a record would become a live
 * formula on a reader's machine. Such cells get a leading `'`, the spreadsheets' own mark for
 * "this is text" (OWASP's advice for CSV injection). Numbers are written as numbers and
 * never pass through here.
 */
export function spreadsheetSafe(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
