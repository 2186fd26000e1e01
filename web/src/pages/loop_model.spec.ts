import { describe, expect, it } from 'vitest';
import type { Interview, StagedCandidate } from '../api/types';
import { aCandidate, anInterview, aPlaybook } from '../testing/fixtures';
import { byStage, dueText, funnelExitsText, funnelRows, interviewBuckets, neighbourStage, reopenedText, stageMove, timeInStageText, timeOf } from './loop_model';

const stages = ['applied', 'screen', 'interviews', 'decision', 'offer', 'hired', 'rejected', 'withdrawn'];
// A candidate without a stage stands for an older server's answer.
const cand = (id: string, stage?: string): StagedCandidate => aCandidate({ id, opening_id: 'o1', status: 'new', stage });
const day = 24 * 60 * 60 * 1000;
const playbook = aPlaybook();
const now = Date.UTC(2026, 10, 30, 12);
const interview = (id: string, extra: Partial<Interview>): Interview => anInterview({ id, candidate_id: `c-${id}`, interviewer_id: 'u-ana', ...extra });

describe('byStage', () => {
  it('puts each candidate in its stage’s column, in the stages’ order', () => {
    const columns = byStage([cand('a', 'screen'), cand('b', 'hired'), cand('c', 'screen')], stages);
    expect([...columns.keys()]).toEqual(stages);
    expect(columns.get('screen')!.map((c) => c.id)).toEqual(['a', 'c']);
    expect(columns.get('hired')!.map((c) => c.id)).toEqual(['b']);
  });
  it('puts a candidate without a known stage in the first column', () => {
    const columns = byStage([cand('a'), cand('b', 'lost')], stages);
    expect(columns.get('applied')!.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('moves', () => {
  it('finds the neighbouring stage, none past either end', () => {
    expect(neighbourStage(stages, 'screen', 1)).toBe('interviews');
    expect(neighbourStage(stages, 'screen', -1)).toBe('applied');
    expect(neighbourStage(stages, 'applied', -1)).toBeNull();
    expect(neighbourStage(stages, 'withdrawn', 1)).toBeNull();
    expect(neighbourStage(stages, 'nowhere', 1)).toBeNull();
  });
  it('asks a reason for rejected and withdrawn only', () => {
    expect(stageMove(playbook, 'rejected', '  ')).toEqual({ error: expect.stringContaining('Say why') });
    expect(stageMove(playbook, 'withdrawn', '')).toEqual({ error: 'Say why the candidate withdrew.' });
    expect(stageMove(playbook, 'rejected', ' No eval practice ')).toEqual({ body: { stage: 'rejected', stage_reason: 'No eval practice' } });
    expect(stageMove(playbook, 'offer', '')).toEqual({ body: { stage: 'offer' } });
  });
});

describe('interviewBuckets', () => {
  it('sorts into to score, overdue and done', () => {
    const list = [
      interview('late', { due_at: now - 2 * day }),
      interview('soon', { due_at: now + day }),
      interview('later', { due_at: now + 5 * day }),
      interview('marked', { status: 'completed', due_at: now - day }),
      interview('scored', { due_at: now - day }),
      interview('undated', {}),
    ];
    const buckets = interviewBuckets(list, new Set(['c-scored']), now);
    expect(buckets.toScore.map((i) => i.id)).toEqual(['soon', 'later', 'undated']);
    expect(buckets.overdue.map((i) => i.id)).toEqual(['late']);
    expect(buckets.done.map((i) => i.id)).toEqual(['marked', 'scored']);
  });

  it('puts a reopened scorecard back among the open ones, even when the interview says done', () => {
    const reopened = { by: 'u-mo', by_name: 'Mo', at: now - day };
    const list = [
      { ...interview('marked', { status: 'completed', due_at: now + day }), reopened },
      { ...interview('late', { due_at: now - day }), reopened },
      { ...interview('scored', { due_at: now + day }), reopened: null },
    ];
    const buckets = interviewBuckets(list, new Set(['c-scored']), now);
    expect(buckets.toScore.map((i) => i.id)).toEqual(['marked']);
    expect(buckets.overdue.map((i) => i.id)).toEqual(['late']);
    expect(buckets.done.map((i) => i.id)).toEqual(['scored']);
    expect(reopenedText(reopened)).toBe(`Reopened by Mo, ${new Date(now - day).toLocaleString()}`);
  });
});

describe('dueText', () => {
  it('says when, in words', () => {
    expect(dueText(now - 2 * day, now)).toBe('2 days overdue');
    expect(dueText(now - 60_000, now)).toBe('1 day overdue');
    expect(dueText(now + day, now)).toBe('due tomorrow');
    expect(dueText(now + 3 * day, now)).toBe('due in 3 days');
    expect(dueText(now + 60_000, now)).toBe('due today');
    expect(dueText(null, now)).toBe('no due date');
  });
});

describe('timeInStageText', () => {
  it('says days in words, and nothing for an unknown time', () => {
    expect(timeInStageText(0)).toBe('under a day');
    expect(timeInStageText(day - 1)).toBe('under a day');
    expect(timeInStageText(day)).toBe('1 day');
    expect(timeInStageText(12 * day + 5)).toBe('12 days');
    expect(timeInStageText(null)).toBe('');
    expect(timeInStageText(Number.NaN)).toBe('');
    expect(timeInStageText(-5)).toBe('');
  });
});

describe('timeOf', () => {
  it('reads 0 as no time, so an interview without a due date is never overdue', () => {
    expect(timeOf(0)).toBeNull();
    expect(timeOf(now)).toBe(now);
    const buckets = interviewBuckets([interview('undated', { due_at: 0 }), interview('late', { due_at: now - day })], new Set(), now);
    expect(buckets.toScore.map((i) => i.id)).toEqual(['undated']);
    expect(buckets.overdue.map((i) => i.id)).toEqual(['late']);
  });
});

describe('funnelRows', () => {
  it('says each share of the previous stage as a whole percentage, and a dash when there is none', () => {
    const funnel = {
      candidates: 3,
      stages: [
        { id: 'applied', title: 'Applied', reached: 3, share_of_previous: null },
        { id: 'screen', title: 'Screen', reached: 1, share_of_previous: 1 / 3 },
        { id: 'offer', title: 'Offer', reached: 0, share_of_previous: 0 },
        { id: 'hired', title: 'Hired', reached: 0, share_of_previous: null },
      ],
      exits: [{ id: 'rejected', title: 'Rejected', count: 2 }],
    };
    expect(funnelRows(funnel).map((r) => [r.title, r.reached, r.share])).toEqual([
      ['Applied', 3, '—'],
      ['Screen', 1, '33%'],
      ['Offer', 0, '0%'],
      ['Hired', 0, '—'],
    ]);
    expect(funnelExitsText(funnel)).toBe('Rejected 2');
  });
});
