// Backup and restore, end to end in Chromium against the built app: a browser holding a saved assessment and an
// institution profile downloads its backup from the page the start page links to; a fresh browser context (an empty
// profile, English, a phone's width) restores it after the preview and shows the data without a reload. Axe on each
// state; screenshots at 1280 and 375 px in both languages.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { appUrl, artifactsDir, assertNoAxeViolations, assertNoProblems, fitsViewport, launchBrowser, openPage, readJson, savedAssessments, screenshot } from './helpers.mjs';

const ja = { common: readJson('../../locales/ja/common.json'), backup: readJson('../../locales/ja/backup.json') };
const en = { common: readJson('../../locales/en/common.json'), backup: readJson('../../locales/en/backup.json'), profile: readJson('../../locales/en/profile.json') };
const scenario = readJson('../fixtures/scenarios.json').scenarios.find((s) => s.id === 'S02');
assert.ok(scenario, 'scenario S02 exists');

const projectName = '三施設共同研究（E2E）';
const hospital = '〇〇大学病院';
const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/gu, (_match, key) => String(values[key] ?? ''));

describe('backup and restore', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('backs up one browser and restores it into a fresh one, which shows the data at once', async () => {
    // --- the browser with data (Japanese, 1280 px) -------------------------------------------------------------
    const source = await openPage(browser, { locale: 'ja-JP' });
    await source.page.goto(appUrl('/'));
    await source.page.evaluate(
      ([assessments, profile]) => {
        localStorage.setItem('mdn.assessments', assessments);
        localStorage.setItem('mdn.profile', profile);
      },
      [
        JSON.stringify(savedAssessments(scenario.input, projectName)),
        JSON.stringify({ schemaVersion: 1, profile: { name: hospital, contactOffice: '', contactDetails: '', note: '' } }),
      ],
    );
    await source.page.goto('about:blank');
    await source.page.goto(appUrl('/'));

    // The start page says where the data lives, and offers the backup.
    const notice = source.page.getByRole('region', { name: ja.common.start.backup.heading });
    // The app renders the start page once its code has run (the prerendered page is for first visits only).
    await notice.getByText(ja.common.start.backup.text).waitFor();
    assert.equal(await notice.getByText(ja.common.start.backup.text).count(), 1);
    await screenshot(source.page, 'backup-start-ja-1280');
    await notice.getByRole('link', { name: ja.common.start.backup.link }).click();
    await source.page.getByRole('heading', { level: 1, name: ja.backup.page.title }).waitFor();
    const counts = source.page.getByRole('table', { name: ja.backup.save.contains });
    assert.equal(await counts.getByRole('row', { name: `${ja.backup.stores.assessments} ${fill(ja.backup.save.countValue, { count: 1 })}` }).count(), 1);
    await assertNoAxeViolations(source.page, 'the backup page (ja)');
    await screenshot(source.page, 'backup-ja-1280');

    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.getByRole('button', { name: ja.backup.save.download }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^medai-backup-\d{4}-\d{2}-\d{2}\.json$/u);
    // Kept outside the context, which deletes its downloads when it closes: this file goes to the fresh browser.
    await mkdir(artifactsDir, { recursive: true });
    const file = `${artifactsDir}backup-e2e.json`;
    await download.saveAs(file);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(saved.kind, 'medai-data-navigator/backup');
    assert.equal(saved.stores.assessments.assessments[0].name, projectName);
    await source.page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(source.page), 'the backup page fits 375 px (ja)');
    await screenshot(source.page, 'backup-ja-375');
    assertNoProblems(source.problems);
    await source.context.close();

    // --- a fresh browser (English, 375 px): nothing saved ----------------------------------------------------
    const target = await openPage(browser, { locale: 'en-GB', width: 375, height: 800 });
    const { page } = target;
    await page.goto(appUrl('/backup'));
    await page.getByRole('heading', { level: 1, name: en.backup.page.title }).waitFor();
    await page.getByLabel(en.backup.restore.choose).setInputFiles(file);

    const preview = page.getByRole('region', { name: en.backup.preview.heading });
    await preview.waitFor();
    const assessments = preview.getByRole('region', { name: en.backup.stores.assessments });
    assert.equal(await assessments.getByText(fill(en.backup.preview.added, { count: 1 })).count(), 1);
    assert.equal(await assessments.getByText(projectName).count(), 1);
    assert.equal(await preview.getByRole('region', { name: en.backup.stores.profile }).getByText(hospital).count(), 1);
    assert.ok(await fitsViewport(page), 'the preview fits 375 px');
    await assertNoAxeViolations(page, 'the restore preview (en)');
    await screenshot(page, 'backup-preview-en-375');
    // Nothing is written before the person chooses.
    assert.equal(await page.evaluate(() => localStorage.getItem('mdn.assessments')), null);

    await page.getByRole('button', { name: en.backup.mode.submit }).click();
    await page.getByRole('heading', { name: en.backup.done.heading }).waitFor();
    await assertNoAxeViolations(page, 'the restored message (en)');
    await screenshot(page, 'backup-done-en-375');

    // Within the same page (no reload), the start page lists the restored assessment and the profile is in effect.
    await page.getByRole('link', { name: en.backup.page.homeLink }).click();
    await page.getByRole('button', { name: fill(en.common.saved.openLabel, { name: projectName }) }).waitFor();
    await page.goto(appUrl('/profile'));
    await page.getByRole('textbox', { name: en.profile.fields.name.label }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: en.profile.fields.name.label }).inputValue(), hospital);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(appUrl('/backup'));
    await page.getByRole('heading', { level: 1, name: en.backup.page.title }).waitFor();
    assert.equal(await page.getByRole('table', { name: en.backup.save.contains }).getByRole('row', { name: `${en.backup.stores.assessments} 1` }).count(), 1);
    await screenshot(page, 'backup-en-1280');
    assertNoProblems(target.problems);
    await target.context.close();
  });
});
