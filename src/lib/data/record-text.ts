/**
 * Turns a record file's bytes into text, or says why it cannot: record files are UTF-8 (a
 * byte-order mark is accepted, since some Windows editors write one). UTF-16 and legacy 8-bit
 * encodings are refused with a message naming the likely encoding, because decoding them as
 * UTF-8 would silently turn a quote's Cyrillic or accented letters into other characters.
 */

/** Files past this size are not record files (the largest real list is well under 10 MB). */
export const maxFileBytes = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type RecordText = { text: string } | { problem: string };

export function decodeRecordText(bytes: Uint8Array): RecordText {
	if (bytes.length > maxFileBytes) {
		return { problem: `is ${(bytes.length / 1024 / 1024).toFixed(0)} MB: a record file is at most ${maxFileBytes / 1024 / 1024} MB` };
	}
	const [a, b] = bytes;
	if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
		return { problem: 'is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8' };
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return {
			problem: 'is not valid UTF-8 text (Latin-1 or Windows-1252, perhaps): save it as UTF-8'
		};
	}
	// UTF-16 without a mark decodes as UTF-8 with a NUL beside every ASCII letter
	if (text.includes('\u0000')) {
		return { problem: 'contains NUL bytes: UTF-16 or a binary file, not UTF-8 text' };
	}
	return { text: text.replace(/^\uFEFF/, '') };
}
