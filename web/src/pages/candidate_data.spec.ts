// The candidate's data rights: who sees the controls, the download's name,
// the erase confirm step, and what is sent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApp, settle } from '../testing/fake_app';
import { candidatePage } from './candidate';
import { candidateDataSection, ERASED_NOTICE, eraseStep, exportFileName, mayManageCandidateData, type EraseState } from './candidate_data';
import { setFlash, takeFlash } from './common';
import { aUser } from '../testing/fixtures';

const interviewer = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const admin = aUser({ id: 'u-ad', email: 'ad@x.test', name: 'Ad', role: 'admin' });
const candidate = { id: 'c1', opening_id: '', name: 'Priya', email: 'p@x.test', profile: {}, status: 'new' };
const exported = { candidate, decisions: [], interviews: [], plans: [], scorecards: [] };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

function button(root: HTMLElement, text: string): HTMLButtonElement | undefined {
  return Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text && !b.hidden);
}

describe('pure logic', () => {
  it('names the download after the candidate id', () => {
    expect(exportFileName('0123abcd')).toBe('candidate-0123abcd.json');
    expect(exportFileName('../x y')).toBe('candidate-___x_y.json');
  });

  it('lets admins and hiring managers manage the data, nobody else', () => {
    expect(mayManageCandidateData('admin')).toBe(true);
    expect(mayManageCandidateData('hiring_manager')).toBe(true);
    expect(mayManageCandidateData('interviewer')).toBe(false);
    expect(mayManageCandidateData(undefined)).toBe(false);
    expect(mayManageCandidateData(null)).toBe(false);
  });

  it('erases only after the confirm step', () => {
    const idle: EraseState = { step: 'idle' };
    expect(eraseStep(idle, { type: 'confirm' })).toEqual(idle);
    const asking = eraseStep(idle, { type: 'ask' });
    expect(asking).toEqual({ step: 'confirming' });
    expect(eraseStep(asking, { type: 'cancel' })).toEqual(idle);
    const erasing = eraseStep(asking, { type: 'confirm' });
    expect(erasing).toEqual({ step: 'erasing' });
    // No second request while one is under way, and no cancel mid-request.
    expect(eraseStep(erasing, { type: 'confirm' })).toEqual(erasing);
    expect(eraseStep(erasing, { type: 'cancel' })).toEqual(erasing);
    const failed = eraseStep(erasing, { type: 'failed', message: 'no' });
    expect(failed).toEqual({ step: 'error', message: 'no' });
    expect(eraseStep(failed, { type: 'confirm' })).toEqual({ step: 'erasing' });
    expect(eraseStep(failed, { type: 'cancel' })).toEqual(idle);
    expect(eraseStep(erasing, { type: 'erased' })).toEqual({ step: 'done' });
    expect(eraseStep(idle, { type: 'erased' })).toEqual(idle);
  });

  it('keeps a flash notice for exactly one page', () => {
    expect(takeFlash()).toBe('');
    setFlash('gone');
    expect(takeFlash()).toBe('gone');
    expect(takeFlash()).toBe('');
  });
});

