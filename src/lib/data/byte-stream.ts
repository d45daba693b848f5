/**
 * A response body made of text chunks, each encoded as UTF-8 when the reader asks for it: a
 * download is never one string or one buffer in the server's memory (SvelteKit's prerender
 * still gathers the bytes to write the file, but outside V8's heap and string limit).
 */
export function byteStream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = chunks[Symbol.iterator]();
	return new ReadableStream({
		pull(controller) {
			const next = iterator.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		cancel() {
			iterator.return?.();
		}
	});
}
