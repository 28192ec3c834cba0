// What a person sees when data written under rule set 1 (tests/fixtures/rule-set-1) arrives: saved assessments on
// the start page, an imported file, a share link, a submission under review and a training set. Each says the rules
// were updated, names the question whose answer was removed and the answers it allows now, and asks it again.
import { getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import checklist from '../../locales/ja/checklist.json';
import common from '../../locales/ja/common.json';
import questions from '../../locales/ja/questions.json';
import report from '../../locales/ja/report.json';
import review from '../../locales/ja/review.json';
import training from '../../locales/ja/training.json';
import { STORAGE_KEY } from '../../src/features/assessments/schema';
import { RULE_SET_1 } from '../../src/features/exchange/rule-set-1';
import { TRAINING_STORAGE_KEY } from '../../src/features/training/store';
import i18n from '../../src/i18n';
import { rulesVersion } from '../../src/rules';
import { makeStore, memoryStorage, renderApp } from '../app/harness';
import { captureDownloads, findPageHeading, readBlob, renderReportRoutes, textFile } from './report-harness';
import { makeReviewsStore, preloadReviewPages, renderReview } from './review-harness';
import { abroadKept, allowedNow, domestic, fixture, manifest, shareLinks } from './rule-set-1-fixtures';
import { makeTrainingStore, preloadTrainingPages, renderTraining } from './training-harness';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

const u = common.ruleUpdate;
const removedSentence = fill(u.removed, { question: questions.foreignRecipient.title, answer: u.oldAnswer.foreignRecipient.yes });
const allowedLabels = allowedNow.map((answer) => questions.foreignRecipient.options[answer as keyof typeof questions.foreignRecipient.options]);
const newQuestionTitles = [questions.dataSubjects.title, questions.providerSector.title, questions.foreignStorage.title];

/** The rules-update note inside `container`: it names the removed answer's question, the answers now, the new questions. */
function expectRuleUpdateNotice(container: HTMLElement, { removed, added }: { removed: boolean; added: readonly string[] }) {
  const notice = within(container).getByRole('note', { name: u.title });
  const inNotice = within(notice);
  // The Japanese puts an ideographic space between the two versions, which the default normaliser would collapse.
  const exactly = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
  expect(inNotice.getByText(fill(u.versions, { from: RULE_SET_1, current: rulesVersion }), exactly)).toBeInTheDocument();
  if (removed) {
    expect(inNotice.getByText(removedSentence)).toBeInTheDocument();
    const allowed = inNotice.getByRole('list', { name: u.allowed });
    expect(within(allowed).getAllByRole('listitem').map((li) => li.textContent)).toEqual(allowedLabels);
  } else {
    expect(inNotice.queryByText(removedSentence)).not.toBeInTheDocument();
  }
  if (added.length > 0) {
    const list = inNotice.getByRole('list', { name: u.added });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(added);
  } else {
    expect(inNotice.queryByRole('list', { name: u.added })).not.toBeInTheDocument();
  }
  expect(inNotice.getByText(u.kept)).toBeInTheDocument();
}

/** The list item whose heading is `name` (a saved assessment, an answer under review). */
function itemWithHeading(container: HTMLElement, name: string): HTMLElement {
  const found = within(container)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('heading', { name }) !== null);
  if (found === undefined) throw new Error(`no item headed ${name}`);
  return found;
}

const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

beforeAll(async () => {
  await Promise.all([
    preloadReviewPages(),
    preloadTrainingPages(),
    import('../../src/features/import/import-page'),
    import('../../src/features/share/open-page'),
    import('../../src/features/wizard/question-page'),
  ]);
}, 60_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('saved assessments from rule-set-1 storage', () => {
  it('say on the start page what the update changed, and open at the first question to answer again', async () => {
    const user = setupUser();
    const raw = fixture('storage-assessments.json');
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: raw });
    const store = makeStore(storage);
    renderApp('/', store);

    await screen.findByRole('heading', { level: 3, name: '米国AI企業への提供 (US AI company)' });
    const saved = screen.getByRole('region', { name: common.saved.heading });
    await waitFor(() => {
      expectRuleUpdateNotice(itemWithHeading(saved, '米国AI企業への提供 (US AI company)'), { removed: true, added: newQuestionTitles });
    });
    expectRuleUpdateNotice(itemWithHeading(saved, '大学病院とスタートアップ (university hospital and start-up)'), { removed: false, added: newQuestionTitles });
    // Showing them wrote nothing.
    expect(data.get(STORAGE_KEY)).toBe(raw);

    await user.click(screen.getByRole('button', { name: fill(common.saved.openLabel, { name: '米国AI企業への提供 (US AI company)' }) }));
    expect(await screen.findByRole('heading', { level: 1, name: questions.dataSubjects.title }, { timeout: 5000 })).toBeInTheDocument();
    expect(store.getState().currentId).toBe(manifest.assessmentIds.abroad);
  });
});

