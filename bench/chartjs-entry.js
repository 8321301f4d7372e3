// The peer: one minimal Chart.js horizontal bar chart of the same five
// percentiles, with only the bar-chart pieces registered.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Draws the five percentiles as horizontal bars on a new canvas in `parent`. */
export function drawChart(parent, values) {
  const canvas = document.createElement('canvas');
  parent.append(canvas);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: ['10th', '25th', 'Median', '75th', '90th'],
      datasets: [{ label: 'Annual pay', data: values, backgroundColor: '#1d5fbf' }],
    },
    options: { indexAxis: 'y', animation: false, responsive: false, plugins: {} },
  });
}
