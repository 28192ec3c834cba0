// The wizard end to end in Chromium: scenarios walked through the UI and checked against the rules' own evaluate(),
// a keyboard-only run, reload and language switch mid-way, axe on every page type, and screenshots.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import {
  appUrl,
  assertNoAxeViolations,
  assertNoProblems,
  browserForSuite,
  fitsViewport,
  isFocused,
  localeFiles,
  openPage,
  runTsx,
  scenarioById,
  screenshot,
  waitForResult,
} from './helpers.mjs';

const ja = localeFiles('ja', ['common', 'wizard', 'questions']);
const en = localeFiles('en', ['common', 'questions']);
const scenario = (id) => scenarioById(id).input;

/**
 * The expected assessments, computed by the rules themselves through the command line (scripts/assess.ts under tsx),
 * in one process for all scenarios.
 */
function expectedAssessments(ids) {
  const dir = mkdtempSync(join(tmpdir(), 'mdn-e2e-'));
  try {
    const files = ids.map((id) => {
      const file = join(dir, `${id}.json`);
      writeFileSync(file, JSON.stringify(scenario(id)));
      return file;
    });
    const parsed = JSON.parse(runTsx(['scripts/assess.ts', ...files], 'assess.ts'));
    const list = Array.isArray(parsed) ? parsed.map((entry) => entry.assessment) : [parsed];
    return new Map(ids.map((id, index) => [id, list[index]]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The question id of the page on screen, from the URL (#/q/<id>), or null elsewhere. */
function questionOnScreen(page) {
  const match = /^#\/q\/([A-Za-z]+)/.exec(new URL(page.url()).hash);
  return match ? match[1] : null;
}

const routeOf = (page) => new URL(page.url()).hash.replace(/^#/, '').split('?')[0];

/** Waits until the hash route (without its query) is `route`. */
async function waitForRoute(page, route) {
  await page.waitForFunction((expected) => location.hash.replace(/^#/, '').split('?')[0] === expected, route);
}

/** Waits for the page heading and returns its text. */
async function h1(page) {
  const heading = page.locator('main h1');
  await heading.waitFor();
  return heading.textContent();
}

/** Whether a multi-select answer ticks this box: its own id, or "None of these" for the empty answer. */
const wanted = (answer, value) => (value === 'none-of-these' ? answer.length === 0 : answer.includes(value));

/** Answers the question on screen by clicking the inputs whose value is the answer id, then Continue. */
async function answerByClicking(page, id, answer) {
  const form = page.locator('form.question-form');
  if (Array.isArray(answer)) {
    for (const box of await form.locator(`input[type="checkbox"][name="${id}"]`).all()) {
      const value = await box.getAttribute('value');
      if (wanted(answer, value)) await box.check();
      else await box.uncheck();
    }
  } else {
    await form.locator(`input[name="${id}"][value="${answer}"]`).check();
  }
  const before = page.url();
  await page.getByRole('button', { name: ja.wizard.question.continue }).click();
  await page.waitForFunction((url) => location.href !== url, before);
}

/** Walks the wizard from the current question to check answers, answering from the scenario's input. */
async function walkByClicking(page, input) {
  for (let step = 0; step < 30; step += 1) {
    await h1(page);
    const id = questionOnScreen(page);
    if (id === null) break;
    assert.ok(id in input, `the wizard asked ${id}, which the scenario does not answer`);
    await answerByClicking(page, id, input[id]);
  }
  assert.equal(routeOf(page), '/check');
}

async function startAssessment(page, name) {
  await page.goto(appUrl('/'));
  await page.getByRole('textbox', { name: ja.common.start.new.nameLabel }).fill(name);
  await page.getByRole('button', { name: ja.common.start.new.button }).click();
  await waitForRoute(page, '/q/dataOrigin');
}

/** Reads what the result page shows, through the data attributes the result page provides for tests. */
async function resultOnScreen(page) {
  await waitForResult(page);
  return page.evaluate(() => ({
    recommendedBasis: document.querySelector('[data-recommended-basis]')?.getAttribute('data-recommended-basis'),
    bases: Object.fromEntries(
      [...document.querySelectorAll('[data-basis][data-verdict]')].map((el) => [
        el.getAttribute('data-basis'),
        el.getAttribute('data-verdict'),
      ]),
    ),
    checklist: [...document.querySelectorAll('[data-checklist]')].map((el) => el.getAttribute('data-checklist')).sort(),
    warnings: [...document.querySelectorAll('[data-warning]')].map((el) => el.getAttribute('data-warning')).sort(),
  }));
}

function assertResultMatches(shown, expected, label) {
  assert.equal(shown.recommendedBasis, expected.recommendedBasis ?? 'none', `${label}: recommended basis`);
  assert.deepEqual(
    shown.bases,
    Object.fromEntries(expected.bases.map((b) => [b.basis, b.verdict])),
    `${label}: verdict of every basis`,
  );
  assert.deepEqual(shown.checklist, expected.checklist.map((c) => c.id).sort(), `${label}: checklist items`);
  assert.deepEqual(shown.warnings, expected.warnings.map((w) => w.id).sort(), `${label}: warnings`);
}

// ---- keyboard ------------------------------------------------------------------------------------------------

const activeDescription = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.getAttribute('value') ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });

/** Presses Tab until the focused element matches, failing after a bounded number of presses. */
async function tabUntil(page, matches, what) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await activeDescription(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

async function answerByKeyboard(page, id, answer) {
  const values = await page.locator(`form.question-form input[name="${id}"]`).evaluateAll((inputs) =>
    inputs.map((input) => input.getAttribute('value')),
  );
  if (Array.isArray(answer)) {
    await tabUntil(page, (el) => el.type === 'checkbox' && el.name === id, `the first checkbox of ${id}`);
    for (let index = 0; index < values.length; index += 1) {
      const box = page.locator(`input[name="${id}"][value="${values[index]}"]`);
      if (wanted(answer, values[index]) !== (await box.isChecked())) await page.keyboard.press('Space');
      if (index < values.length - 1) await page.keyboard.press('Tab');
    }
  } else {
    await tabUntil(page, (el) => el.type === 'radio' && el.name === id, `a radio of ${id}`);
    // Space checks the focused radio; arrow keys then move the choice along the group.
    await page.keyboard.press('Space');
    const from = values.indexOf((await activeDescription(page)).value);
    const to = values.indexOf(answer);
    for (let i = from; i < to; i += 1) await page.keyboard.press('ArrowDown');
    for (let i = from; i > to; i -= 1) await page.keyboard.press('ArrowUp');
    assert.ok(await page.locator(`input[name="${id}"][value="${answer}"]`).isChecked(), `${id}=${answer} is checked`);
  }
  await tabUntil(page, (el) => el.tag === 'button' && el.text === ja.wizard.question.continue, 'Continue');
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForFunction((url) => location.href !== url, before);
}

// ---- tests ---------------------------------------------------------------------------------------------------

describe('wizard', () => {
  const browser = browserForSuite();
  /** @type {Map<string, any>} */
  let expected;
  before(() => {
    expected = expectedAssessments(['S01', 'S05', 'S10']);
  });

  for (const id of ['S01', 'S05', 'S10']) {
    it(`completes scenario ${id} through the UI and shows what evaluate() gives`, async () => {
      const { context, page, problems } = await openPage(browser);
      await startAssessment(page, id);
      await walkByClicking(page, scenario(id));

      await page.getByRole('link', { name: ja.wizard.check.seeResult }).click();
      await waitForRoute(page, '/result');
      assertResultMatches(await resultOnScreen(page), expected.get(id), id);
      // Focus lands on the result's heading even though the page is loaded on demand.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

      assertNoProblems(problems);
      await context.close();
    });
  }

  it('works with the keyboard alone from the start page to the result', async () => {
    const { context, page, problems } = await openPage(browser);
    const input = scenario('S05');
    await page.goto(appUrl('/'));
    await tabUntil(page, (el) => el.tag === 'button' && el.text === ja.common.start.new.button, 'the start button');
    await page.keyboard.press('Enter');

    for (let step = 0; step < 30; step += 1) {
      await h1(page);
      const id = questionOnScreen(page);
      if (id === null) break;
      // Every new page puts focus on its heading, the question.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await answerByKeyboard(page, id, input[id]);
    }
    assert.equal(routeOf(page), '/check');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabUntil(page, (el) => el.tag === 'a' && el.text === ja.wizard.check.seeResult, 'See the result');
    await page.keyboard.press('Enter');
    assertResultMatches(await resultOnScreen(page), expected.get('S05'), 'S05 by keyboard');

    assertNoProblems(problems);
    await context.close();
  });

  it('resumes at the same question with the answers kept after a reload', async () => {
    const { context, page, problems } = await openPage(browser);
    const input = scenario('S01');
    await startAssessment(page, 'reload');
    // Rule set 2 asks whether any patient is alive after the data's origin, and the provider's sector after its type.
    for (const id of ['dataOrigin', 'dataSubjects', 'productKind', 'providerType', 'providerSector']) await answerByClicking(page, id, input[id]);
    assert.equal(await h1(page), ja.questions.recipientType.title);

    await page.reload();
    assert.equal(await h1(page), ja.questions.recipientType.title);
    assert.equal(routeOf(page), '/q/recipientType');
    await page.getByRole('link', { name: ja.wizard.question.back }).click();
    assert.equal(await page.getByRole('heading', { level: 1, name: ja.questions.providerSector.title }).textContent(), ja.questions.providerSector.title);
    assert.ok(await page.locator(`input[name="providerSector"][value="${input.providerSector}"]`).isChecked());

    // The browser's own Back button walks the real history.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: ja.questions.recipientType.title }).waitFor();

    assertNoProblems(problems);
    await context.close();
  });

  it('keeps the answers when the language is switched mid-way', async () => {
    const { context, page, problems } = await openPage(browser);
    const input = scenario('S10');
    await startAssessment(page, 'language');
    for (const id of ['dataOrigin', 'dataSubjects', 'productKind', 'providerType', 'providerSector', 'recipientType']) {
      await answerByClicking(page, id, input[id]);
    }
    await page.getByRole('button', { name: ja.common.languages.en }).click();
    await page.getByRole('heading', { level: 1, name: en.questions.purpose.title }).waitFor();
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 1, name: en.questions.recipientType.title }).waitFor();
    assert.ok(
      await page.getByRole('radio', { name: en.questions.recipientType.options[input.recipientType] }).isChecked(),
      'the answer given in Japanese is still selected in English',
    );
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    // Carry on in English to the end: nothing was lost.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: en.questions.purpose.title }).waitFor();
    const remaining = Object.fromEntries(Object.entries(input));
    for (let step = 0; step < 30; step += 1) {
      await h1(page);
      const id = questionOnScreen(page);
      if (id === null) break;
      const form = page.locator('form.question-form');
      const answer = remaining[id];
      if (Array.isArray(answer)) {
        for (const value of answer.length === 0 ? ['none-of-these'] : answer) await form.locator(`input[name="${id}"][value="${value}"]`).check();
      } else {
        await form.locator(`input[name="${id}"][value="${answer}"]`).check();
      }
      const before = page.url();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForFunction((url) => location.href !== url, before);
    }
    assert.equal(routeOf(page), '/check');
    assertNoProblems(problems);
    await context.close();
  });

  it('passes axe on start, question (also with the error summary), check answers and result, and fits 375 px', async () => {
    const { context, page, problems } = await openPage(browser);
    const input = scenario('S01');

    await page.goto(appUrl('/'));
    await assertNoAxeViolations(page, 'the start page');
    await screenshot(page, 'wizard-start-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the start page scrolls sideways at 375 px');
    await screenshot(page, 'wizard-start-375');
    await page.setViewportSize({ width: 1280, height: 800 });

    await startAssessment(page, 'axe');
    await answerByClicking(page, 'dataOrigin', input.dataOrigin);
    await answerByClicking(page, 'dataSubjects', input.dataSubjects);
    await answerByClicking(page, 'productKind', input.productKind);
    await h1(page);
    // Open one glossary definition so its styles are checked too.
    await page.locator('.terms').getByRole('button').first().click();
    await assertNoAxeViolations(page, 'a question page');
    await screenshot(page, 'wizard-question-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the question page scrolls sideways at 375 px');
    await screenshot(page, 'wizard-question-375');
    // 320 px is also what 1280 px looks like at 400% zoom; 640 px is 200%.
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      assert.ok(await fitsViewport(page), `the question page scrolls sideways at ${width} px`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: ja.wizard.question.continue }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.ok(await isFocused(summary), 'the error summary takes focus');
    await assertNoAxeViolations(page, 'a question page with the error summary');
    await screenshot(page, 'wizard-question-error-1280');
    await summary.getByRole('link').click();
    assert.ok(await isFocused(page.locator('input[name="providerType"]').first()), 'the error summary link moves focus to the first radio');

    await answerByClicking(page, 'providerType', input.providerType);
    await walkByClicking(page, input);
    await assertNoAxeViolations(page, 'check answers');
    await screenshot(page, 'wizard-check-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'check answers scrolls sideways at 375 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('link', { name: ja.wizard.check.seeResult }).click();
    await waitForResult(page);
    await assertNoAxeViolations(page, 'the result page');
    await screenshot(page, 'wizard-result-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the result page scrolls sideways at 375 px');
    await screenshot(page, 'wizard-result-375');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Back on the start page, the finished assessment is listed; deleting it offers Undo.
    await page.goto(appUrl('/'));
    const item = page.getByRole('heading', { level: 3, name: 'axe' });
    await item.waitFor();
    await assertNoAxeViolations(page, 'the start page with a saved assessment');
    await screenshot(page, 'wizard-start-saved-1280');
    await page.getByRole('button', { name: ja.common.saved.deleteLabel.replace('{{name}}', 'axe') }).click();
    const undo = page.getByRole('status').getByRole('button', { name: ja.common.saved.undo });
    await undo.waitFor();
    await assertNoAxeViolations(page, 'the start page after a delete');
    await undo.click();
    await item.waitFor();

    assertNoProblems(problems);
    await context.close();
  });

  it('explains unreadable saved data and downloads it untouched', async () => {
    const { context, page, problems } = await openPage(browser);
    const raw = '{"schemaVersion":1,"assessments":[';
    await page.goto(appUrl('/'));
    await page.evaluate((text) => {
      localStorage.setItem('mdn.assessments', text);
    }, raw);
    await page.reload();

    const notice = page.getByRole('region', { name: ja.common.storage.problemHeading });
    await notice.waitFor();
    await assertNoAxeViolations(page, 'the start page with a storage problem');
    await screenshot(page, 'wizard-storage-problem-1280');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: ja.common.storage.download }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const path = await download.path();
    assert.equal(readFileSync(path, 'utf8'), raw);
    assert.equal(await page.evaluate(() => localStorage.getItem('mdn.assessments')), raw, 'nothing was discarded');

    await notice.getByRole('button', { name: ja.common.storage.discard }).click();
    await notice.getByRole('button', { name: ja.common.storage.confirmDiscard }).click();
    await page.getByText(ja.common.storage.discarded).waitFor();
    assert.notEqual(await page.evaluate(() => localStorage.getItem('mdn.assessments')), raw);

    assertNoProblems(problems);
    await context.close();
  });

  it('redirects a deep link to a question that is not reachable yet', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(appUrl('/q/ethicsReview'));
    assert.equal(await h1(page), ja.questions.dataOrigin.title);
    assert.equal(routeOf(page), '/q/dataOrigin');
    assertNoProblems(problems);
    await context.close();
  });
});
