// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, with every console error,
// uncaught exception, CSP violation and off-origin request recorded so a test can fail on any of them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { after, before } from 'node:test';

import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs';

/** The checkout's root folder, where scripts run from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

const base = process.env.E2E_BASE_URL;
if (base === undefined) throw new Error('E2E_BASE_URL is not set: run the end-to-end tests with `node scripts/e2e.mjs`');
/** Where the built app is served, a sub-path on purpose so the relative base ('./') is exercised. */
export const baseUrl = new URL(base);

/**
 * Launches Chromium. Playwright gives each launch a fresh temporary profile (user-data dir) and deletes it on close,
 * and each context is a further clean slate (storage, cookies), so tests never see one another's saved language.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  });
}

/**
 * One Chromium for the enclosing describe block: launched before its first test, closed after its last. What it
 * returns stands for the browser in openPage from the first test on.
 * @returns {Pick<import('playwright-core').Browser, 'newContext'>}
 */
export function browserForSuite() {
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    newContext(options) {
      assert.ok(browser, 'the browser is used only in tests, after the suite launched it');
      return browser.newContext(options);
    },
  };
}

/**
 * Opens a page in a new context and starts recording problems.
 * @param {Pick<import('playwright-core').Browser, 'newContext'>} browser
 * @param {{ locale?: string, width?: number, height?: number, isOwn?: (url: URL) => boolean }} [options] `isOwn` says
 *   which requests are the app's own (by default, those to the served origin)
 */
export async function openPage(browser, { locale = 'ja-JP', width = 1280, height = 800, isOwn = (url) => url.origin === baseUrl.origin } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const problems = { consoleErrors: [], pageErrors: [], cspViolations: [], offOriginRequests: [] };

  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.href === 'about:blank') return;
    if (!isOwn(url)) problems.offOriginRequests.push(url.href);
  });
  await context.exposeBinding('__reportCspViolation', (_source, violation) => {
    problems.cspViolations.push(violation);
  });
  // Init scripts run through the DevTools protocol, so the page's own CSP does not block this listener.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // @ts-expect-error bound by exposeBinding above
      void window.__reportCspViolation({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        sample: event.sample,
      });
    });
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !isMissingPreset(message)) problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('websocket', (socket) => problems.offOriginRequests.push(socket.url()));

  return { context, page, problems };
}

/**
 * The app asks for the institution's optional preset (`profile.json`, src/features/profile/preset.ts); with none
 * there, or offline, Chromium logs the failed load as a console error. A missing preset is the ordinary case, so
 * that one message (and only for that file) is not a problem.
 * @param {import('playwright-core').ConsoleMessage} message
 */
function isMissingPreset(message) {
  return message.text().startsWith('Failed to load resource') && /\/profile\.json(?:$|\?)/u.test(message.location().url);
}

/** A JSON file (a locale file, a fixture) by its path relative to tests/e2e. */
export const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

/** Locale files of one language by namespace, e.g. localeFiles('ja', ['common', 'wizard']).wizard. */
export const localeFiles = (lng, namespaces) => Object.fromEntries(namespaces.map((ns) => [ns, readJson(`../../locales/${lng}/${ns}.json`)]));

/**
 * Runs node with tsx from the checkout's root (the app's own TypeScript, so a test computes what it expects the way
 * the app does) and returns what it printed; fails with its errors, naming `what`.
 */
export function runTsx(args, what) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 0, `${what} failed: ${run.stderr}`);
  return run.stdout;
}

/** One worked scenario of tests/fixtures/scenarios.json (id, input, expect) by its id. */
export function scenarioById(id) {
  const found = readJson('../fixtures/scenarios.json').scenarios.find((s) => s.id === id);
  assert.ok(found, `scenario ${id} exists`);
  return found;
}

/** A locale text with its {{placeholders}} filled in, as i18next does. */
export const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/gu, (_match, key) => String(values[key]));

