// The "About the rules" page in the built app: it lists every open point in both languages and passes axe, and a
// marker on the result page of a case at the approval review leads to its point, which takes focus and is on
// screen; Back returns to the result.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';

import { appUrl, assertNoAxeViolations, assertNoProblems, launchBrowser, openPage, readJson, waitForResult } from './helpers.mjs';

const about = { ja: readJson('../../locales/ja/about.json'), en: readJson('../../locales/en/about.json') };
const jaReport = readJson('../../locales/ja/report.json');
const jaResult = readJson('../../locales/ja/result.json');

// The share link names the rule set it was made under; the current one, read from the rules, avoids the update notice.
const rulesVersion = /version: '([^']+)'/u.exec(readFileSync(new URL('../../src/rules/rule-sets.ts', import.meta.url), 'utf8'))?.[1];

/** tests/rules/fixtures.ts centralCase at the approval review: a reconstructed stage whose basis is open. */
const approvalReview = { ...readJson('../fixtures/central-case.json'), stage: 'regulatory_review' };

/** A share link's payload, built as src/features/exchange/share-link.ts encodeShare builds it. */
const sharePayload = (answers) => Buffer.from(JSON.stringify({ v: 1, r: rulesVersion, a: answers }), 'utf8').toString('base64url');

describe('About the rules', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    assert.ok(rulesVersion, 'rule-set version not found in src/rules/rule-sets.ts');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  for (const [lng, locale] of [
    ['ja', 'ja-JP'],
    ['en', 'en-GB'],
  ]) {
    it(`lists every open point and passes axe (${lng})`, async () => {
      const { context, page, problems } = await openPage(browser, { locale });
      await page.goto(appUrl('/about'));
      await page.getByRole('heading', { level: 1, name: about[lng].page.title }).waitFor();
      const titles = await page.getByRole('heading', { level: 3 }).allTextContents();
      assert.deepEqual(titles, Object.values(about[lng].point).map((point) => point.title));
      await assertNoAxeViolations(page, `the About page (${lng})`);
      assertNoProblems(problems);
      await context.close();
    });
  }

  it('a marker on an approval-review result leads to its open point, focused and on screen; Back returns', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(appUrl(`/open?a=${sharePayload(approvalReview)}`));
    await page.getByRole('button', { name: jaReport.open.confirm }).click();
    await waitForResult(page);

    const warning = page.locator('[data-warning="stage_basis_unconfirmed"]');
    const marker = warning.getByRole('link', { name: about.ja.point.stage_basis.title });
    assert.equal((await marker.textContent())?.trim(), about.ja.marker.label.open_point);
    await marker.click();

    const heading = page.getByRole('heading', { level: 3, name: about.ja.point.stage_basis.title });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'open-point-stage_basis');
    assert.ok(page.url().endsWith('#/about/open/stage_basis'), page.url());
    const box = await heading.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height, 'the point’s heading is on screen');
    await assertNoAxeViolations(page, 'an open point');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: jaResult.title }).waitFor();
    assertNoProblems(problems);
    await context.close();
  });
});
