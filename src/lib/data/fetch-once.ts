/**
 * A data file fetched at most once per page, when the reader first needs it: filtering the
 * map or the charts needs every claim, the first view does not.
 */
export function fetchOnce<T>(url: string): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () =>
		(pending ??= fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return response.json() as Promise<T>;
		}).catch((e: unknown) => {
			pending = undefined; // a failed fetch is tried again on the next need
			throw e;
		}));
}
