/** A path with its language prefix removed: `/it/attacks/x` → `/attacks/x`, `/it` → `/`. */
export function resolveRoute(pathname: string): string {
	const stripped = pathname.replace(/^\/it(?=\/|$)/, '') || '/';
	return stripped.length > 1 ? stripped.replace(/\/$/, '') : stripped;
}
