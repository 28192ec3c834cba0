// The one-page summary on paper, the report's verdict table on a phone and on paper, and the start page's first
// screen on a phone: measured in Chromium against the built app.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import {
  artifactsDir,
  assertNoAxeViolations,
  assertNoProblems,
  launchBrowser,
  openPage,
  openSeeded as openSeededAssessment,
  readJson,
  screenshot,
} from './helpers.mjs';

const reportByLanguage = { ja: readJson('../../locales/ja/report.json'), en: readJson('../../locales/en/report.json') };
const commonJa = readJson('../../locales/ja/common.json');
const scenarios = readJson('../fixtures/scenarios.json').scenarios;
const localeOf = { ja: 'ja-JP', en: 'en-GB' };

/** A long project name, as people write them, so the measure is not flattered by a short one. */
const projectName = '胸部CT肺結節検出AI 共同研究（第2期）CT-1 (v2) / Chest CT nodule detection, phase 2';

/** Opens the route with one saved assessment under the long name. */
const openSeeded = (page, input, route) => openSeededAssessment(page, input, route, { name: projectName });

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page (the tree's root is "/Type /Pages"). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/gu) ?? []).length;

const printA4 = (page) => page.pdf({ format: 'A4', preferCSSPageSize: true });

/** The narrowest cell of the report's tables, in characters of its own font size. */
const narrowestCell = (page) =>
  page.evaluate(() => {
    let narrowest = { chars: Infinity, text: '' };
    for (const cell of document.querySelectorAll('.doc-view__table th, .doc-view__table td')) {
      // The stacked layout hides the header row visually (a 1 px box); its words reach screen readers only.
      if ((cell.closest('thead')?.getBoundingClientRect().width ?? Infinity) <= 1) continue;
      const width = cell.getBoundingClientRect().width;
      const chars = width / Number.parseFloat(getComputedStyle(cell).fontSize);
      if (chars < narrowest.chars) narrowest = { chars, text: (cell.textContent ?? '').slice(0, 30) };
    }
    return narrowest;
  });

describe('one-page summary, verdict table, start page on a phone', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  for (const lng of ['ja', 'en']) {
    const report = reportByLanguage[lng];

    it(`shows the summary in ${lng}, passes axe, and prints it on exactly one A4 page`, async (t) => {
      const { context, page, problems } = await openPage(browser, { locale: localeOf[lng] });
      await openSeeded(page, scenarios.find((s) => s.id === 'S02').input, '/report/summary');
      await page.getByRole('heading', { level: 1, name: report.summary.title }).waitFor();
      await page.getByText(projectName).waitFor();
      await assertNoAxeViolations(page, `the summary (${lng})`);
      await screenshot(page, `summary-${lng}-1280`);

      // On paper: no buttons or site navigation, and one page.
      // The printable area of A4 at 96 dpi within report.css's margins (15 mm × 14 mm): 688 × 1009 px.
      await page.setViewportSize({ width: 688, height: 1009 });
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('button', { name: report.summary.print }).isVisible(), false);
      assert.equal(await page.getByRole('banner').isVisible(), false);
      await screenshot(page, `summary-${lng}-print`);
      const height = await page.evaluate(() => document.querySelector('.summary-page')?.getBoundingClientRect().height ?? 0);
      t.diagnostic(`${lng} summary of S02 on paper: ${Math.round(height)} px of the 1009 px printable height`);
      const pdf = await printA4(page);
      await mkdir(artifactsDir, { recursive: true });
      await writeFile(`${artifactsDir}summary-${lng}.pdf`, pdf);
      assert.equal(pdfPages(pdf), 1, `the ${lng} summary prints on one A4 page`);

      assertNoProblems(problems);
      await context.close();
    });

    it(`prints the summary of every scenario in ${lng} on one A4 page`, async () => {
      const { context, page, problems } = await openPage(browser, { locale: localeOf[lng] });
      const pages = {};
      for (const scenario of scenarios) {
        await openSeeded(page, scenario.input, '/report/summary');
        await page.getByRole('heading', { level: 1, name: report.summary.title }).waitFor();
        pages[scenario.id] = pdfPages(await printA4(page));
      }
      assert.deepEqual(
        Object.entries(pages).filter(([, count]) => count !== 1),
        [],
        `every summary on one page: ${JSON.stringify(pages)}`,
      );
      assertNoProblems(problems);
      await context.close();
    });
  }

  it('reads the report’s tables at 375 px and on A4 with no column narrower than four characters', async (t) => {
    const { context, page, problems } = await openPage(browser, { width: 375, height: 667 });
    await openSeeded(page, scenarios.find((s) => s.id === 'S02').input, '/report');
    await page.getByRole('heading', { level: 1, name: reportByLanguage.ja.doc.title }).waitFor();
    const phone = await narrowestCell(page);
    t.diagnostic(`narrowest cell at 375 px: ${phone.chars.toFixed(1)} characters`);
    assert.ok(phone.chars >= 4, `narrowest cell at 375 px: ${phone.chars.toFixed(1)} characters ("${phone.text}")`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
    await assertNoAxeViolations(page, 'the report at 375 px');
    await screenshot(page, 'report-ja-375');

    // A4 at 96 dpi less the 14 mm side margins of report.css: 210 mm − 28 mm = 182 mm ≈ 688 px.
    await page.setViewportSize({ width: 688, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const paper = await narrowestCell(page);
    t.diagnostic(`narrowest cell on A4: ${paper.chars.toFixed(1)} characters ("${paper.text}")`);
    assert.ok(paper.chars >= 4, `narrowest cell on A4: ${paper.chars.toFixed(1)} characters ("${paper.text}")`);

    assertNoProblems(problems);
    await context.close();
  });

  it('puts new assessment and saved assessments within the first screen at 375×667', async (t) => {
    const { context, page, problems } = await openPage(browser, { width: 375, height: 667 });
    await openSeeded(page, scenarios[0].input, '/');
    const start = page.getByRole('button', { name: commonJa.start.new.button });
    const saved = page.getByRole('heading', { level: 2, name: commonJa.saved.heading });
    await saved.waitFor();
    const startTop = (await start.boundingBox())?.y ?? Infinity;
    const savedTop = (await saved.boundingBox())?.y ?? Infinity;
    await page.screenshot({ path: `${artifactsDir}start-ja-375-first-screen.png` });
    t.diagnostic(`tops at 375×667: start button ${String(Math.round(startTop))} px, saved heading ${String(Math.round(savedTop))} px`);
    assert.ok(startTop < 667, `the start button's top is ${String(startTop)} px`);
    assert.ok(savedTop < 667, `the saved assessments heading's top is ${String(savedTop)} px`);
    await screenshot(page, 'start-ja-375');
    assertNoProblems(problems);
    await context.close();
  });
});
