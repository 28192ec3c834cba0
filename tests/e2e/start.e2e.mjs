import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  appUrl,
  assertNoAxeViolations,
  assertNoProblems,
  browserForSuite,
  fitsViewport,
  holdEntryScript,
  isFocused,
  savedAssessments,
  scenarioById,
  waitForResult,
  openPage,
  readJson,
  screenshot,
} from './helpers.mjs';

const ja = readJson('../../locales/ja/common.json');
const en = readJson('../../locales/en/common.json');

describe('start page', () => {
  const browser = browserForSuite();

  it('shows Japanese, switches to English, and passes axe in both at 1280 and 375 px', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/'));

    const heading = page.getByRole('heading', { level: 1 });
    assert.equal(await heading.textContent(), ja.start.title);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
    // The heading is in the page's HTML; the title is the app's, once it runs.
    await page.waitForFunction((title) => document.title === title, `${ja.start.title} | ${ja.app.name}`);
    // The built page must carry the policy itself, since static hosts may not send headers.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // Its own files, and by hash its two inline scripts (hiding the prerendered start page on other visits, running
    // the entry after the first paint).
    assert.match(csp ?? '', /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){2};/);
    assert.doesNotMatch(csp ?? '', /unsafe-inline|unsafe-eval/);
    await assertNoAxeViolations(page, 'the start page (ja)');
    await screenshot(page, 'start-ja-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the Japanese start page scrolls sideways at 375 px');
    await screenshot(page, 'start-ja-375');
    await page.setViewportSize({ width: 1280, height: 800 });

    const languages = page.getByRole('group', { name: ja.layout.languageSwitch });
    await languages.getByRole('button', { name: ja.languages.en }).click();

    await page.getByRole('heading', { level: 1, name: en.start.title }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.title(), `${en.start.title} | ${en.app.name}`);
    await assertNoAxeViolations(page, 'the start page (en)');
    await screenshot(page, 'start-en-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the English start page scrolls sideways at 375 px');
    await screenshot(page, 'start-en-375');

    assertNoProblems(problems);
    await context.close();
  });

  it('paints the start page from its HTML before any code runs, and the app adopts those very nodes', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    // The entry's code is held back until the HTML has been looked at.
    const release = await holdEntryScript(page);
    await page.goto(appUrl('/'), { waitUntil: 'commit' });
    // The skip link already works, without changing the route the app will read.
    await page.getByRole('link', { name: ja.layout.skipLink }).waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    assert.equal(new URL(page.url()).hash, '#/');
    const heading = page.locator('main h1');
    await heading.waitFor({ state: 'attached' });
    assert.equal(await heading.textContent(), ja.start.title);
    assert.ok(await heading.isVisible(), 'the prerendered start page is shown to a first visit in Japanese');
    await heading.evaluate((element) => {
      element.dataset.fromHtml = 'yes';
    });
    release();
    // The app's own effect sets the title once it runs; the heading it shows is still the node the HTML made.
    await page.waitForFunction((title) => document.title === title, `${ja.start.title} | ${ja.app.name}`);
    assert.equal(await page.locator('main h1[data-from-html="yes"]').count(), 1);
    // The code is asked for only once the page has been painted, so it never delays the largest paint.
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      code: performance.getEntriesByType('resource').find((entry) => /\/assets\/index-[^/]+\.js$/u.test(entry.name))?.startTime ?? Number.NaN,
    }));
    assert.ok(timing.code >= timing.paint, `the entry was requested at ${String(timing.code)} ms, before the first paint at ${String(timing.paint)} ms`);
    await page.getByRole('textbox', { name: ja.start.new.nameLabel }).fill('Hydrated');
    await page.getByRole('button', { name: ja.start.new.button }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/q/'));
    assertNoProblems(problems);
    await context.close();
  });

  it('hides the Japanese start page from an English visit until the English one replaces it', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    const release = await holdEntryScript(page);
    await page.goto(appUrl('/'), { waitUntil: 'commit' });
    await page.locator('main h1').waitFor({ state: 'attached' });
    assert.equal(await page.locator('html').getAttribute('data-prerender'), 'off');
    assert.equal(await page.locator('main h1').isVisible(), false);
    release();
    await page.getByRole('heading', { level: 1, name: en.start.title }).waitFor();
    assert.equal(await page.locator('html').getAttribute('data-prerender'), null);
    assertNoProblems(problems);
    await context.close();
  });

  it('a page opened straight away asks for its code and words beside the entry, in the visit’s language', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/'));
    await page.evaluate((value) => {
      localStorage.setItem('mdn.assessments', value);
      localStorage.setItem('mdn.lang', 'en');
    }, JSON.stringify(savedAssessments(scenarioById('S02').input, 'Straight to the result')));
    await page.goto('about:blank');
    const requested = new Set();
    page.on('request', (request) => requested.add(new URL(request.url()).pathname));
    // With the entry held back, only index.html can have asked for anything else.
    const release = await holdEntryScript(page);
    await page.goto(appUrl('/result'), { waitUntil: 'commit' });
    const plan = JSON.parse((await page.locator('meta[name="mdn-app-files"]').getAttribute('data-routes')) ?? '{}');
    const route = plan.routes.find((entry) => entry.prefix === '/result');
    assert.ok(route !== undefined && route.files.length > 0, 'the build names the result page’s code');
    const expected = [...route.files, ...[...plan.start, ...route.ns].map((namespace) => plan.words.en[namespace])].map((file) =>
      new URL(file, appUrl('/')).pathname,
    );
    // English words, not Japanese: the visit's saved language.
    assert.ok(expected.every((file) => !Object.values(plan.words.ja).some((ja) => file.endsWith(ja.slice(1)))));
    await page.waitForFunction(() => performance.getEntriesByType('resource').length > 0);
    for (let tries = 0; tries < 100 && !expected.every((file) => requested.has(file)); tries += 1) await page.waitForTimeout(50);
    assert.deepEqual(
      expected.filter((file) => !requested.has(file)),
      [],
      'asked for by index.html while the entry was held back',
    );
    release();
    await waitForResult(page);
    assertNoProblems(problems);
    await context.close();
  });

  it('uses English for an English browser, and a saved choice wins after reload', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    await page.goto(appUrl('/'));
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), en.start.title);

    await page.getByRole('button', { name: en.languages.ja }).click();
    await page.getByRole('heading', { level: 1, name: ja.start.title }).waitFor();
    await page.reload();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), ja.start.title);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');

    assertNoProblems(problems);
    await context.close();
  });

  it('works by keyboard at 320 px: skip link first, then the language switch', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP', width: 320, height: 640 });
    await page.goto(appUrl('/'));
    // The page renders once its words have loaded, which may be after the load event.
    await page.getByRole('heading', { level: 1, name: ja.start.title }).waitFor();
    assert.ok(await fitsViewport(page), 'the start page scrolls sideways at 320 px');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: ja.layout.skipLink });
    assert.ok(await isFocused(skip));
    assert.ok(await skip.isVisible(), 'the focused skip link is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    assert.equal(new URL(page.url()).hash, '#/', 'the skip link must not change the route');

    // A button does nothing before the app has taken the prerendered page over; the app sets the title when it has.
    await page.waitForFunction((title) => document.title === title, `${ja.start.title} | ${ja.app.name}`);
    await page.getByRole('button', { name: ja.languages.en }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.start.title }).waitFor();

    assertNoProblems(problems);
    await context.close();
  });

  it('shows an accessible not-found page and returns to the start page with focus on its heading', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/no-such-page'));
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), ja.notFound.title);
    await assertNoAxeViolations(page, 'the not-found page');

    await page.getByRole('link', { name: ja.notFound.homeLink }).click();
    const heading = page.getByRole('heading', { level: 1, name: ja.start.title });
    await heading.waitFor();
    assert.ok(await isFocused(heading), 'focus moves to the <h1>');

    assertNoProblems(problems);
    await context.close();
  });
});
