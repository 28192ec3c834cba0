// End-to-end: the document drafts for scenario S02, seeded into localStorage as a saved assessment. Needs the
// drafts route in the app's router (src/app/routes.tsx: `...asElementRoutes(draftsRoutes)`); without it '#/drafts'
// is the not-found page and this test fails at its first heading.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
  openPage,
  readJson,
  savedAssessments,
  scenarioById,
  screenshot,
  seedOnce,
} from './helpers.mjs';

const ja = readJson('../../locales/ja/drafts.json');
const en = readJson('../../locales/en/drafts.json');
const common = readJson('../../locales/ja/common.json');
const s02 = scenarioById('S02');
const s01 = scenarioById('S01');
const s06 = scenarioById('S06');
const jaCitations = readJson('../../locales/ja/citations.json');

const seededWith = (id, name, answers) => JSON.stringify(savedAssessments(answers, name, { id, at: '2026-01-05T09:00:00.000Z' }));

/** One page load with the assessment in storage; the marks the page gives the route's drafts. */
async function openDrafts(browser, answers, name) {
  const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
  await seedOnce(context, 'mdn.assessments', seededWith('e2e', name, answers));
  await page.goto(appUrl('/drafts'));
  await page.getByRole('heading', { level: 1, name: ja.page.title }).waitFor();
  const marks = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-draft]')].map((e) => e.getAttribute('data-draft')))].sort());
  return { context, page, problems, marks };
}

const seeded = seededWith('e2e-s02', 'CT肺結節 E2E', s02.input);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** The first paragraph under "(1) 仮名加工情報を共同利用する旨" of the joint-use publication. */
const item1Label = `${ja.doc.jointUse.item1Heading}：${fill(ja.editor.paragraph, { n: 1 })}`;
const payload = '<script>window.__injected = true</script><img src=x onerror="window.__injected=true"> 株式会社E2E';

