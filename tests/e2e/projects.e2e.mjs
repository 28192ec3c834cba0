// End-to-end: a three-hospital, one-company project entered through the UI (issue "Projects"): create the
// project, add three data flows (the second and third start after the shared questions), read the overview's
// flows × stages table, the parties and the combined checklist, tick an item, open the joint-use publication for
// all joint users, and check axe and the layout at 1280 and 375 px in Japanese and English. Then the history page by
// keyboard alone: record the stage, move every flow on, record again, compare the two records, delete one; and the
// overview's request to confirm before dissolving the project.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { appUrl, assertNoAxeViolations, assertNoProblems, fitsViewport, launchBrowser, openPage, readJson, screenshot } from './helpers.mjs';

const ja = readJson('../../locales/ja/projects.json');
const history = readJson('../../locales/ja/history.json');
const stageNames = readJson('../../locales/ja/outcomes.json').stage;
const en = readJson('../../locales/en/projects.json');
const wizard = readJson('../../locales/ja/wizard.json');
const outcomes = readJson('../../locales/ja/outcomes.json');
const checklist = readJson('../../locales/ja/checklist.json');
const fill = (text, values) => text.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key]));

/** A hospital giving 仮名加工情報 of chest CT to a company for product development: the guideline's joint-use model. */
const { consent: _consent, publicHealthNeed: _publicHealthNeed, ...centralCase } = readJson('../fixtures/central-case.json');
/** The central case (tests/fixtures/central-case.json) with 仮名加工情報 made: no consent question on this path. */
const base = { ...centralCase, dataState: 'pseudonymized' };
const flows = [
  { provider: 'A大学病院', recipient: 'B社', input: base },
  { provider: 'C病院', recipient: 'B社', input: { ...base, providerType: 'non_academic_medical' } },
  { provider: 'D市民病院', recipient: 'B社', input: { ...base, providerType: 'non_academic_medical', providerSector: 'public_body' } },
];
const label = (flow) => `${flow.provider} → ${flow.recipient}`;

const questionOnScreen = (page) => /^#\/q\/([A-Za-z]+)/u.exec(new URL(page.url()).hash)?.[1] ?? null;

/** Answers the wizard from the input until check answers; returns the questions it was asked. */
async function answerAll(page, input) {
  const asked = [];
  for (let step = 0; step < 30; step += 1) {
    await page.locator('main h1').waitFor();
    const id = questionOnScreen(page);
    if (id === null) break;
    asked.push(id);
    const answer = input[id];
    const form = page.locator('form.question-form');
    if (Array.isArray(answer)) {
      for (const box of await form.locator(`input[type="checkbox"][name="${id}"]`).all()) {
        const value = await box.getAttribute('value');
        if (value === 'none-of-these' ? answer.length === 0 : answer.includes(value)) await box.check();
        else await box.uncheck();
      }
    } else {
      await form.locator(`input[name="${id}"][value="${answer}"]`).check();
    }
    const before = page.url();
    await page.getByRole('button', { name: wizard.question.continue }).click();
    await page.waitForFunction((url) => location.href !== url, before);
  }
  return asked;
}

