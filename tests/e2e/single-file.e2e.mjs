// The single file for closed networks (npm run build:single): opened from disk with every request that is not for
// the file itself aborted, it completes an assessment, exports the report, opens drafts, review and training, keeps
// its data over a reload and switches language, with no CSP violation, console error or request off the disk.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { assertNoAxeViolations, assertNoProblems, launchBrowser, openPage, readJson, waitForResult, walkWizard } from './helpers.mjs';

const singleFile = fileURLToPath(new URL('../../dist-single/medai-data-navigator.html', import.meta.url));
const fileUrl = pathToFileURL(singleFile).href;

const ja = {
  common: readJson('../../locales/ja/common.json'),
  wizard: readJson('../../locales/ja/wizard.json'),
  report: readJson('../../locales/ja/report.json'),
  drafts: readJson('../../locales/ja/drafts.json'),
  review: readJson('../../locales/ja/review.json'),
  training: readJson('../../locales/ja/training.json'),
  profile: readJson('../../locales/ja/profile.json'),
};
const en = { common: readJson('../../locales/en/common.json') };
const scenario = readJson('../fixtures/scenarios.json').scenarios.find((s) => s.id === 'S02');
assert.ok(scenario, 'scenario S02 exists');

/** Moves to a route inside the open document, as a link would (no new page load). */
async function goToRoute(page, route) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#${route}`);
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

describe('the single file opened from disk', () => {
  let browser;
  before(async () => {
    assert.ok(existsSync(singleFile), `${singleFile} is missing: run npm run build:single first`);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('is one file whose policy allows only its own hashed inline code', () => {
    const html = readFileSync(singleFile, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1] ?? '';
    assert.match(policy, /default-src 'none'/u);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|'self'/u);
    // Nothing the page would load from beside itself: no script, stylesheet or icon by address.
    assert.doesNotMatch(html, /<script[^>]*\ssrc=|<link[^>]*\shref="(?!data:)/u);
  });

  it('completes an assessment, exports, drafts, reviews and trains with the network cut', async () => {
    const { context, page, problems } = await openPage(browser, { isOwn: (url) => url.protocol === 'file:' });
    // The network is cut: whatever is not the file itself would fail (and is recorded as a problem above).
    await context.route((url) => url.protocol !== 'file:' && url.protocol !== 'data:' && url.protocol !== 'blob:', (route) => route.abort());

    await page.goto(fileUrl);
    await heading(page, ja.common.start.title);
    await assertNoAxeViolations(page, 'the single file’s start page');
    await page.getByRole('textbox', { name: ja.common.start.new.nameLabel }).fill('Closed network');
    await page.getByRole('button', { name: ja.common.start.new.button }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/q/'));
    await walkWizard(page, scenario.input, ja.wizard.question.continue);
    await page.getByRole('link', { name: ja.wizard.check.seeResult }).click();
    await waitForResult(page);
    assert.equal(await page.locator('[data-recommended-basis]').getAttribute('data-recommended-basis'), scenario.expect.recommendedBasis);

    // Saved in the browser's storage for this file: a reload shows the same result.
    await page.reload();
    await waitForResult(page);

    await goToRoute(page, '/report');
    await heading(page, ja.report.doc.title);
    for (const label of [ja.report.page.json, ja.report.page.markdown, ja.report.page.docx]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: label }).click();
      assert.ok((await download).suggestedFilename().length > 0, `${label} gives a file`);
    }

    await goToRoute(page, '/drafts');
    await heading(page, ja.drafts.page.title);
    await goToRoute(page, '/review');
    await heading(page, ja.review.open.title);
    await goToRoute(page, '/training');
    await heading(page, ja.training.library.title);
    // The profile page asks for an institution's preset file, which a file on disk has none of: nothing is fetched.
    await goToRoute(page, '/profile');
    await heading(page, ja.profile.page.title);

    // Both languages are in the file.
    await page.getByRole('button', { name: ja.common.languages.en }).click();
    await goToRoute(page, '/');
    await heading(page, en.common.start.title);

    assertNoProblems(problems);
    await context.close();
  });
});
