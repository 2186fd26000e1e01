// Chart data for the two charts, as pure functions (tested), and the
// drawing through Chart.js (registered piecemeal to keep the bundle small).
//
// radarData: the five categories around the circle, one dataset per
// interviewer and one for the combined mean.
// heatmapData: the team's trait levels as a matrix (members × traits), one
// cell per (trait, member), value 0–5, with a colour scale.
import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  CategoryScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import type { Evaluation } from '../api/types';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip, MatrixController, MatrixElement, LinearScale, CategoryScale);

const PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];

export interface RadarData {
  labels: string[];
  datasets: { label: string; data: (number | null)[]; combined: boolean }[];
}

export function radarData(evaluation: Evaluation, titleOf: (categoryId: string) => string): RadarData {
  const labels = evaluation.categories.map((c) => titleOf(c.id) || c.title);
  const datasets = interviewerNames(evaluation).map((interviewer) => ({
    label: interviewer,
    combined: false,
    data: evaluation.categories.map((c) => c.scores.find((s) => s.interviewer === interviewer)?.score ?? null),
  }));
  datasets.push({ label: 'Combined (mean)', combined: true, data: evaluation.categories.map((c) => c.mean) });
  return { labels, datasets };
}

// The interviewers in the order they first appear in the categories' scores.
export function interviewerNames(evaluation: Evaluation): string[] {
  const names: string[] = [];
  for (const category of evaluation.categories) {
    for (const { interviewer } of category.scores) if (!names.includes(interviewer)) names.push(interviewer);
  }
  return names;
}

export function drawRadar(canvas: HTMLCanvasElement, data: RadarData, min = 1, max = 5): Chart {
  const config: ChartConfiguration<'radar'> = {
    type: 'radar',
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d, i) => {
        const colour = d.combined ? '#111827' : PALETTE[i % PALETTE.length];
        return {
          label: d.label,
          data: d.data,
          borderColor: colour,
          backgroundColor: d.combined ? 'rgba(17,24,39,0.08)' : 'transparent',
          borderWidth: d.combined ? 3 : 2,
          borderDash: d.combined ? [] : [4, 3],
          pointRadius: 3,
          fill: d.combined,
          spanGaps: true,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: true,
      animation: false,
      scales: { r: { min: 0, max, ticks: { stepSize: 1 }, suggestedMin: min } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
  return new Chart(canvas, config);
}

export interface HeatCell {
  x: string; // trait title
  y: string; // member name
  v: number; // level 0..5
}

export function heatmapData(
  members: { name: string; traits: Record<string, number> }[],
  traits: { id: string; title: string }[],
): { cells: HeatCell[]; xLabels: string[]; yLabels: string[] } {
  const cells: HeatCell[] = [];
  for (const member of members) {
    for (const trait of traits) {
      cells.push({ x: trait.title, y: member.name, v: member.traits[trait.id] ?? 0 });
    }
  }
  return { cells, xLabels: traits.map((t) => t.title), yLabels: members.map((m) => m.name) };
}

// 0 → pale, 5 → dark blue; the text colour that stays readable on it.
export function heatColour(level: number): { background: string; text: string } {
  // The same steps as the table's .level-N classes (styles.css): dark text on
  // the light cells, white on the dark ones, both above 4.5:1 contrast.
  const lightness = [96, 86, 74, 42, 32, 22][Math.max(0, Math.min(5, Math.round(level)))];
  return { background: `hsl(217, 70%, ${lightness}%)`, text: lightness < 50 ? '#ffffff' : '#111827' };
}

// The levels the heat map's legend explains, lowest first.
export const HEAT_LEVELS: { level: number; meaning: string }[] = [
  { level: 0, meaning: 'none' },
  { level: 1, meaning: 'aware' },
  { level: 2, meaning: 'working knowledge' },
  { level: 3, meaning: 'strong' },
  { level: 4, meaning: 'very strong' },
  { level: 5, meaning: 'expert' },
];

// The heat map's Chart.js configuration. Members run top to bottom and traits
// left to right in the order given, the same order as the table beside it (a
// vertical category axis already draws its first label at the top; `reverse`
// would turn it upside down).
export function heatmapConfig(data: ReturnType<typeof heatmapData>) {
  return {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: 'Trait level',
          data: data.cells,
          backgroundColor: (ctx: { raw?: HeatCell }) => heatColour(ctx.raw?.v ?? 0).background,
          borderColor: '#ffffff',
          borderWidth: 1,
          width: ({ chart }: { chart: Chart }) => (chart.chartArea?.width ?? 0) / Math.max(1, data.xLabels.length) - 2,
          height: ({ chart }: { chart: Chart }) => (chart.chartArea?.height ?? 0) / Math.max(1, data.yLabels.length) - 2,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx: { raw: HeatCell }) => `${ctx.raw.y}, ${ctx.raw.x}: ${ctx.raw.v}` } },
      },
      scales: {
        x: { type: 'category', labels: data.xLabels, offset: true, grid: { display: false }, ticks: { autoSkip: false, maxRotation: 60 } },
        y: { type: 'category', labels: data.yLabels, offset: true, reverse: false, grid: { display: false } },
      },
    },
  };
}

export function drawHeatmap(canvas: HTMLCanvasElement, data: ReturnType<typeof heatmapData>): Chart {
  return new Chart(canvas, heatmapConfig(data) as unknown as ChartConfiguration);
}
