// The institution profile and notes on answers, end to end in Chromium against the built app: a profile saved on
// the profile page (axe-checked), an institution's preset served beside index.html (in effect, then reported when
// broken), and a note written on a question that reaches check answers and the report as text.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { appUrl, assertNoAxeViolations, assertNoProblems, launchBrowser, openPage, readJson } from './helpers.mjs';

const ja = {
  common: readJson('../../locales/ja/common.json'),
  wizard: readJson('../../locales/ja/wizard.json'),
  report: readJson('../../locales/ja/report.json'),
  profile: readJson('../../locales/ja/profile.json'),
};
const scenario = readJson('../fixtures/scenarios.json').scenarios.find((s) => s.id === 'S02');
assert.ok(scenario, 'scenario S02 exists');

/** The static server reads dist/ on every request, so a preset written here is served beside index.html at once. */
const presetFile = fileURLToPath(new URL('../../dist/profile.json', import.meta.url));
/** What the build ships beside index.html: no preset (public/profile.json). Put back after each change. */
const shippedPreset = 'null\n';
const markup = '<img src=x onerror=alert(1)>';
const note = `倫理審査 承認番号 2024-123 ${markup}`;

const routeOf = (page) => new URL(page.url()).hash.replace(/^#/, '').split('?')[0];

/** Answers every question from the scenario, writing the note on the first one. */
async function walk(page, input) {
  for (let step = 0; step < 30 && routeOf(page).startsWith('/q/'); step += 1) {
    await page.locator('main h1').waitFor();
    const id = routeOf(page).slice('/q/'.length);
    const answer = input[id];
    assert.ok(answer !== undefined, `the wizard asked ${id}, which the scenario does not answer`);
    const form = page.locator('form.question-form');
    // An empty multi-select answer is the explicit "None of these".
    const values = Array.isArray(answer) ? (answer.length === 0 ? ['none-of-these'] : answer) : [answer];
    for (const value of values) await form.locator(`input[name="${id}"][value="${value}"]`).check();
    if (step === 0) {
      await page.getByText(ja.wizard.note.summaryAdd).click();
      await page.getByRole('textbox', { name: ja.wizard.note.label }).fill(note);
    }
    const previous = page.url();
    await page.getByRole('button', { name: ja.wizard.question.continue }).click();
    await page.waitForFunction((url) => location.href !== url, previous);
  }
  assert.equal(routeOf(page), '/check');
}

describe('institution profile and notes', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await writeFile(presetFile, shippedPreset);
    await browser?.close();
  });

  it('saves a profile on an accessible page, then walks to a report carrying a note as text', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(appUrl('/'));
    await page.getByRole('navigation', { name: ja.common.layout.nav.label }).getByRole('link', { name: ja.common.layout.nav.profile }).click();
    await page.getByRole('heading', { level: 1, name: ja.profile.page.title }).waitFor();
    await page.getByRole('textbox', { name: ja.profile.fields.name.label }).fill('〇〇大学病院');
    await page.getByRole('textbox', { name: ja.profile.fields.contactOffice.label }).fill('個人情報保護窓口');
    await page.getByRole('textbox', { name: ja.profile.fields.contactDetails.label }).fill('内線 1234');
    await page.getByRole('button', { name: ja.profile.form.save }).click();
    await page.getByText(ja.profile.form.saved).waitFor();
    const inUse = page.getByRole('region', { name: ja.profile.inEffect.heading });
    await inUse.getByText(ja.profile.inEffect.own).waitFor();
    await assertNoAxeViolations(page, 'the profile page');

    await page.goto(appUrl('/'));
    await page.getByRole('textbox', { name: ja.common.start.new.nameLabel }).fill('Notes run');
    await page.getByRole('button', { name: ja.common.start.new.button }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/q/'));
    await walk(page, scenario.input);

    await page.getByText(note).waitFor();
    await assertNoAxeViolations(page, 'check answers with a note');

    await page.goto(appUrl('/report'));
    await page.getByRole('heading', { level: 1, name: ja.report.doc.title }).waitFor();
    await page.getByRole('columnheader', { name: ja.report.doc.answers.note }).waitFor();
    await page.getByRole('cell', { name: note }).waitFor();
    await page.getByText(ja.report.doc.metaInstitution.replace('{{name}}', '〇〇大学病院')).waitFor();
    assert.equal(await page.locator('main img').count(), 0, 'the note made no element');
    assertNoProblems(problems);
    await context.close();
  });

  it('uses the institution’s preset beside index.html, and reports a broken one', async () => {
    try {
      await writeFile(presetFile, JSON.stringify({ name: 'プリセット病院', contactOffice: '研究支援課' }));
      const { context, page, problems } = await openPage(browser);
      await page.goto(appUrl('/profile'));
      const inUse = page.getByRole('region', { name: ja.profile.inEffect.heading });
      await inUse.getByText(ja.profile.inEffect.preset).waitFor();
      await inUse.getByText('プリセット病院').waitFor();
      await assertNoAxeViolations(page, 'the profile page with a preset');

      await writeFile(presetFile, '{"name": ');
      await page.reload();
      const notice = page.getByRole('region', { name: ja.profile.preset.problemHeading });
      await notice.getByText(ja.profile.preset.notJson).waitFor();
      await inUse.getByText(ja.profile.inEffect.none).waitFor();
      assertNoProblems(problems);
      await context.close();
    } finally {
      await writeFile(presetFile, shippedPreset);
    }
  });
});
