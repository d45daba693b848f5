/**
 * Fits the map's viewBox to what the filter shows: Ukraine always, plus the places and
 * regions with attacks. Zooming is a viewBox change, so the browser needs no geometry.
 */
import type { Box } from '../geo/basemap.ts';

export type { Box };

export function union(boxes: Box[]): Box | undefined {
	if (boxes.length === 0) return undefined;
	return boxes.reduce((a, b) => [
		Math.min(a[0], b[0]),
		Math.min(a[1], b[1]),
		Math.max(a[2], b[2]),
		Math.max(a[3], b[3])
	]);
}

/**
 * A viewBox `[x, y, width, height]` around the boxes, padded, with the frame's aspect ratio,
 * never smaller than `minWidth` (a single city would otherwise fill the screen).
 */
export function fitView(
	boxes: Box[],
	frame: { width: number; height: number },
	{ padding = 0.06, minWidth = 160 } = {}
): [number, number, number, number] {
	const box = union(boxes) ?? [0, 0, frame.width, frame.height];
	let w = Math.max(box[2] - box[0], minWidth);
	let h = Math.max(box[3] - box[1], (minWidth * frame.height) / frame.width);
	w *= 1 + 2 * padding;
	h *= 1 + 2 * padding;
	const aspect = frame.width / frame.height;
	if (w / h > aspect) h = w / aspect;
	else w = h * aspect;
	const cx = (box[0] + box[2]) / 2;
	const cy = (box[1] + box[3]) / 2;
	return [cx - w / 2, cy - h / 2, w, h].map((n) => Math.round(n * 10) / 10) as [
		number,
		number,
		number,
		number
	];
}
