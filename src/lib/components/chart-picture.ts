/**
 * The PNG a reader downloads: the chart drawn again at twice its pixels and framed by its
 * caption (chart-image.ts), in the colours of the theme on screen.
 */
import type { ChartImage } from './DailyChart.canvas.svelte';
import { drawImage, imageLayout, type ImageCaption } from './chart-image.ts';

export function chartPicture(chart: ChartImage, caption: ImageCaption, scale = 2): string {
	const shown = chart.canvas.getBoundingClientRect();
	const screenRatio = chart.options.devicePixelRatio;
	// chart.js draws at the ratio it is given: the chart's own lines and labels, sharp at 2×
	chart.options.devicePixelRatio = scale;
	chart.resize();
	try {
		const canvas = document.createElement('canvas');
		const measuring = canvas.getContext('2d');
		const measure = (text: string, font: string) => {
			if (!measuring) return text.length * 7;
			measuring.font = font;
			return measuring.measureText(text).width;
		};
		const layout = imageLayout(caption, { width: shown.width, height: shown.height }, measure, scale);
		const style = getComputedStyle(chart.canvas);
		drawImage(canvas, layout, chart.canvas, {
			background: style.getPropertyValue('--bg').trim() || '#ffffff',
			text: style.getPropertyValue('--text').trim() || '#111111',
			muted: style.getPropertyValue('--muted').trim() || '#555555'
		});
		return canvas.toDataURL('image/png');
	} finally {
		chart.options.devicePixelRatio = screenRatio;
		chart.resize();
	}
}
