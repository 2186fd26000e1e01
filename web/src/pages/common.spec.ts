import { describe, expect, it } from 'vitest';
import { fitWords, percentOf, reasoned, ruleTag } from './common';

describe('the rule behind "Why?"', () => {
  it('shows the sentence plainly and folds the rule id into a closed disclosure', () => {
    const node = reasoned('Nobody owns it after launch.', 'readiness.owner');
    expect(node.querySelector('.reason-text')!.textContent).toBe('Nobody owns it after launch.');
    const why = node.querySelector('details.why') as HTMLDetailsElement;
    expect(why.open).toBe(false);
    expect(why.querySelector('summary')!.textContent).toBe('Why?');
    expect(why.querySelector('code.rule')!.textContent).toBe('readiness.owner');
    expect(ruleTag('gate.pass').getAttribute('data-rule')).toBe('gate.pass');
  });
});

describe('fitWords', () => {
  it('says points as words, the sign included', () => {
    expect(fitWords(4)).toBe('strong fit');
    expect(fitWords(2)).toBe('good fit');
    expect(fitWords(1)).toBe('slight fit');
    expect(fitWords(0)).toBe('neutral');
    expect(fitWords(-1)).toBe('poor fit');
    expect(fitWords(-3)).toBe('very poor fit');
  });
});

describe('percentOf', () => {
  it('rounds to a whole percentage and refuses a missing maximum', () => {
    expect(percentOf(26.85, 34.5)).toBe('78%');
    expect(percentOf(0, 34.5)).toBe('0%');
    expect(percentOf(3, 0)).toBe('–');
    expect(percentOf(null, 10)).toBe('–');
  });
});