describe('a rule-set-1 file on the import page', () => {
  it('shows what changed, then adds the assessment without the removed answer and continues at the first open question', async () => {
    const user = setupUser();
    const store = makeStore();
    renderReportRoutes('/import', store);
    await findPageHeading(report.import.title);
    await user.upload(screen.getByLabelText(report.import.choose), textFile(fixture('file-abroad.json')));

    await screen.findByRole('heading', { level: 2, name: report.import.preview.heading });
    const preview = screen.getByRole('region', { name: report.import.preview.heading });
    expectRuleUpdateNotice(preview, { removed: true, added: newQuestionTitles });
    expect(within(preview).getByText(fill(report.import.preview.snapshotNone, { version: RULE_SET_1 }))).toBeInTheDocument();
    // The declared fingerprint covers the answers as exported, the removed one included.
    const declared = (JSON.parse(fixture('file-abroad.json')) as { fingerprint: string }).fingerprint;
    expect(within(preview).getByText(fill(report.import.preview.fingerprintMatch, { fingerprint: declared }))).toBeInTheDocument();
    expect(within(preview).queryByText(fill(report.import.preview.rulesDiffer, { current: rulesVersion }))).not.toBeInTheDocument();

    await user.click(within(preview).getByRole('button', { name: report.import.preview.add }));
    const added = store.getState().assessments[0];
    expect(added?.answers).toEqual(abroadKept);
    expect(added?.ruleUpdate).toEqual({ from: RULE_SET_1, removed: [{ question: 'foreignRecipient', answer: 'yes' }] });
    expect(added?.ticks).toEqual(['ethics_review', 'foreign_transfer_check']);
    expect(await screen.findByRole('link', { name: report.import.continue })).toHaveAttribute('href', '/q/dataSubjects');
  });
});

describe('a rule-set-1 share link', () => {
  it('shows what changed, and opens as an assessment that is asked the removed question again', async () => {
    const user = setupUser();
    const store = makeStore();
    renderReportRoutes(new URL(shareLinks.abroad.url).hash.slice(1), store);
    await findPageHeading(report.open.title);
    expectRuleUpdateNotice(screen.getByRole('main'), { removed: true, added: newQuestionTitles });
    expect(screen.getByText(report.open.incomplete)).toBeInTheDocument();
    expect(screen.queryByText(fill(report.open.rulesDiffer, { current: rulesVersion }))).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: report.open.confirm }));
    await findPageHeading('question page');
    expect(store.getState().assessments[0]).toMatchObject({
      answers: abroadKept,
      ruleUpdate: { from: RULE_SET_1, removed: [{ question: 'foreignRecipient', answer: 'yes' }] },
    });
  });
});

