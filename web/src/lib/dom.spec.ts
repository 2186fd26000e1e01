import { describe, expect, it, vi } from 'vitest';
import { h, humanize, replace, uid } from './dom';

describe('h', () => {
  it('keeps markup in strings as text', () => {
    const el = h('p', null, '<img src=x onerror=alert(1)>');
    expect(el.children.length).toBe(0);
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('sets attributes, skips false ones and wires listeners', () => {
    const click = vi.fn();
    const el = h('button', { type: 'button', disabled: false, 'aria-pressed': 'true', onclick: click });
    expect(el.getAttribute('type')).toBe('button');
    expect(el.hasAttribute('disabled')).toBe(false);
    expect(el.getAttribute('aria-pressed')).toBe('true');
    el.click();
    expect(click).toHaveBeenCalledOnce();
  });

  it('flattens nested children and skips empty ones', () => {
    const el = h('ul', null, [h('li', null, 'a'), null, [h('li', null, 'b'), false]], undefined);
    expect(Array.from(el.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['a', 'b']);
  });

  it('sets input values as properties', () => {
    const input = h('input', { value: 'typed', checked: true, type: 'checkbox' });
    expect(input.value).toBe('typed');
    expect(input.checked).toBe(true);
  });
});

describe('replace', () => {
  it('drops the old children', () => {
    const el = h('div', null, 'old');
    replace(el, 'new', h('b', null, '!'));
    expect(el.textContent).toBe('new!');
  });
});

describe('uid and humanize', () => {
  it('gives distinct ids', () => {
    expect(uid('f')).not.toBe(uid('f'));
  });
  it('turns ids into words', () => {
    expect(humanize('eval_discipline')).toBe('Eval discipline');
    expect(humanize('readiness.owner')).toBe('Readiness owner');
  });
});
