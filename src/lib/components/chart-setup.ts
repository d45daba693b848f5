/**
 * chart.js with the pieces Salvo's charts use, registered once. DailyChart imports this module
 * dynamically, when its chart nears the screen: chart.js is about half of a chart page's
 * JavaScript, and building a chart of years of nights is most of the page's main-thread work,
 * so neither may delay the first paint or the page's hydration.
 */
import {
	Chart,
	LinearScale,
	LogarithmicScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

// no category scale: the x axis is linear over the periods' index (DailyChart)
// no chart.js Legend: the legend is HTML under the chart, where long names wrap on a phone
Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Tooltip);

export { Chart };