/** True when the element has focus. */
export const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/** Route URL under the served sub-path, e.g. appUrl('/') or appUrl('/no-such-page'). */
export function appUrl(route = '/') {
  return new URL(`#${route}`, baseUrl).href;
}

/**
 * Waits until the result page shows all of it: the recommendation paints first and the sections below it (every
 * basis with its verdict, the timeline, the checklist) follow one at a time, the page busy until the last, and
 * the folded parts' contents after them.
 */
export async function waitForResult(page) {
  await page.locator('[data-recommended-basis]').waitFor();
  await page.locator('.result-details[aria-busy="false"]').waitFor({ state: 'attached' });
  // Folded parts get their longer contents in the browser's idle time (FoldedDetails).
  await page.waitForFunction(() => document.querySelector('details[data-contents="later"]') === null);
}

const hashRoute = (page) => new URL(page.url()).hash.replace(/^#/, '').split('?')[0];

/**
 * Answers every question the wizard asks from `input` (answer ids, as in tests/fixtures/scenarios.json) by the
 * inputs' values, pressing Continue (its label `continueLabel`) after each, until the check-answers page.
 */
export async function walkWizard(page, input, continueLabel) {
  for (let step = 0; step < 30 && hashRoute(page).startsWith('/q/'); step += 1) {
    await page.locator('main h1').waitFor();
    const id = hashRoute(page).slice('/q/'.length);
    const answer = input[id];
    assert.ok(answer !== undefined, `the wizard asked ${id}, which the scenario does not answer`);
    const form = page.locator('form.question-form');
    if (Array.isArray(answer)) {
      // The empty answer is given with "None of these" (the form's value none-of-these, no answer id of the rules).
      for (const value of answer.length === 0 ? ['none-of-these'] : answer) await form.locator(`input[name="${id}"][value="${value}"]`).check();
    } else {
      await form.locator(`input[name="${id}"][value="${answer}"]`).check();
    }
    const before = page.url();
    await page.getByRole('button', { name: continueLabel }).click();
    await page.waitForFunction((url) => location.href !== url, before);
  }
  assert.equal(hashRoute(page), '/check');
}

/** Fails with the whole record, so the message shows what went wrong. */
export function assertNoProblems(problems) {
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [], offOriginRequests: [] });
}

/** Runs axe with the WCAG 2.1 A and AA rules and fails on any violation, listing rule ids and targets. */
export async function assertNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  assert.deepEqual(summary, [], `axe found WCAG violations on ${label}`);
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling). */
export function fitsViewport(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

/**
 * Local storage as the app keeps it (src/features/assessments/schema.ts, storage version 2) with one saved, current
 * assessment.
 */
export const savedAssessments = (input, name, { id = 'seed-1', at = '2026-01-01T00:00:00.000Z' } = {}) => ({
  schemaVersion: 2,
  currentId: id,
  assessments: [{ id, name, createdAt: at, updatedAt: at, answers: input, ticks: [] }],
});

/**
 * Puts `value` under `key` in storage before the app's code runs on every page load of the context, unless the key
 * is already there: a reload then sees what the page itself saved, not the seed again.
 */
export function seedOnce(context, key, value) {
  return context.addInitScript(
    ([k, v]) => {
      if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    },
    [key, value],
  );
}

/**
 * Holds back the app's entry script, so a test can look at the page as its HTML alone paints it. Call the
 * returned function to let the script load.
 */
export async function holdEntryScript(page) {
  let release = () => undefined;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/u, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Puts one assessment (and, if given, the chosen language) in storage, then opens the route in a new document so
 * the store reads it. (Changing only the hash and reloading raced with the running app.)
 */
export async function openSeeded(page, input, route, { name = 'E2E project', language } = {}) {
  await page.goto(appUrl('/'));
  await page.evaluate(
    ([value, lng]) => {
      localStorage.setItem('mdn.assessments', value);
      if (lng !== undefined) localStorage.setItem('mdn.lang', lng);
    },
    [JSON.stringify(savedAssessments(input, name)), language],
  );
  await page.goto('about:blank');
  await page.goto(appUrl(route));
}
