// The calibration page's chart: per category, the ordinal alpha as a point
// and its bootstrap 95% interval as a floating bar behind it, on a scale
// from −1 to 1 with the bands' thresholds (0.667 tentative, 0.8 reliable)
// as dashed lines. The configuration is a pure function (tested); drawing
// goes through Chart.js, registered piecemeal.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { AlphaChartData } from '../pages/calibration_model';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

export const BAND_LINES = [
  { value: 0.667, label: 'Tentative from 0.667', colour: '#b45309' },
  { value: 0.8, label: 'Reliable from 0.8', colour: '#047857' },
];

export function alphaChartConfig(data: AlphaChartData): ChartConfiguration<'bar' | 'line'> {
  return {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        {
          type: 'bar',
          label: '95% interval',
          data: data.interval as unknown as number[],
          backgroundColor: 'rgba(29, 78, 216, 0.18)',
          borderColor: '#1d4ed8',
          borderWidth: 1,
          barPercentage: 0.5,
          order: 2,
        },
        {
          type: 'line',
          label: 'Alpha (ordinal)',
          data: data.alpha,
          showLine: false,
          pointRadius: 6,
          pointStyle: 'rectRot',
          backgroundColor: '#111827',
          borderColor: '#111827',
          order: 1,
        },
        ...BAND_LINES.map((band) => ({
          type: 'line' as const,
          label: band.label,
          data: data.labels.map(() => band.value),
          borderColor: band.colour,
          borderDash: [6, 4],
          borderWidth: 1.5,
          pointRadius: 0,
          fill: false,
          order: 3,
        })),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { min: -1, max: 1, ticks: { stepSize: 0.25 }, title: { display: true, text: 'Krippendorff’s alpha' } } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

export function drawAlphaChart(canvas: HTMLCanvasElement, data: AlphaChartData): Chart {
  return new Chart(canvas, alphaChartConfig(data) as unknown as ChartConfiguration);
}
