import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../api/types';
import { HEAT_LEVELS, heatColour, heatmapConfig, heatmapData, interviewerNames, radarData } from './charts';

const evaluation = {
  interviewers: 2,
  categories: [
    { id: 'eval_discipline', title: 'Evaluation discipline', mean: 3, min: 2, max: 4, spread: 2, count: 2, scores: [{ interviewer: 'Ana', score: 2 }, { interviewer: 'Ben', score: 4 }] },
    { id: 'cost_observability', title: 'Cost', mean: 5, min: 5, max: 5, spread: 0, count: 1, scores: [{ interviewer: 'Ben', score: 5 }] },
  ],
} as unknown as Evaluation;

describe('radarData', () => {
  it('has one dataset per interviewer plus the combined mean, in category order', () => {
    const data = radarData(evaluation, (id) => id.toUpperCase());
    expect(data.labels).toEqual(['EVAL_DISCIPLINE', 'COST_OBSERVABILITY']);
    expect(data.datasets.map((d) => d.label)).toEqual(['Ana', 'Ben', 'Combined (mean)']);
    expect(data.datasets[0].data).toEqual([2, null]);
    expect(data.datasets[1].data).toEqual([4, 5]);
    expect(data.datasets[2]).toEqual({ label: 'Combined (mean)', combined: true, data: [3, 5] });
  });
});

describe('interviewerNames', () => {
  it('lists each interviewer once, in order of first appearance', () => {
    expect(interviewerNames(evaluation)).toEqual(['Ana', 'Ben']);
  });
});

describe('heatmapData', () => {
  it('has a cell for every member and trait, 0 where a level is missing', () => {
    const data = heatmapData(
      [{ name: 'Maya', traits: { domain_expertise: 5 } }, { name: 'Tom', traits: { data_intuition: 4 } }],
      [{ id: 'domain_expertise', title: 'Domain' }, { id: 'data_intuition', title: 'Data' }],
    );
    expect(data.cells).toHaveLength(4);
    expect(data.cells).toContainEqual({ x: 'Domain', y: 'Maya', v: 5 });
    expect(data.cells).toContainEqual({ x: 'Data', y: 'Maya', v: 0 });
    expect(data.yLabels).toEqual(['Maya', 'Tom']);
  });
});

describe('heatColour', () => {
  it('darkens with the level and switches to white text on dark cells', () => {
    expect(heatColour(0).text).toBe('#111827');
    expect(heatColour(5).text).toBe('#ffffff');
    expect(heatColour(9)).toEqual(heatColour(5));
    expect(heatColour(1).background).not.toBe(heatColour(4).background);
  });
});

describe('heatmapConfig', () => {
  it('draws members top to bottom and traits left to right in the table’s order', () => {
    const data = heatmapData(
      [{ name: 'Ada', traits: { design: 2 } }, { name: 'Bo', traits: {} }],
      [{ id: 'product_sense', title: 'Product sense' }, { id: 'design', title: 'Design' }],
    );
    const config = heatmapConfig(data);
    expect(config.options.scales.y.labels).toEqual(['Ada', 'Bo']);
    // A vertical category axis puts its first label at the top; reversing it
    // would put Ada at the bottom, opposite to the table.
    expect(config.options.scales.y.reverse).toBe(false);
    expect(config.options.scales.x.labels).toEqual(['Product sense', 'Design']);
  });

  it('has a key entry for every level 0–5', () => {
    expect(HEAT_LEVELS.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
