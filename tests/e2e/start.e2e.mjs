import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  appUrl,
  assertNoAxeViolations,
  assertNoProblems,
  fitsViewport,
  launchBrowser,
  openPage,
  readJson,
  screenshot,
} from './helpers.mjs';

const ja = readJson('../../locales/ja/common.json');
const en = readJson('../../locales/en/common.json');

describe('start page', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  it('shows Japanese, switches to English, and passes axe in both at 1280 and 375 px', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/'));

    const heading = page.getByRole('heading', { level: 1 });
    assert.equal(await heading.textContent(), ja.start.title);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
    assert.equal(await page.title(), `${ja.start.title} | ${ja.app.name}`);
    // The built page must carry the policy itself, since static hosts may not send headers.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /script-src 'self';/);
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
    assert.ok(await skip.evaluate((element) => element === document.activeElement));
    assert.ok(await skip.isVisible(), 'the focused skip link is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    assert.equal(new URL(page.url()).hash, '#/', 'the skip link must not change the route');

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
    assert.ok(await heading.evaluate((element) => element === document.activeElement), 'focus moves to the <h1>');

    assertNoProblems(problems);
    await context.close();
  });
});
