/**
 * The picture a reader downloads from a chart: the chart framed by what makes it stand alone
 * once pasted into an article or a slide (its title, the period, the legend, "Source: … via
 * Salvo" and the date of the data), at twice the screen's pixels for print.
 *
 * `imageLayout` is pure (it measures text with the function it is given) so that what the
 * picture holds is tested without a canvas; `drawImage` only paints a layout.
 */

export interface ImageCaption {
	title: string;
	/** The period shown, in words ("1 December 2025 – 31 December 2025"). */
	period: string;
	legend: { label: string; colour: string; dashed?: boolean }[];
	/** "Source: … via Salvo". */
	credit: string;
	/** "Data up to …". */
	dataDate: string;
}

export interface TextItem {
	text: string;
	x: number;
	y: number;
	font: string;
	role: 'title' | 'period' | 'legend' | 'credit' | 'date';
	align: 'left' | 'right';
}

export interface ImageLayout {
	/** The picture's size in CSS pixels; the canvas is `scale` times this. */
	width: number;
	height: number;
	scale: number;
	/** Where the chart's own picture goes. */
	chart: { x: number; y: number; width: number; height: number };
	texts: TextItem[];
	/** The legend's colour marks, beside their labels. */
	swatches: { x: number; y: number; width: number; colour: string; dashed: boolean }[];
}

/** The width of a text in a font, in CSS pixels: the canvas's measureText in the browser. */
export type Measure = (text: string, font: string) => number;

const family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const fonts = {
	title: `600 20px ${family}`,
	period: `14px ${family}`,
	legend: `13px ${family}`,
	small: `12px ${family}`
} as const;
const pad = 16;
const swatch = 16;

/** Words into lines no wider than `width` (a word wider than the line gets a line of its own). */
export function wrap(text: string, width: number, font: string, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next, font) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lays out the caption around a chart of `chart` CSS pixels. */
export function imageLayout(
	caption: ImageCaption,
	chart: { width: number; height: number },
	measure: Measure,
	scale = 2
): ImageLayout {
	// never narrower than a phone column: a chart drawn at 300 px still gets a legible caption
	const width = Math.max(Math.round(chart.width) + 2 * pad, 360);
	const inner = width - 2 * pad;
	const texts: TextItem[] = [];
	const swatches: ImageLayout['swatches'] = [];
	let y = pad;
	const line = (text: string, font: string, role: TextItem['role'], height: number) => {
		for (const l of wrap(text, inner, font, measure)) {
			texts.push({ text: l, x: pad, y, font, role, align: 'left' });
			y += height;
		}
	};
	line(caption.title, fonts.title, 'title', 26);
	if (caption.period) line(caption.period, fonts.period, 'period', 20);
	y += 4;
	// the legend flows like words: an item that does not fit starts a new row
	let x = pad;
	const row = 20;
	for (const item of caption.legend) {
		const w = swatch + 6 + measure(item.label, fonts.legend);
		if (x > pad && x + w > width - pad) {
			x = pad;
			y += row;
		}
		swatches.push({ x, y: y + 8, width: swatch, colour: item.colour, dashed: !!item.dashed });
		texts.push({ text: item.label, x: x + swatch + 6, y, font: fonts.legend, role: 'legend', align: 'left' });
		x += w + 16;
	}
	if (caption.legend.length) y += row + 6;
	const box = { x: pad, y, width: Math.round(chart.width), height: Math.round(chart.height) };
	y += box.height + 10;
	// the credit on the left, the date on the right; on a narrow picture, one under the other
	const credit = wrap(caption.credit, inner, fonts.small, measure);
	const dateWidth = measure(caption.dataDate, fonts.small);
	const sideBySide = credit.length === 1 && measure(credit[0], fonts.small) + 24 + dateWidth <= inner;
	for (const l of credit) {
		texts.push({ text: l, x: pad, y, font: fonts.small, role: 'credit', align: 'left' });
		y += 17;
	}
	if (sideBySide)
		texts.push({
			text: caption.dataDate,
			x: width - pad,
			y: y - 17,
			font: fonts.small,
			role: 'date',
			align: 'right'
		});
	else {
		texts.push({ text: caption.dataDate, x: pad, y, font: fonts.small, role: 'date', align: 'left' });
		y += 17;
	}
	return { width, height: Math.ceil(y + pad - 4), scale, chart: box, texts, swatches };
}

/** The theme's colours the picture is painted in. */
export interface ImageColours {
	background: string;
	text: string;
	muted: string;
}

/**
 * Paints a layout on a canvas of its size times its scale, with the chart's own picture (drawn
 * at the same scale, see ChartPanel) in its box.
 */
export function drawImage(
	canvas: HTMLCanvasElement,
	layout: ImageLayout,
	chartPicture: CanvasImageSource,
	colours: ImageColours
): void {
	canvas.width = layout.width * layout.scale;
	canvas.height = layout.height * layout.scale;
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	ctx.scale(layout.scale, layout.scale);
	ctx.fillStyle = colours.background;
	ctx.fillRect(0, 0, layout.width, layout.height);
	ctx.textBaseline = 'top';
	for (const item of layout.texts) {
		ctx.font = item.font;
		ctx.textAlign = item.align;
		ctx.fillStyle = item.role === 'title' || item.role === 'legend' ? colours.text : colours.muted;
		ctx.fillText(item.text, item.x, item.y);
	}
	ctx.lineWidth = 3;
	for (const s of layout.swatches) {
		ctx.strokeStyle = s.colour.startsWith('var(') ? colours.muted : s.colour;
		ctx.setLineDash(s.dashed ? [4, 3] : []);
		ctx.beginPath();
		ctx.moveTo(s.x, s.y);
		ctx.lineTo(s.x + s.width, s.y);
		ctx.stroke();
	}
	ctx.setLineDash([]);
	const c = layout.chart;
	ctx.drawImage(chartPicture, c.x, c.y, c.width, c.height);
}
