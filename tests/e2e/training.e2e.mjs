// Training mode end to end: the library, one case predicted correctly, the score, and axe on every page type.
// The routes are wired by src/app/routes.tsx (trainingRoutes); until they are, '#/training' is the not-found page
// and this file fails at its first heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  appUrl,
  assertNoAxeViolations,
  assertNoProblems,
  browserForSuite,
  fill,
  fitsViewport,
  isFocused,
  openPage,
  readJson,
  scenarioById,
} from './helpers.mjs';

const ja = readJson('../../locales/ja/training.json');
const outcomes = readJson('../../locales/ja/outcomes.json');
const library = readJson('../../src/features/training/library.json');


// The right answer comes from the shared worked scenario (which the rules tests prove evaluate returns), never
// from this file: S02's expected recommendation is a single basis.
const caseId = 'S02';
const scenario = library.scenarios.find((s) => s.id === caseId);
const expected = scenarioById(caseId).expect.recommendedBasis;
assert.equal(typeof expected, 'string', 'S02 must expect exactly one recommended basis');

describe('training mode', () => {
  const browser = browserForSuite();

  it('runs one case with a correct prediction and shows the score, axe-clean on every page', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/training'));

    await page.getByRole('heading', { level: 1, name: ja.library.title }).waitFor();
    await assertNoAxeViolations(page, 'the training library');

    await page.getByRole('link', { name: `${caseId} ${scenario.title.ja}`, exact: true }).click();
    const caseHeading = page.getByRole('heading', { level: 1, name: scenario.title.ja });
    await caseHeading.waitFor();
    assert.ok(await isFocused(caseHeading), 'focus moves to the case’s <h1>');
    assert.equal(await page.title(), `${scenario.title.ja} | MedAI Data Navigator`);
    await assertNoAxeViolations(page, 'a training case before submitting');

    await page.getByRole('radio', { name: outcomes.basis[expected].name, exact: true }).check();
    await page.getByRole('button', { name: ja.predict.submit }).click();
    const compare = page.getByRole('heading', { level: 2, name: ja.compare.heading });
    await compare.waitFor();
    assert.ok(await isFocused(compare), 'focus moves to the comparison');
    await page.getByText(fill(ja.compare.basisScore, { mark: ja.compare.mark.correct })).waitFor();
    await assertNoAxeViolations(page, 'a training case after submitting');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the compared case scrolls sideways at 375 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('link', { name: ja.compare.summaryLink }).click();
    await page.getByRole('heading', { level: 1, name: ja.summary.title }).waitFor();
    await page.getByText(fill(ja.summary.answeredValue, { answered: 1, total: library.scenarios.length })).waitFor();
    await page.getByText(fill(ja.summary.basisCorrectValue, { correct: 1, answered: 1 })).waitFor();
    await assertNoAxeViolations(page, 'the training summary');

    // The score survives a reload (localStorage 'mdn.training').
    await page.reload();
    await page.getByText(fill(ja.summary.basisCorrectValue, { correct: 1, answered: 1 })).waitFor();

    assertNoProblems(problems);
    await context.close();
  });

  it('shows the handout with its answer key, axe-clean', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/training/handout'));
    await page.getByRole('heading', { level: 1, name: fill(ja.handout.title, { title: library.title.ja }) }).waitFor();
    await page.getByRole('heading', { level: 2, name: ja.handout.keyHeading }).waitFor();
    await assertNoAxeViolations(page, 'the training handout');
    assertNoProblems(problems);
    await context.close();
  });
});
