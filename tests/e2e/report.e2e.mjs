// Researcher outputs end to end: the report page and its downloads, import of the exported file, and a share link
// opened in another tab, all against the built app with its Content-Security-Policy.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import {
  appUrl,
  assertNoAxeViolations,
  assertNoProblems,
  baseUrl,
  launchBrowser,
  openPage,
  readJson,
  screenshot,
} from './helpers.mjs';

const report = readJson('../../locales/ja/report.json');
const outcomes = readJson('../../locales/ja/outcomes.json');
const questions = readJson('../../locales/ja/questions.json');
const scenarios = readJson('../fixtures/scenarios.json').scenarios;

const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/gu, (_, key) => String(values[key]));
const STORAGE_KEY = 'mdn.assessments';

// Scenario S02 with its multi-select answer in option order, as the wizard stores it.
const s02 = { ...scenarios.find((s) => s.id === 'S02').input, dataTypes: ['ehr_structured', 'dicom_images'] };
const projectName = 'E2E <CT> 開発プロジェクト';
const seeded = {
  schemaVersion: 2,
  currentId: 'seed-1',
  assessments: [
    {
      id: 'seed-1',
      name: projectName,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      answers: s02,
      ticks: ['ethics_review'],
    },
  ],
};

/**
 * Puts the seeded assessment in storage and opens the report in a new document, so the store reads it. (Changing
 * only the hash and then reloading raced with the running app: now and then the reload found the start page's URL.)
 */
async function openSeededReport(page) {
  await page.goto(appUrl('/'));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(seeded)]);
  await page.goto('about:blank');
  await page.goto(appUrl('/report'));
  await page.getByRole('heading', { level: 1, name: report.doc.title }).waitFor();
}

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);

describe('report, import and share link', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  it('shows the report, downloads JSON, Markdown and Word, and imports the JSON back as a second assessment', async () => {
    const { context, page, problems } = await openPage(browser);
    await openSeededReport(page);

    const basis = outcomes.basis.pseudonymized_joint_use;
    await page.getByText(fill(report.doc.result.recommended, { basis: basis.name, provisions: basis.provisions })).waitFor();
    await page.getByText(fill(report.doc.metaProject, { name: projectName })).waitFor();
    const fingerprintLine = await page.getByText(/^フィンガープリント：/u).textContent();
    const shown = /([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})$/u.exec(fingerprintLine ?? '')?.[1];
    assert.ok(shown, `no fingerprint in "${fingerprintLine}"`);
    await assertNoAxeViolations(page, 'the report page');
    await screenshot(page, 'report-ja-1280');

    // On paper: no buttons, no site navigation; the document itself stays.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: report.page.print }).isVisible(), false);
    assert.equal(await page.getByRole('banner').isVisible(), false);
    assert.ok(await page.getByRole('heading', { level: 1, name: report.doc.title }).isVisible());
    await page.emulateMedia({ media: 'screen' });

    // JSON: the exchange file, with the fingerprint the page shows.
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: report.page.json }).click()]);
    assert.match(jsonDownload.suggestedFilename(), /\.json$/u);
    const jsonText = await readFile(await jsonDownload.path(), 'utf8');
    const file = JSON.parse(jsonText);
    assert.equal(file.fingerprint, shown);
    assert.equal(file.name, projectName);
    assert.deepEqual(file.input, s02);
    assert.deepEqual(file.ticks, ['ethics_review']);

    // Markdown keeps the name's markup as text.
    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: report.page.markdown }).click()]);
    const markdown = await readFile(await mdDownload.path(), 'utf8');
    assert.ok(markdown.includes(`- ${fill(report.doc.metaProject, { name: 'E2E &lt;CT> 開発プロジェクト' })}\n`), 'the name is plain text, its markup kept as text');
    assert.ok(markdown.includes(`- ${fill(report.doc.metaFingerprint, { fingerprint: shown })}\n`));

    // Word: the writer loads on demand, under the page's CSP.
    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: report.page.docx }).click()]);
    assert.match(docxDownload.suggestedFilename(), /\.docx$/u);
    const docx = await readFile(await docxDownload.path());
    assert.equal(docx.subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip file');

    // Import the JSON: the same name and answers exist, so the page says so and adds a copy on confirmation.
    await page.goto(appUrl('/import'));
    await page.getByRole('heading', { level: 1, name: report.import.title }).waitFor();
    await assertNoAxeViolations(page, 'the import page');
    await page.getByLabel(report.import.choose).setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(jsonText) });
    await page.getByRole('heading', { level: 2, name: report.import.preview.heading }).waitFor();
    await page.getByText(fill(report.import.preview.duplicate, { name: projectName })).waitFor();
    await assertNoAxeViolations(page, 'the import preview');
    assert.equal((await stored(page)).assessments.length, 1, 'nothing is added before confirmation');
    await page.getByRole('button', { name: report.import.preview.addCopy }).click();
    await page.getByText(fill(report.import.added, { name: projectName })).waitFor();

    const { assessments } = await stored(page);
    assert.equal(assessments.length, 2);
    const [original, copy] = assessments;
    assert.deepEqual(original, seeded.assessments[0]);
    assert.notEqual(copy.id, original.id);
    assert.equal(copy.name, original.name);
    assert.deepEqual(copy.answers, original.answers);
    assert.deepEqual(copy.ticks, original.ticks);

    assertNoProblems(problems);
    await context.close();
  });

  it('copies a share link that another tab opens, shows and adds only after confirmation', async () => {
    const { context, page, problems } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl.origin });
    await openSeededReport(page);

    await page.getByRole('button', { name: report.share.button }).click();
    await page.getByText(report.share.copied).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.startsWith(`${baseUrl.href}#/open?a=`), link);
    assert.ok(!decodeURIComponent(link).includes('E2E'), 'the link never carries the project name');

    const other = await context.newPage();
    other.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    other.on('pageerror', (error) => problems.pageErrors.push(String(error)));
    await other.goto(link);
    await other.getByRole('heading', { level: 1, name: report.open.title }).waitFor();
    await other.getByText(questions.purpose.options.product_only).waitFor();
    await other.getByText(questions.stage.title).waitFor();
    await assertNoAxeViolations(other, 'the share-link landing page');
    await screenshot(other, 'open-ja-1280');
    assert.equal((await stored(other)).assessments.length, 1, 'opening the link adds nothing by itself');

    await other.getByRole('button', { name: report.open.confirm }).click();
    await other.waitForURL(/#\/result$/u);
    const { assessments, currentId } = await stored(other);
    assert.equal(assessments.length, 2);
    assert.deepEqual(assessments[0], seeded.assessments[0], 'the existing assessment is untouched');
    assert.deepEqual(assessments[1].answers, s02);
    assert.equal(currentId, assessments[1].id);

    // A damaged link explains itself and changes nothing.
    await other.goto(appUrl('/open?a=broken!'));
    await other.getByRole('heading', { level: 1, name: report.open.problem.heading }).waitFor();
    await other.getByText(report.open.problem.malformed).waitFor();
    await assertNoAxeViolations(other, 'a broken share link');
    assert.equal((await stored(other)).assessments.length, 2);

    assertNoProblems(problems);
    await context.close();
  });
});
