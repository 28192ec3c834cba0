// Data written under rule set 1 (tests/fixtures/rule-set-1, made by that version's own writers) in the built app:
// saved assessments in localStorage, an exported file on the import page and in the review. Each page says the
// rules were updated, names the question whose answer was removed and the answers allowed now, passes axe, and the
// wizard asks the removed question again; nothing stored is rewritten until the person changes something.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { appUrl, assertNoAxeViolations, assertNoProblems, launchBrowser, openPage, readJson, screenshot } from './helpers.mjs';

const ja = {
  common: readJson('../../locales/ja/common.json'),
  wizard: readJson('../../locales/ja/wizard.json'),
  questions: readJson('../../locales/ja/questions.json'),
  report: readJson('../../locales/ja/report.json'),
  review: readJson('../../locales/ja/review.json'),
};
const fixture = (name) => readFileSync(new URL(`../fixtures/rule-set-1/${name}`, import.meta.url), 'utf8');
const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/gu, (_, key) => String(values[key]));
const STORAGE_KEY = 'mdn.assessments';
const abroadName = '米国AI企業への提供 (US AI company)';
const allowedLabels = ['no', 'adequate_country', 'conforming_system', 'other_country'].map((id) => ja.questions.foreignRecipient.options[id]);
const removedSentence = fill(ja.common.ruleUpdate.removed, {
  question: ja.questions.foreignRecipient.title,
  answer: ja.common.ruleUpdate.oldAnswer.foreignRecipient.yes,
});

/** The rules-update note in `scope` names the removed answer and lists the answers allowed now. */
async function assertRemovedAnswerNotice(scope) {
  const note = scope.getByRole('note', { name: ja.common.ruleUpdate.title });
  await note.waitFor();
  await note.getByText(removedSentence).waitFor();
  const allowed = await note.getByRole('list', { name: ja.common.ruleUpdate.allowed }).getByRole('listitem').allTextContents();
  assert.deepEqual(allowed, allowedLabels);
}

/** Answers the question on screen by the input whose value is the answer id, then Continue. */
async function answer(page, id, value) {
  await page.getByRole('heading', { level: 1, name: ja.questions[id].title }).waitFor();
  await page.locator(`form.question-form input[name="${id}"][value="${value}"]`).check();
  const before = page.url();
  await page.getByRole('button', { name: ja.wizard.question.continue }).click();
  await page.waitForFunction((url) => location.href !== url, before);
}

describe('rule-set-1 data under rule set 2', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  it('saved assessments: the start page says what changed, and the wizard asks the removed question again', async () => {
    const { context, page, problems } = await openPage(browser);
    const raw = fixture('storage-assessments.json');
    await page.goto(appUrl('/'));
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, raw]);
    await page.goto('about:blank');
    await page.goto(appUrl('/'));

    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: abroadName }) });
    await assertRemovedAnswerNotice(item);
    await assertNoAxeViolations(page, 'the start page with rule-set-1 assessments');
    await screenshot(page, 'rule-update-start-1280');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), raw, 'showing them rewrote nothing');

    await item.getByRole('button', { name: fill(ja.common.saved.openLabel, { name: abroadName }) }).click();
    // The new questions, then the removed one, then the one after it; every other answer was kept.
    await answer(page, 'dataSubjects', 'includes_living');
    await answer(page, 'providerSector', 'private');
    await answer(page, 'foreignRecipient', 'other_country');
    await answer(page, 'foreignStorage', 'yes');
    await page.waitForFunction(() => location.hash.startsWith('#/check'));

    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
    assert.equal(stored.schemaVersion, 2);
    const saved = stored.assessments.find((a) => a.name === abroadName);
    assert.equal(saved.answers.foreignRecipient, 'other_country');
    assert.equal(saved.answers.consent, 'difficult');
    assert.equal(saved.ruleUpdate, undefined, 'answered again, so nothing is left to tell');
    assert.equal(stored.assessments.length, 3);

    assertNoProblems(problems);
    await context.close();
  });

  it('an exported file: the import page and the review say what changed', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(appUrl('/import'));
    await page.getByRole('heading', { level: 1, name: ja.report.import.title }).waitFor();
    await page.getByLabel(ja.report.import.choose).setInputFiles({
      name: 'rule-set-1.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fixture('file-abroad.json')),
    });
    const preview = page.getByRole('region', { name: ja.report.import.preview.heading });
    await assertRemovedAnswerNotice(preview);
    await assertNoAxeViolations(page, 'the import preview of a rule-set-1 file');
    await screenshot(page, 'rule-update-import-1280');

    await page.goto(appUrl('/review'));
    await page.getByRole('heading', { level: 1, name: ja.review.open.title }).waitFor();
    await page.getByLabel(ja.review.open.fileLabel).setInputFiles({
      name: 'rule-set-1-domestic.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fixture('file-domestic.json')),
    });
    const checks = page.getByRole('region', { name: ja.review.check.heading });
    await checks.waitFor();
    await page.getByRole('region', { name: ja.review.ruleUpdate.heading }).waitFor();
    assert.ok((await checks.getByRole('listitem').count()) > 3, 'the differences from the rule-set-1 result are listed');
    await assertNoAxeViolations(page, 'the review of a rule-set-1 file');
    await screenshot(page, 'rule-update-review-1280');

    assertNoProblems(problems);
    await context.close();
  });
});
