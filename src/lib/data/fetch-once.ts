/**
 * A data file fetched at most once per page, when the reader first needs it: filtering the
 * map or the charts needs every claim, the first view does not. `read` shapes the parsed file
 * (into typed arrays, say): only its result is kept, so the parsed JSON can be collected.
 */
export function fetchOnce<T, R = T>(url: string, read: (file: T) => R = (file) => file as unknown as R): () => Promise<R> {
	let pending: Promise<R> | undefined;
	return () =>
		(pending ??= fetch(url).then(async (response) => {
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return read((await response.json()) as T);
		}).catch((e: unknown) => {
			pending = undefined; // a failed fetch is tried again on the next need
			throw e;
		}));
}