describe('projects', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  it('creates a three-hospital, one-company project and shows it whole', async () => {
    const { page, problems } = await openPage(browser, { locale: 'ja-JP' });
    await page.goto(appUrl('/'));
    await page.getByRole('link', { name: readJson('../../locales/ja/common.json').start.projects.link }).click();
    await page.getByRole('heading', { level: 1, name: ja.list.title }).waitFor();
    await page.getByLabel(ja.list.nameLabel).fill('胸部CT多施設共同研究');
    await page.getByRole('button', { name: ja.list.create }).click();
    await page.getByRole('heading', { level: 1, name: '胸部CT多施設共同研究' }).waitFor();
    const overviewUrl = page.url();

    for (const [index, flow] of flows.entries()) {
      await page.getByLabel(ja.add.provider).fill(flow.provider);
      await page.getByLabel(ja.add.recipient).fill(flow.recipient);
      await page.getByRole('button', { name: ja.add.button }).click();
      const asked = await answerAll(page, flow.input);
      // The first flow asks everything; the others start after the shared questions.
      if (index === 0) assert.equal(asked[0], 'dataOrigin');
      else {
        assert.equal(asked[0], 'providerType');
        for (const shared of ['dataOrigin', 'dataSubjects', 'productKind', 'purpose', 'stage', 'dataTypes']) assert.ok(!asked.includes(shared), shared);
      }
      // The check page says which project the flow belongs to and leads back to it.
      await page.getByRole('link', { name: ja.flowNote.link }).click();
      await page.waitForURL(overviewUrl);
    }

    const matrix = page.getByRole('table', { name: ja.matrix.caption });
    await matrix.waitFor();
    const rows = matrix.getByRole('row');
    assert.equal(await rows.count(), 1 + flows.length);
    for (const flow of flows) {
      const row = matrix.getByRole('row', { name: new RegExp(label(flow), 'u') });
      // Pseudonymized joint use from basic research to the approval application (7 columns + flow + status).
      assert.equal(await row.getByRole('cell', { name: new RegExp(outcomes.basis.pseudonymized_joint_use.name, 'u') }).count(), 5);
    }
    const parties = page.getByRole('table', { name: ja.parties.caption });
    assert.deepEqual(await parties.locator('tbody th').allTextContents(), ['A大学病院', 'B社', 'C病院', 'D市民病院']);

    // B社's duty not to re-identify is one item for all three flows; ticking it ticks it in each flow.
    const company = page.getByRole('region', { name: 'B社' });
    const item = company.getByRole('checkbox', { name: checklist.item.no_reidentification_no_contact.title });
    await company.getByText(fill(ja.checklist.neededBy, { flows: flows.map(label).join(ja.listSeparator) })).first().waitFor();
    await item.check();
    await page.reload();
    assert.equal(await page.getByRole('region', { name: 'B社' }).getByRole('checkbox', { name: checklist.item.no_reidentification_no_contact.title }).isChecked(), true);

    await assertNoAxeViolations(page, 'the project overview (ja)');
    await screenshot(page, 'projects-overview-ja-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'the overview fits 375 px (its tables scroll inside their own region)');
    await screenshot(page, 'projects-overview-ja-375');
    await page.setViewportSize({ width: 1280, height: 800 });

    // One publication lists every joint user: the other two hospitals and the company.
    await page.getByRole('link', { name: ja.jointUse.link }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const body = await page.locator('main').textContent();
    for (const name of ['C病院', 'D市民病院', 'B社']) assert.ok(body?.includes(name), name);
    await assertNoAxeViolations(page, 'the project joint-use publication');
    await screenshot(page, 'projects-joint-use-ja-1280');

    // English, both widths.
    await page.evaluate(() => localStorage.setItem('mdn.lang', 'en'));
    await page.goto(overviewUrl);
    await page.reload();
    await page.getByRole('table', { name: en.matrix.caption }).waitFor();
    await assertNoAxeViolations(page, 'the project overview (en)');
    await screenshot(page, 'projects-overview-en-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page));
    await screenshot(page, 'projects-overview-en-375');

    // Speed (issue "Projects"): the overview renders without a long task over 200 ms at 4× CPU slowdown. The app
    // is started first, unthrottled, on the project list (its start-up is the start page's, measured by the
    // Lighthouse budgets); then, at 4×, the link to the overview is followed and every long task until its last
    // section is shown is collected.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(appUrl('/projects'));
    const projectLink = page.getByRole('link', { name: '胸部CT多施設共同研究' });
    await projectLink.waitFor();
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await projectLink.click();
    await page.getByRole('heading', { level: 2, name: en.export.heading }).waitFor();
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => window.__longTasks);
    const longest = Math.max(0, ...tasks);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    console.log(`longest task opening the overview at 4x CPU slowdown: ${longest.toFixed(0)} ms (budget 200 ms; all: ${tasks.map((ms) => ms.toFixed(0)).join(', ') || 'none'})`);
    assert.ok(longest < 200, `a long task of ${longest.toFixed(0)} ms`);
    assertNoProblems(problems);
  });

  it('walks the history page by keyboard alone: record, move on, compare two records, delete one after a confirm', async () => {
    const { page, problems } = await openPage(browser, { locale: 'ja-JP' });
    const at = '2026-01-01T00:00:00.000Z';
    const assessment = (id, flow) => ({ id, name: `胸部CT: ${label(flow)}`, createdAt: at, updatedAt: at, answers: flow.input, ticks: [] });
    const assessments = { schemaVersion: 2, currentId: 'f1', assessments: [assessment('f1', flows[0]), assessment('f2', flows[1])] };
    const projects = {
      schemaVersion: 1,
      projects: [{ id: 'p1', name: '胸部CT', createdAt: at, updatedAt: at, flows: [{ assessmentId: 'f1', label: label(flows[0]) }, { assessmentId: 'f2', label: label(flows[1]) }] }],
    };
    await page.goto(appUrl('/'));
    await page.evaluate(([a, p]) => {
      localStorage.setItem('mdn.assessments', a);
      localStorage.setItem('mdn.projects', p);
    }, [JSON.stringify(assessments), JSON.stringify(projects)]);
    await page.goto('about:blank');
    await page.goto(appUrl('/projects/p1/history'));
    await page.getByRole('heading', { level: 1, name: fill(history.title, { name: '胸部CT' }) }).waitFor();

    /** Presses Tab until the element has focus: it fails when the element cannot be reached by keyboard. */
    const tabTo = async (locator, what) => {
      for (let presses = 0; presses < 80; presses += 1) {
        if (await locator.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      assert.fail(`${what} is not reachable with Tab`);
    };
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const rows = page.getByRole('table', { name: history.list.caption }).locator('tbody tr');
    const status = page.locator('.history-section [role="status"]');

    // Record the development stage, with a note typed in.
    await tabTo(page.getByLabel(history.record.noteLabel), 'the note');
    await page.keyboard.type('倫理審査承認時点');
    await tabTo(page.getByRole('button', { name: history.record.button }), 'record');
    await page.keyboard.press('Enter');
    await status.getByText((history.record.done.split('{{date}}')[1] ?? '').trim()).waitFor();
    assert.equal(await rows.count(), 1);

    // Move both flows to the next stage, then record that.
    const next = fill(history.record.moveOn, { stage: stageNames.performance_evaluation });
    await tabTo(page.getByRole('button', { name: next }), 'move on');
    await page.keyboard.press('Enter');
    await status.getByText(fill(history.record.moved, { stage: stageNames.performance_evaluation })).waitFor();
    await tabTo(page.getByRole('button', { name: history.record.button }), 'record again');
    await page.keyboard.press('Enter');
    await rows.nth(1).waitFor();
    assert.deepEqual(await rows.locator('td:first-of-type').allTextContents(), [stageNames.development, stageNames.performance_evaluation]);

    // Compare the first record with the second: the arrow keys change a closed select's choice.
    const before = page.getByLabel(history.compare.before);
    const after = page.getByLabel(history.compare.after);
    await tabTo(before, 'the first choice');
    await page.keyboard.press('ArrowUp');
    await tabTo(after, 'the second choice');
    await page.keyboard.press('ArrowUp');
    const options = await before.locator('option').evaluateAll((list) => list.map((option) => option.value));
    assert.deepEqual([await before.inputValue(), await after.inputValue()], options.slice(0, 2));
    // Both flows changed stage between the records, and nothing else.
    await page.locator('[data-history-changes="2"]').waitFor();
    assert.deepEqual(await page.locator('[data-changed-answers]').evaluateAll((lists) => lists.map((list) => list.getAttribute('data-changed-answers'))), ['stage', 'stage']);
    await assertNoAxeViolations(page, 'the history page with two records compared');

    // Delete the first record: the question takes focus; Tab leads to the confirm button.
    const firstName = await before.locator('option').first().textContent();
    await tabTo(page.getByRole('button', { name: fill(history.list.deleteLabel, { name: firstName }) }), 'delete');
    await page.keyboard.press('Enter');
    const question = fill(history.list.deleteQuestion, { name: firstName });
    assert.equal(await focusedText(), question);
    await assertNoAxeViolations(page, 'the history page asking before a delete');
    await page.keyboard.press('Tab');
    assert.equal(await focusedText(), history.list.deleteConfirm);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.history-table tbody tr').length === 1);
    assert.equal(await focusedText(), history.list.heading);
    assert.deepEqual(await rows.locator('td:first-of-type').allTextContents(), [stageNames.performance_evaluation]);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('mdn.history') ?? '{}'));
    assert.deepEqual(stored.records.map((record) => record.note), ['']);

    // Back on the overview, dissolving asks first, counting the record left; cancelling returns to the button.
    await tabTo(page.getByRole('link', { name: history.back }), 'back to the overview');
    await page.keyboard.press('Enter');
    const dissolve = page.getByRole('region', { name: ja.manage.heading }).getByRole('button', { name: ja.manage.dissolve });
    await dissolve.waitFor();
    await tabTo(dissolve, 'dissolve');
    await page.keyboard.press('Enter');
    assert.equal(await focusedText(), fill(ja.manage.dissolveQuestionWithRecords, { name: '胸部CT', count: 2, records: 1 }));
    await assertNoAxeViolations(page, 'the project overview asking before dissolving');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focusedText(), ja.manage.cancel);
    await page.keyboard.press('Enter');
    assert.equal(await focusedText(), ja.manage.dissolve);
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('mdn.projects') ?? '{}').projects.length), 1);
    assertNoProblems(problems);
  });
});
