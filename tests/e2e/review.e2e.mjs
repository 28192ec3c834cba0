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

const ja = localeFiles('ja', ['projects', 'review', 'feedback', 'wizard', 'questions', 'checklist']);
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

/** A project file of two flows (S02 from two hospitals to one company), exactly as the app's own writer makes it. */
function projectFileText(name) {
  const code = `
    import { serializeProjectFile } from './src/features/projects/file.ts';
    const input = JSON.parse(process.argv[1]);
    const flows = [
      { label: 'A病院 → B社', input },
      { label: 'C病院 → B社', input: { ...input, providerType: 'non_academic_medical' } },
    ];
    process.stdout.write(serializeProjectFile({ kind: 'project', name: process.argv[2], flows }));
  `;
  return runTsx(['--input-type=module', '-e', code, JSON.stringify(s02.input), name], 'building the project file');
}

/** A download's text. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  assert.ok(path, 'the file was downloaded');
  return readFile(path, 'utf8');
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

  it('a whole project: the office marks per flow and saves one memo, the researcher takes it in flow by flow, the next file shows what changed', async () => {
    const name = '胸部CT多施設';
    const projectText = projectFileText(name);
    const office = await openPage(browser, { locale: 'ja-JP' });
    const reviewer = office.page;
    await reviewer.goto(appUrl('/review'));
    await reviewer.getByLabel(ja.review.open.fileLabel).setInputFiles({ name: 'project.json', mimeType: 'application/json', buffer: Buffer.from(projectText) });
    await reviewer.getByRole('heading', { level: 1, name: fill(ja.review.project.title, { name }) }).waitFor();
    const flows = reviewer.getByRole('table', { name: ja.review.project.flows.caption });
    await flows.getByRole('cell', { name: 'C病院', exact: true }).waitFor();
    await assertNoAxeViolations(reviewer, 'the project review page');
    await screenshot(reviewer, 'review-project-ja-1280');
    await reviewer.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(reviewer), 'the project review page scrolls sideways at 375 px');
    await screenshot(reviewer, 'review-project-ja-375');
    await reviewer.setViewportSize({ width: 1280, height: 800 });

    await flows.getByRole('link', { name: 'A病院 → B社' }).click();
    await reviewer.getByRole('heading', { level: 1, name: fill(ja.review.session.title, { name: 'A病院 → B社' }) }).waitFor();
    const consent = reviewer.getByRole('group', { name: fill(ja.review.marks.groupName, { item: ja.questions.consent.title }) });
    await consent.getByRole('radio', { name: ja.review.marks.needs_clarification }).check();
    await consent.getByRole('textbox').fill('同意が困難な理由を具体的に');
    await reviewer.getByRole('link', { name: ja.review.project.backToProject }).first().click();
    await reviewer.getByRole('heading', { level: 1, name: fill(ja.review.project.title, { name }) }).waitFor();
    await reviewer.getByRole('textbox', { name: ja.review.overall.reviewerName }).fill('審査 花子');
    const memoText = await downloaded(reviewer, () => reviewer.getByRole('button', { name: ja.review.project.export.button }).click());
    const memo = JSON.parse(memoText);
    assert.equal(memo.kind, 'project-review');
    assert.deepEqual(memo.flows.map((flow) => flow.label), ['A病院 → B社', 'C病院 → B社']);

    // The researcher's browser: the project as they sent it, then the memo taken back in.
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/projects'));
    await page.getByLabel(ja.projects.import.fileLabel).setInputFiles({ name: 'project.json', mimeType: 'application/json', buffer: Buffer.from(projectText) });
    await page.getByRole('button', { name: ja.projects.import.add }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.goto(appUrl('/review-feedback'));
    await page.getByLabel(ja.feedback.page.fileLabel).setInputFiles({ name: 'memo.json', mimeType: 'application/json', buffer: Buffer.from(memoText) });
    await page.getByRole('heading', { name: ja.feedback.projectMemo.heading }).waitFor();
    assert.equal(await page.locator('tr[data-match="answers"]').count(), 2, 'both flows match by the answers reviewed');
    await assertNoAxeViolations(page, 'the project memo preview');
    await screenshot(page, 'review-project-memo-preview-ja-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the project memo preview scrolls sideways at 375 px');
    await screenshot(page, 'review-project-memo-preview-ja-375');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: fill(ja.feedback.projectMemo.attach_other, { count: 2 }) }).click();
    await page.getByText(fill(ja.feedback.projectMemo.done_other, { name, count: 2 })).waitFor();
    await page.getByRole('link', { name: ja.feedback.projectMemo.openProject }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const overview = page.url();

    // The comment beside the answer it concerns, in the flow it was made on.
    await page.getByRole('link', { name: 'A病院 → B社' }).first().click();
    await page.getByRole('heading', { name: ja.feedback.panel.heading }).waitFor();
    await page.getByRole('link', { name: ja.feedback.panel.seeAnswers }).click();
    await page.getByRole('heading', { level: 1, name: ja.wizard.check.title }).waitFor();
    await page.getByText('同意が困難な理由を具体的に').waitFor();

    const nextText = await (async () => {
      await page.goto(overview);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      return downloaded(page, () => page.getByRole('button', { name: ja.projects.export.button }).click());
    })();
    const next = JSON.parse(nextText);
    assert.equal(next.flows[0].reviewedVersion?.reviewerName, '審査 花子', 'each flow records the version reviewed');
    assert.equal(next.flows[1].reviewedVersion?.input.providerType, 'non_academic_medical');
    assertNoProblems(problems);
    await context.close();

    // Back at the office: the resubmission, in which the researcher changed one answer of the first flow.
    next.flows[0].input.ethicsReview = 'planned';
    await reviewer.goto(appUrl('/review'));
    await reviewer.getByLabel(ja.review.open.fileLabel).setInputFiles({ name: 'project-2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(next)) });
    await reviewer.getByRole('heading', { level: 1, name: fill(ja.review.project.title, { name }) }).waitFor();
    const firstRow = reviewer.locator('tr[data-flow="1"]');
    await firstRow.getByText(fill(ja.review.project.flows.changed_other, { count: 1 })).waitFor();
    await reviewer.locator('tr[data-flow="2"]').getByText(ja.review.project.flows.noChange).waitFor();
    await firstRow.getByRole('link', { name: 'A病院 → B社' }).click();
    const since = reviewer.locator('[data-changed-since-review]');
    await since.waitFor();
    assert.equal(await since.getAttribute('data-changed-since-review'), 'ethicsReview');
    await assertNoAxeViolations(reviewer, 'a project flow with changes since the review');
    assertNoProblems(office.problems);
    await office.context.close();
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
