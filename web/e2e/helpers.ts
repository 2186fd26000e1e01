// What the end-to-end tests share: where things are, the users, and the
// checks every page goes through (axe-core, a 375 px screen, screenshots).
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = resolve(WEB_DIR, '..');
export const BIN = resolve(REPO, process.env.FIRSTHIRE_BIN ?? 'build/src/firsthire');
export const BROWSER = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Where the README's PNGs go ("" = none).
const SHOTS_DIR = process.env.SCREENSHOTS === undefined ? join(REPO, 'docs', 'screenshots') : process.env.SCREENSHOTS;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const PASSWORD = 'correct horse battery staple';
// The address the server's emails come from (serve --smtp-from).
export const MAIL_FROM = 'hiring@example.test';
export const USERS = [
  { email: 'admin@example.test', role: 'admin', name: 'Ada Admin' },
  { email: 'maria@example.test', role: 'hiring_manager', name: 'Maria Manager' },
  { email: 'ana@example.test', role: 'interviewer', name: 'Ana Interviewer' },
  { email: 'ben@example.test', role: 'interviewer', name: 'Ben Interviewer' },
];

export function baseUrl(): string {
  const base = process.env.E2E_BASE_URL;
  if (!base) throw new Error('E2E_BASE_URL is not set (global_setup.ts starts the server)');
  return base;
}

// A condition the test needs, with the message shown when it does not hold.
export function ok(condition: unknown, message: string): void {
  expect(Boolean(condition), message).toBe(true);
}

// Runs axe-core in the page (through the DevTools protocol, so the page's
// Content-Security-Policy stays on) and fails on serious or critical findings.
export async function axe(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const r = await run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `axe on ${label}`).toEqual([]);
}

export async function fitsNarrowScreen(page: Page, label: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(300); // charts resize on the next frames
  const { overflow, widest } = await page.evaluate(() => {
    const wide: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 && el.checkVisibility?.() !== false) {
        wide.push(`${el.tagName.toLowerCase()}.${el.className || ''}#${el.id || ''} right=${Math.round(r.right)}`);
      }
    }
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, widest: wide.slice(0, 6) };
  });
  if (size) await page.setViewportSize(size);
  ok(overflow <= 1, `${label} is ${overflow}px wider than a 375px screen: ${widest.join(', ')}`);
}

// axe-core on the default screen and on a 375 px one, and nothing wider
// than that narrow screen.
export async function axeBothWidths(page: Page, label: string): Promise<void> {
  await axe(page, label);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  await axe(page, `${label} at 375 px`);
  if (size) await page.setViewportSize(size);
  await fitsNarrowScreen(page, label);
}

// A JSON request from the signed-in page (its session cookie and CSRF token).
export async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/v1/session')).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
  ok(answer.status >= 200 && answer.status < 300, `${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  return answer.json as T;
}

// Small PNGs for the README: the top of the page at 960 x 640.
export async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 960, height: 640 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: false });
  if (size) await page.setViewportSize(size);
}

export async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  await page.goto(`${baseUrl()}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  return page;
}

// The app has started and the page has rendered (every page has an h1).
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main:not([aria-busy]) h1') !== null);
}