describe('document drafts', () => {
  const browser = browserForSuite();

  it('edits a draft, keeps it over a reload, downloads it as Markdown with markup as text, and passes axe in ja and en', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'ja-JP' });
    // Seed only once, so the reload below sees what the page itself saved.
    await seedOnce(context, 'mdn.assessments', seeded);
    await page.goto(appUrl('/drafts'));

    const heading = page.getByRole('heading', { level: 1, name: ja.page.title });
    await heading.waitFor();
    assert.equal(await page.title(), `${ja.page.title} | ${common.app.name}`);
    const joint = page.getByRole('region', { name: ja.kinds.joint_use_publication.name });
    await joint.getByText(ja.editor.generated).waitFor();
    await assertNoAxeViolations(page, 'the drafts page (joint-use publication)');

    const field = joint.getByLabel(item1Label, { exact: true });
    await field.fill(payload);
    await joint.getByText(/編集済みです/u).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      joint.getByRole('button', { name: ja.actions.markdown }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `CT肺結節 E2E ${ja.kinds.joint_use_publication.fileName}.md`);
    const markdown = await readFile(await download.path(), 'utf8');
    assert.ok(markdown.includes('株式会社E2E'), 'the edit is in the Markdown file');
    assert.ok(markdown.includes('&lt;script'), 'markup is escaped');
    assert.doesNotMatch(markdown, /<script|<img/u);
    assert.ok(markdown.includes(ja.doc.jointUse.notes.beforeProvision.slice(0, 20)));

    await page.reload();
    await heading.waitFor();
    assert.equal(await page.getByRole('region', { name: ja.kinds.joint_use_publication.name }).getByLabel(item1Label, { exact: true }).inputValue(), payload);
    assert.equal(await page.evaluate(() => window.__injected), undefined, 'typed markup never ran');

    // The processing plan, picked from the list: its heading takes focus; one fieldset per step.
    await page.getByRole('navigation', { name: ja.summary.heading }).getByRole('link', { name: ja.kinds.processing_plan.name }).click();
    const plan = page.getByRole('region', { name: ja.kinds.processing_plan.name });
    const planHeading = plan.getByRole('heading', { level: 2, name: ja.kinds.processing_plan.name });
    await planHeading.waitFor();
    assert.ok(await isFocused(planHeading), 'focus moves to the draft heading');
    // Chromium puts a space between the visually hidden context and the visible text of a legend.
    const stepName = new RegExp(`^${escapeRegExp(ja.doc.processing.commonHeading)}：\\s?${escapeRegExp(fill(ja.editor.row, { n: 1 }))}$`, 'u');
    const step = plan.getByRole('group', { name: stepName });
    assert.equal(await step.getByLabel(ja.doc.processing.tableWho, { exact: true }).inputValue(), ja.doc.emptyBlank);
    await assertNoAxeViolations(page, 'the drafts page (processing plan)');
    await screenshot(page, 'drafts-plan-ja-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the drafts page scrolls sideways at 375 px');
    await screenshot(page, 'drafts-plan-ja-375');
    await page.setViewportSize({ width: 1280, height: 800 });

    // In English, the unedited plan is generated in English; the edited publication stays as edited, and says so.
    await page.getByRole('button', { name: common.languages.en }).click();
    await page.getByRole('heading', { level: 1, name: en.page.title }).waitFor();
    const planEn = page.getByRole('region', { name: en.kinds.processing_plan.name });
    await planEn.getByRole('heading', { name: en.doc.processing.legalHeading }).waitFor();
    await assertNoAxeViolations(page, 'the drafts page in English');
    await page.getByRole('link', { name: en.kinds.joint_use_publication.name }).click();
    await page.getByText(fill(en.editor.languageMismatch, { language: en.editor.languageName.ja })).waitFor();

    assertNoProblems(problems);
    await context.close();
  });

  it('marks the drafts each route needs, downloads a research plan as Word with the edit and its sources, in ja and en', async () => {
    // S06: consent, recipient in a country with neither an adequate regime nor a Rule 16 system.
    const abroad = await openDrafts(browser, { ...s06.input, foreignRecipient: 'other_country' }, 'E2E consent abroad');
    assert.deepEqual(abroad.marks, ['foreign_provision_info', 'provision_record', 'receipt_record', 'research_plan_pi_section']);
    await abroad.page.getByRole('navigation', { name: ja.summary.heading }).getByRole('link', { name: ja.kinds.foreign_provision_info.name }).click();
    await abroad.page.getByRole('region', { name: ja.kinds.foreign_provision_info.name }).getByRole('heading', { name: ja.doc.foreign.regimeHeading }).waitFor();
    await assertNoAxeViolations(abroad.page, 'the drafts page (foreign-provision information)');
    assertNoProblems(abroad.problems);
    await abroad.context.close();

    // S01: the academic exception. The research plan is shown first.
    const { context, page, problems, marks } = await openDrafts(browser, s01.input, 'E2E 学術');
    assert.deepEqual(marks, ['disclosure_notice', 'provision_record', 'receipt_record', 'research_plan_pi_section']);
    const plan = page.getByRole('region', { name: ja.kinds.research_plan_pi_section.name });
    const field = plan.getByLabel(`${ja.doc.plan.basisHeading}：${fill(ja.editor.paragraph, { n: 1 })}`, { exact: true });
    assert.equal(await field.inputValue(), ja.doc.plan.basis.academic_exception);
    await assertNoAxeViolations(page, 'the drafts page (research plan)');
    await screenshot(page, 'drafts-research-plan-ja-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the drafts page scrolls sideways at 375 px');
    await screenshot(page, 'drafts-research-plan-ja-375');
    await page.setViewportSize({ width: 1280, height: 800 });

    await field.fill(payload);
    const [download] = await Promise.all([page.waitForEvent('download'), plan.getByRole('button', { name: ja.actions.docx }).click()]);
    assert.equal(download.suggestedFilename(), `E2E 学術 ${ja.kinds.research_plan_pi_section.fileName}.docx`);
    const xml = execFileSync('unzip', ['-p', await download.path(), 'word/document.xml'], { encoding: 'utf8' });
    assert.ok(xml.includes('株式会社E2E'), 'the edit is in document.xml');
    assert.ok(xml.includes('&lt;script&gt;'), 'markup is escaped in document.xml');
    assert.doesNotMatch(xml, /<script|<img/u);
    assert.ok(xml.includes(jaCitations.appi_27_1_vi_joint_research.ref), 'the sources are in document.xml');

    // In English: the unedited notice is generated in English; screenshots at both widths.
    await page.getByRole('button', { name: common.languages.en }).click();
    await page.getByRole('heading', { level: 1, name: en.page.title }).waitFor();
    await page.getByRole('navigation', { name: en.summary.heading }).getByRole('link', { name: en.kinds.disclosure_notice.name }).click();
    const notice = page.getByRole('region', { name: en.kinds.disclosure_notice.name });
    await notice.getByRole('heading', { name: en.doc.notice.refuseHeading }).waitFor();
    await assertNoAxeViolations(page, 'the drafts page in English (disclosure notice)');
    await screenshot(page, 'drafts-notice-en-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the English drafts page scrolls sideways at 375 px');
    await screenshot(page, 'drafts-notice-en-375');

    assertNoProblems(problems);
    await context.close();
  });
});