describe('candidate page data controls', () => {
  it('are hidden from interviewers', async () => {
    const { app } = fakeApp({ 'GET /candidates/c1': () => [200, candidate] }, interviewer);
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('h1')!.textContent).toBe('Priya');
    expect(app.main.querySelector('.candidate-data')).toBeNull();
    expect(button(app.main, 'Export data')).toBeUndefined();
    expect(button(app.main, 'Erase candidate…')).toBeUndefined();
  });

  it('are shown to managers and admins', async () => {
    for (const user of [manager, admin]) {
      const { app } = fakeApp({ 'GET /candidates/c1': () => [200, candidate] }, user);
      await candidatePage(app, { id: 'c1' });
      expect(button(app.main, 'Export data')).toBeDefined();
      expect(button(app.main, 'Erase candidate…')).toBeDefined();
    }
  });

  it('exports the candidate as candidate-<id>.json and says so', async () => {
    const { app, calls } = fakeApp({ 'GET /candidates/c1/export': () => [200, exported] }, manager);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:fake';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.getAttribute('download') ?? '');
    });
    const section = candidateDataSection(app, 'c1', 'Priya')!;
    document.body.appendChild(section);
    button(section, 'Export data')!.click();
    await settle();
    expect(calls).toEqual([{ method: 'GET', path: '/candidates/c1/export', body: undefined }]);
    expect(names).toEqual(['candidate-c1.json']);
    expect(JSON.parse(await blobs[0].text())).toEqual(exported);
    expect(blobs[0].type).toBe('application/json');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(section.querySelector('[data-export-status]')!.textContent).toContain('candidate-c1.json');
  });

  it('says when the export fails', async () => {
    const { app } = fakeApp({ 'GET /candidates/c1/export': () => [403, { error: { code: 'permission_denied', message: 'not for your role' } }] }, manager);
    const section = candidateDataSection(app, 'c1', 'Priya')!;
    button(section, 'Export data')!.click();
    await settle();
    const status = section.querySelector('[data-export-status]')!;
    expect(status.textContent).toContain('not for your role');
    expect(status.className).toContain('banner-error');
  });

  it('asks before erasing, moves the focus, and cancels with the keyboard', async () => {
    const { app, calls } = fakeApp({}, manager);
    const section = candidateDataSection(app, 'c1', 'Priya')!;
    document.body.appendChild(section);
    const erase = button(section, 'Erase candidate…')!;
    erase.click();
    expect(calls).toEqual([]);
    const panel = section.querySelector<HTMLElement>('#erase-confirm')!;
    expect(panel.getAttribute('role')).toBe('group');
    expect(panel.querySelector('h3')!.textContent).toBe('Erase Priya?');
    expect(erase.isConnected).toBe(false);
    expect(button(section, 'Erase permanently')).toBeDefined();
    expect(document.activeElement).toBe(button(section, 'Cancel'));
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(section.querySelector('#erase-confirm')).toBeNull();
    expect(document.activeElement).toBe(erase);
    expect(erase.isConnected).toBe(true);
    erase.click();
    button(section, 'Cancel')!.click();
    expect(section.querySelector('#erase-confirm')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('erases on "Erase permanently" with the CSRF header and goes to the list with a notice', async () => {
    const { app, calls, navigated } = fakeApp({ 'DELETE /candidates/c1': () => [204] }, manager);
    app.api.setCsrfToken('tok');
    const fetch = vi.mocked((app.api as unknown as { fetchImpl: (input: string, init?: RequestInit) => Promise<Response> }).fetchImpl);
    const section = candidateDataSection(app, 'c1', 'Priya')!;
    document.body.appendChild(section);
    button(section, 'Erase candidate…')!.click();
    button(section, 'Erase permanently')!.click();
    await settle();
    expect(calls).toEqual([{ method: 'DELETE', path: '/candidates/c1', body: undefined }]);
    expect((fetch.mock.calls[0][1]!.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(navigated).toEqual(['/candidates']);
    expect(takeFlash()).toBe(ERASED_NOTICE);
  });

  it('shows an API error beside the button and stays on the page', async () => {
    const { app, navigated } = fakeApp({ 'DELETE /candidates/c1': () => [403, { error: { code: 'permission_denied', message: 'not for your role' } }] }, manager);
    const section = candidateDataSection(app, 'c1', 'Priya')!;
    document.body.appendChild(section);
    button(section, 'Erase candidate…')!.click();
    button(section, 'Erase permanently')!.click();
    await settle();
    const error = section.querySelector('[data-erase-error]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('not for your role');
    expect(document.activeElement).toBe(button(section, 'Erase permanently'));
    expect(navigated).toEqual([]);
    expect(takeFlash()).toBe('');
  });
});