describe('a rule-set-1 submission under review', () => {
  const findSession = (name: string) =>
    screen.findByRole('heading', { level: 1, name: fill(review.session.title, { name }) }, { timeout: 10_000 });

  async function openFile(name: string) {
    const user = setupUser();
    renderReview('/review', makeReviewsStore());
    await user.upload(await screen.findByLabelText(review.open.fileLabel), new File([fixture(name)], name, { type: 'application/json' }));
  }

  it('with the removed answer: says so, names the answers allowed now, and compares nothing it cannot', async () => {
    await openFile('file-abroad.json');
    await findSession('米国AI企業への提供 (US AI company)');
    const checks = within(screen.getByRole('region', { name: review.check.heading }));
    expect(checks.getByText(fill(review.check.rules.superseded, { submitted: RULE_SET_1, current: rulesVersion }))).toBeInTheDocument();
    expect(
      checks.getByText(fill(review.check.snapshot.answerRemoved, { questions: fill(review.quoted, { text: questions.foreignRecipient.title }) })),
    ).toBeInTheDocument();
    expect(checks.getByText(fill(review.check.fingerprint.match, { fingerprint: (JSON.parse(fixture('file-abroad.json')) as { fingerprint: string }).fingerprint }))).toBeInTheDocument();
    const update = screen.getByRole('region', { name: review.ruleUpdate.heading });
    expectRuleUpdateNotice(update, { removed: true, added: [] });
    for (const [question, answer] of [
      ['dataSubjects', questions.dataSubjects.options.includes_living],
      ['providerSector', questions.providerSector.options.private],
      ['foreignStorage', questions.foreignStorage.options.no],
    ] as const) {
      expect(within(update).getByText(fill(review.ruleUpdate.assumedItem, { question: questions[question].title, answer }))).toBeInTheDocument();
    }
    // The answer is asked again: the reviewer sees it removed, and the result stops at it.
    const item = itemWithHeading(screen.getByRole('region', { name: review.answers.heading }), questions.foreignRecipient.title);
    expect(item).toHaveTextContent(fill(review.answers.removed, { answer: u.oldAnswer.foreignRecipient.yes }));
    expect(item).toHaveTextContent(review.answers.unanswered);
    expect(screen.getByText(fill(review.result.incomplete, { question: questions.foreignRecipient.title }))).toBeInTheDocument();
  });

  it('without it: compares rule set 1’s result with rule set 2’s under the answers rule set 1 took for granted', async () => {
    await openFile('file-domestic.json');
    await findSession('大学病院とスタートアップ (university hospital and start-up)');
    const checks = within(screen.getByRole('region', { name: review.check.heading }));
    expect(checks.getByText(fill(review.diff.checklistAdded, { item: checklist.item.confirm_genuine_academic_aim.title }))).toBeInTheDocument();
    const [remedyPrefix = ''] = review.diff.remedyAdded.split('{{remedy}}');
    expect(checks.getAllByText((text) => text.startsWith(remedyPrefix)).length).toBeGreaterThan(0);
    expect(checks.queryByText((text) => text.startsWith(review.diff.recommendedBasis.split('{{')[0] ?? ''))).not.toBeInTheDocument();
    const answers = screen.getByRole('region', { name: review.answers.heading });
    expect(itemWithHeading(answers, questions.dataSubjects.title)).toHaveTextContent(fill(review.answers.assumed, { version: RULE_SET_1 }));
    expect(screen.getByText(fill(review.result.leadAssumed, { version: rulesVersion }))).toBeInTheDocument();
    // Its own answer to the foreign recipient still exists and is shown as given.
    expect(domestic.foreignRecipient).toBe('no');
    expect(itemWithHeading(answers, questions.foreignRecipient.title)).toHaveTextContent(questions.foreignRecipient.options.no);
  });
});

describe('rule-set-1 training data', () => {
  it('keeps a stored set the rules cannot use aside, naming the problem, to download unchanged', async () => {
    const user = setupUser();
    const downloads = captureDownloads();
    const raw = fixture('storage-training.json');
    const { storage, data } = memoryStorage({ [TRAINING_STORAGE_KEY]: raw });
    renderTraining('/training', { training: makeTrainingStore(storage) });
    await screen.findByRole('heading', { level: 2, name: training.load.setAside.heading }, { timeout: 5000 });
    const section = screen.getByRole('region', { name: training.load.setAside.heading });
    expect(section).toHaveTextContent(fill(training.load.setAside.lead, { title: '海外提供の研修' }));
    expect(section).toHaveTextContent(
      fill(training.load.problem.removed_answer, {
        question: questions.foreignRecipient.title,
        id: 'foreignRecipient',
        answer: u.oldAnswer.foreignRecipient.yes,
        allowed: allowedLabels.join(training.load.problem.allowedSeparator),
      }),
    );
    expect(section).toHaveTextContent(fill(training.load.location.caseWithId, { number: 2, id: 'X-T03' }));
    await user.click(within(section).getByRole('button', { name: training.load.setAside.download }));
    const [blob] = downloads.blobs;
    if (blob === undefined) throw new Error('nothing downloaded');
    const stored = JSON.parse(raw) as { customSet: unknown };
    expect(JSON.parse(await readBlob(blob))).toEqual(stored.customSet);
    expect(data.get(TRAINING_STORAGE_KEY)).toBe(raw);
  });

  it('loads a rule-set-1 set it can use, saying which answers its cases now take for granted', async () => {
    const user = setupUser();
    renderTraining('/training');
    await screen.findByRole('heading', { level: 1, name: training.library.title }, { timeout: 5000 });
    const set = JSON.parse(fixture('training-set-small.json')) as { scenarios: { input: Record<string, unknown> }[] };
    set.scenarios = set.scenarios.filter((scenario) => scenario.input.foreignRecipient !== 'yes');
    await user.upload(screen.getByLabelText(training.load.fileLabel, { selector: 'input' }), new File([JSON.stringify(set)], 'old.json'));
    const assumed = await screen.findByRole('list', { name: fill(training.load.ruleUpdate.lead, { from: RULE_SET_1 }) });
    expect(within(assumed).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      fill(training.load.ruleUpdate.item, { question: questions.dataSubjects.title, answer: questions.dataSubjects.options.includes_living }),
      fill(training.load.ruleUpdate.item, { question: questions.providerSector.title, answer: questions.providerSector.options.private }),
      fill(training.load.ruleUpdate.item, { question: questions.foreignStorage.title, answer: questions.foreignStorage.options.no }),
    ]);
  });
});
