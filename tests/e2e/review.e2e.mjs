// Ethics-committee review mode end to end in Chromium: open an exchange file built from scenario S02, check the
// fingerprint, mark two items (one by keyboard), export the Markdown memo and read the download, open the print
// view; axe on every review page, and no console error, CSP violation or off-origin request throughout.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

import {
  appUrl,
  assertNoAxeViolations,
  assertNoProblems,
  browserForSuite,
  fill,
  fitsViewport,
  isFocused,
  localeFiles,
  openPage,
  openSeeded,
  runTsx,
  scenarioById,
  screenshot,
} from './helpers.mjs';

const ja = localeFiles('ja', ['review', 'feedback', 'wizard', 'questions', 'checklist']);
const s02 = scenarioById('S02');
const hostile = '<script>alert(1)</script>';
const projectName = 'S02 開発段階 <b>CT</b>';

/**
 * The exchange file exactly as the app exports it: toAssessmentFile under tsx computes the canonical input, the
 * fingerprint and the result snapshot, so the test cannot drift from the format.
 */
function exchangeFile() {
  const code = `
    import { toAssessmentFile, serializeAssessmentFile } from './src/features/exchange/format.ts';
    const input = JSON.parse(process.argv[1]);
    const file = toAssessmentFile({ name: process.argv[2], answers: input, ticks: [] }, '2026-01-15T09:00:00.000Z');
    process.stdout.write(serializeAssessmentFile(file));
  `;
  return runTsx(['--input-type=module', '-e', code, JSON.stringify(s02.input), projectName], 'building the exchange file');
}

/** The review file the office exported in the first test, for the researcher's side in the second. */
let reviewFileText = '';

describe('review mode', () => {
  const browser = browserForSuite();

  it('opens a submitted file, checks it, takes marks and exports the memo', async () => {
    const text = exchangeFile();
    const file = JSON.parse(text);
    assert.equal(file.format, 'medai-data-navigator/assessment');
    assert.equal(file.schemaVersion, 2);
    assert.equal(file.rulesVersion, '2024.09-appi2022.2');

    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/review'));
    await page.getByRole('heading', { level: 1, name: ja.review.open.title }).waitFor();
    await assertNoAxeViolations(page, 'the review open page');
    await screenshot(page, 'review-open-ja-1280');

    await page.getByLabel(ja.review.open.fileLabel).setInputFiles({ name: 'submission.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const heading = page.getByRole('heading', { level: 1, name: fill(ja.review.session.title, { name: projectName }) });
    await heading.waitFor();
    assert.ok(await isFocused(heading), 'focus moves to the review page <h1>');
    await page.getByText(fill(ja.review.check.fingerprint.match, { fingerprint: file.fingerprint })).waitFor();
    await page.getByText(ja.review.check.snapshot.same).waitFor();

    const group = (item) => page.getByRole('group', { name: fill(ja.review.marks.groupName, { item }) });
    const purpose = ja.questions.purpose.title;
    const agreement = ja.checklist.item.joint_use_agreement.title;
    await group(purpose).getByRole('radio', { name: ja.review.marks.needs_clarification }).check();
    await group(purpose).getByRole('textbox').fill(hostile);
    // The second mark by keyboard only: arrow keys move through a radio group and select as they go.
    await group(agreement).getByRole('radio', { name: ja.review.marks.none }).focus();
    await page.keyboard.press('ArrowRight');
    assert.ok(await group(agreement).getByRole('radio', { name: ja.review.marks.acceptable }).isChecked(), 'ArrowRight selects the next mark');
    await page.getByRole('textbox', { name: ja.review.overall.reviewerName }).fill('審査 太郎');

    await assertNoAxeViolations(page, 'the review session page');
    await screenshot(page, 'review-session-ja-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the review page scrolls sideways at 375 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ja.review.export.markdown }).click(),
    ]);
    const path = await download.path();
    assert.ok(path, 'the Markdown memo was downloaded');
    const markdown = await readFile(path, 'utf8');
    assert.match(markdown, new RegExp(`\\| ${purpose} \\|.*\\| ${ja.review.marks.needs_clarification} \\| &lt;script>`, 'u'));
    assert.match(markdown, new RegExp(`\\| ${agreement} \\|.*\\| ${ja.review.marks.acceptable} \\|`, 'u'));
    assert.ok(markdown.includes(ja.review.check.status.ok), 'the memo records the fingerprint check');
    assert.ok(!markdown.includes('<script>') && !markdown.includes('<b>'), 'free text stays text in the memo');
    assert.ok(markdown.includes('審査 太郎'));

    // The review file goes back to the researcher (the next test takes it in).
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ja.review.export.json }).click()]);
    const jsonPath = await jsonDownload.path();
    assert.ok(jsonPath, 'the review file was downloaded');
    reviewFileText = await readFile(jsonPath, 'utf8');

    await page.getByRole('link', { name: ja.review.export.print }).click();
    const memoHeading = page.getByRole('heading', { level: 1, name: fill(ja.review.memo.title, { name: projectName }) });
    await memoHeading.waitFor();
    await page.getByRole('cell', { name: hostile }).waitFor();
    await assertNoAxeViolations(page, 'the review memo print view');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'the print view hides the site header');
    await screenshot(page, 'review-memo-print');
    await page.emulateMedia({ media: 'screen' });

    // Nothing was added to the reviewer's own assessments.
    assert.equal(await page.evaluate(() => localStorage.getItem('mdn.assessments')), null);
    assert.ok((await page.evaluate(() => localStorage.getItem('mdn.reviews')))?.includes('needs_clarification'));

    assertNoProblems(problems);
    await context.close();
  });

  it('the researcher takes the review file back in and sees each comment beside its answer', async () => {
    assert.ok(reviewFileText.includes('medai-data-navigator/review'), 'the first test exported the review file');
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await openSeeded(page, s02.input, '/review-feedback', { name: projectName });
    await page.getByRole('heading', { level: 1, name: ja.feedback.page.title }).waitFor();
    await page.getByLabel(ja.feedback.page.fileLabel).setInputFiles({ name: 'review.json', mimeType: 'application/json', buffer: Buffer.from(reviewFileText) });
    await page.getByRole('heading', { name: ja.feedback.preview.heading }).waitFor();
    await page.getByText(ja.feedback.preview.matchSame).waitFor();
    await assertNoAxeViolations(page, 'the review preview');
    await screenshot(page, 'review-feedback-preview-ja-1280');
    await page.getByRole('button', { name: ja.feedback.preview.attach }).click();
    await page.getByRole('button', { name: ja.feedback.preview.openCheck }).click();

    await page.getByRole('heading', { level: 1, name: ja.wizard.check.title }).waitFor();
    const purposeAnswer = page.getByRole('definition').filter({ hasText: ja.questions.purpose.options.product_only });
    await purposeAnswer.getByText(ja.feedback.note.mark.needs_clarification).waitFor();
    // The reviewer's comment is shown as the characters they typed, never as markup.
    await purposeAnswer.getByText(hostile).waitFor();
    await assertNoAxeViolations(page, 'the check page with review comments');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the check page with comments fits 375 px');
    await screenshot(page, 'review-feedback-check-ja-375');
    assertNoProblems(problems);
    await context.close();
  });

  it('explains a damaged file and passes axe with the error shown', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/review'));
    await page.getByLabel(ja.review.open.fileLabel).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: ja.review.open.fileProblem.notJson }).waitFor();
    assert.ok(await isFocused(summary), 'the error summary takes focus');
    await assertNoAxeViolations(page, 'the review open page with an error');
    assertNoProblems(problems);
    await context.close();
  });
});
