// Privacy and offline use, end to end in Chromium:
// - a full run (start → questions → result → report → export files → share link → data check of local files)
//   records every request and fails if any leaves the served origin, and fails on any Content-Security-Policy
//   violation (the data check's Web Worker included);
// - after a first visit the network is cut and a whole assessment is completed from the offline cache.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  appUrl,
  assertNoProblems,
  baseUrl,
  launchBrowser,
  openPage,
  readJson,
  waitForResult,
  walkWizard,
} from './helpers.mjs';

const ja = {
  common: readJson('../../locales/ja/common.json'),
  wizard: readJson('../../locales/ja/wizard.json'),
  report: readJson('../../locales/ja/report.json'),
  datacheck: readJson('../../locales/ja/datacheck.json'),
};
const scenario = readJson('../fixtures/scenarios.json').scenarios.find((s) => s.id === 'S02');
assert.ok(scenario, 'scenario S02 exists');

async function completeAssessment(page, name) {
  await page.goto(appUrl('/'));
  await page.getByRole('textbox', { name: ja.common.start.new.nameLabel }).fill(name);
  await page.getByRole('button', { name: ja.common.start.new.button }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/q/'));
  await walkWizard(page, scenario.input, ja.wizard.question.continue);
  await page.getByRole('link', { name: ja.wizard.check.seeResult }).click();
  await waitForResult(page);
  return page.locator('[data-recommended-basis]').getAttribute('data-recommended-basis');
}

describe('privacy and offline use', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('sends nothing beyond the served origin during a full run, with no CSP violation', async () => {
    const { context, page, problems } = await openPage(browser);
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl.origin });

    assert.equal(await completeAssessment(page, 'Privacy run <script>alert(1)</script>'), scenario.expect.recommendedBasis);

    await page.goto(appUrl('/report'));
    await page.getByRole('heading', { level: 1, name: ja.report.doc.title }).waitFor();
    for (const label of [ja.report.page.json, ja.report.page.markdown, ja.report.page.docx]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: label }).click();
      assert.ok((await download).suggestedFilename().length > 0);
    }
    await page.getByRole('button', { name: ja.report.share.button }).click();
    await page.getByText(ja.report.share.copied).or(page.getByText(ja.report.share.manual)).first().waitFor();

    // The data check reads files in a worker from the app's own origin; nothing about them may leave the browser.
    await page.goto(appUrl('/data-check'));
    await page.getByLabel(ja.datacheck.pick.label).setInputFiles([
      { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('患者ID,氏名\nP1,山田太郎\n') },
      { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('連絡先 taro@example.jp\n') },
    ]);
    await page.getByText(ja.datacheck.progress.done.replaceAll('{{total}}', '2')).waitFor();
    assert.ok(requests.some((url) => /worker/u.test(url)), 'the check ran in a worker loaded from the origin');

    const leaving = requests.filter((url) => {
      const parsed = new URL(url);
      return !['data:', 'blob:'].includes(parsed.protocol) && parsed.origin !== baseUrl.origin;
    });
    assert.deepEqual(leaving, [], 'requests left the origin');
    assert.ok(requests.length > 0, 'the run was recorded');
    assertNoProblems(problems);
    await context.close();
  });

  it('completes an assessment with the network cut after the first visit', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(appUrl('/'));
    // The service worker takes over after the first load and caches every file of the build.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', undefined, {
      timeout: 20_000,
      polling: 200,
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });

    await context.setOffline(true);
    assert.equal(await completeAssessment(page, 'Offline run'), scenario.expect.recommendedBasis);
    await page.reload();
    await waitForResult(page);
    await context.setOffline(false);
    // Offline fetches that fail are expected console noise only if they happen; the app must not have needed any.
    assertNoProblems(problems);
    await context.close();
  });
});
