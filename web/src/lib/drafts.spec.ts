import { describe, expect, it, vi } from 'vitest';
import { clearAllDrafts, debounce, draftStore } from './drafts';

describe('draftStore', () => {
  it('keeps drafts per user and clears them', () => {
    const a = draftStore('u1', localStorage);
    const b = draftStore('u2', localStorage);
    a.save('brief', { name: 'x' });
    expect(a.load('brief')).toEqual({ name: 'x' });
    expect(b.load('brief')).toBeNull();
    a.clear('brief');
    expect(a.load('brief')).toBeNull();
  });

  it('survives a broken storage', () => {
    const broken = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('quota'); },
      removeItem: () => { throw new Error('denied'); },
    } as unknown as Storage;
    const drafts = draftStore('u', broken);
    expect(() => drafts.save('x', 1)).not.toThrow();
    expect(drafts.load('x')).toBeNull();
  });

  it('ignores corrupt JSON', () => {
    localStorage.setItem('fh-draft:u:x', '{nope');
    expect(draftStore('u', localStorage).load('x')).toBeNull();
  });
});

describe('debounce', () => {
  it('runs once with the last arguments, and flush runs now', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const call = debounce(fn, 100);
    call(1);
    call(2);
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith(2);
    call(3);
    call.flush();
    expect(fn).toHaveBeenLastCalledWith(3);
    vi.useRealTimers();
  });
});

describe('debounce cancel', () => {
  it('drops a pending call, and a later call still runs', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const call = debounce(fn, 100);
    call(1);
    call.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
    call(2);
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledExactlyOnceWith(2);
    vi.useRealTimers();
  });
});

describe('clearAllDrafts', () => {
  it('removes every user’s drafts and nothing else', () => {
    localStorage.clear();
    draftStore('u1', localStorage).save('brief:new', { a: 1 });
    draftStore('u2', localStorage).save('scorecard:c1', { b: 2 });
    localStorage.setItem('other-app', 'kept');
    clearAllDrafts(localStorage);
    expect(draftStore('u1', localStorage).load('brief:new')).toBeNull();
    expect(draftStore('u2', localStorage).load('scorecard:c1')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('kept');
    expect(localStorage.length).toBe(1);
  });
});
