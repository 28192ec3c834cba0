import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import ja from '../../locales/ja/review.json';
import jaResult from '../../locales/ja/result.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import jaQuestions from '../../locales/ja/questions.json';
import { STORAGE_KEY as ASSESSMENTS_KEY } from '../../src/features/assessments/schema';
import { fingerprint } from '../../src/features/exchange/fingerprint';
import { MAX_FILE_BYTES, serializeAssessmentFile } from '../../src/features/exchange/format';
import { encodeShare } from '../../src/features/exchange/share-link';
import i18n from '../../src/i18n';
import { evaluate, rulesVersion } from '../../src/rules';
import {
  exchangeFile,
  fileOf,
  jsonFile,
  makeReviewsStore,
  memoryStorage,
  preloadReviewPages,
  renderReview,
  scenarioInput,
} from './review-harness';
import { containing } from './text-match';

/** A locale template with its {{placeholders}} filled, as i18next does (escaping is off; React escapes). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

const titleOf = (name: string) => fill(ja.session.title, { name });

/**
 * The review page's h1. Rendering a whole review (every answer, basis and checklist item with their controls) in
 * jsdom takes a second or two, longer than a query's default wait.
 */
const findSession = (name: string) => screen.findByRole('heading', { level: 1, name: titleOf(name) }, { timeout: 10_000 });

/** Skips user-event's per-click pointer-events walk, slow on a page this size in jsdom; the app sets none. */
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

beforeAll(preloadReviewPages, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

async function upload(file: File) {
  const user = setupUser();
  const input = await screen.findByLabelText(ja.open.fileLabel);
  await user.upload(input, file);
  return user;
}

/** The error summary (role alert) and the message under the field both carry the problem. */
async function expectFileProblem(message: string) {
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('heading', { name: ja.open.fileProblem.title })).toBeInTheDocument();
  expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
  await waitFor(() => {
    expect(summary).toHaveFocus();
  });
  expect(screen.getByLabelText(ja.open.fileLabel)).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText(ja.open.fileLabel)).toHaveAccessibleDescription(containing(message));
}

describe('opening a submission for review', { timeout: 30_000 }, () => {
  it('opens a valid file, shows the result by the current rules and that the fingerprint matches', async () => {
    const { storage, data } = memoryStorage();
    const store = makeReviewsStore(storage);
    renderReview('/review', store);
    expect(await screen.findByRole('heading', { level: 1, name: ja.open.title })).toBeInTheDocument();
    const file = exchangeFile('S02');
    await upload(fileOf(file));

    const heading = await findSession('Chest CT');
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByText(fill(ja.check.fingerprint.match, { fingerprint: file.fingerprint }))).toBeInTheDocument();
    expect(screen.getByText(fill(ja.check.rules.same, { version: rulesVersion }))).toBeInTheDocument();
    expect(screen.getByText(ja.check.snapshot.same)).toBeInTheDocument();

    const recommended = screen.getByRole('region', { name: jaResult.summary.heading });
    expect(recommended).toHaveAttribute('data-recommended-basis', 'pseudonymized_joint_use');
    expect(recommended).toHaveTextContent(jaOutcomes.basis.pseudonymized_joint_use.name);
    // Every basis with its verdict, reasons and citations, from the result page's own sections.
    const assessment = evaluate(scenarioInput('S02'));
    const bases = screen.getByRole('region', { name: jaResult.bases.heading });
    for (const entry of assessment.bases) {
      const card = within(bases).getByRole('listitem', { name: jaOutcomes.basis[entry.basis].name });
      expect(card).toHaveAttribute('data-verdict', entry.verdict);
      for (const reason of entry.reasons) expect(within(card).getByText(jaOutcomes.reason[reason])).toBeInTheDocument();
    }

    // The answers on the path, each with its words.
    const answers = screen.getByRole('region', { name: ja.answers.heading });
    expect(within(answers).getByRole('heading', { level: 3, name: jaQuestions.purpose.title })).toBeInTheDocument();
    expect(within(answers).getByText(jaQuestions.purpose.options.product_only)).toBeInTheDocument();
    expect(within(answers).getByText(jaQuestions.dataTypes.options.dicom_images)).toBeInTheDocument();

    // Read-only: nothing was added to the reviewer's own assessments.
    expect(data.has(ASSESSMENTS_KEY)).toBe(false);
    expect(store.getState().reviews).toHaveLength(1);
  });

  it('shows a mismatch for a file whose answers were changed after export', async () => {
    const file = exchangeFile('S02');
    const tampered = { ...file, input: { ...file.input, consent: 'obtained' as const } };
    renderReview('/review', makeReviewsStore());
    await upload(fileOf(tampered));
    await findSession('Chest CT');
    const checks = screen.getByRole('region', { name: ja.check.heading });
    expect(
      within(checks).getByText(fill(ja.check.fingerprint.mismatch, { declared: file.fingerprint, computed: fingerprint(rulesVersion, tampered.input) })),
    ).toBeInTheDocument();
    expect(within(checks).getByText(ja.check.status.problem)).toBeInTheDocument();
  });

  it('lists what differs from a result snapshot made by older rules', async () => {
    const file = { ...exchangeFile('S02'), result: evaluate(scenarioInput('S01')) };
    renderReview('/review', makeReviewsStore());
    await upload(fileOf(file));
    await findSession('Chest CT');
    const checks = screen.getByRole('region', { name: ja.check.heading });
    expect(within(checks).getByRole('heading', { name: ja.check.snapshot.changesHeading })).toBeInTheDocument();
    expect(
      within(checks).getByText(
        fill(ja.diff.recommendedBasis, {
          before: jaOutcomes.basis.academic_exception.name,
          after: jaOutcomes.basis.pseudonymized_joint_use.name,
        }),
      ),
    ).toBeInTheDocument();
    expect(
      within(checks).getByText(
        fill(ja.diff.verdict, {
          basis: jaOutcomes.basis.academic_exception.name,
          before: jaOutcomes.verdict.recommended,
          after: jaOutcomes.verdict.not_appropriate,
        }),
      ),
    ).toBeInTheDocument();
    expect(within(checks).getAllByRole('listitem').length).toBeGreaterThan(3);
  });

  it('shows the project name as text, never as markup', async () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { container } = renderReview('/review', makeReviewsStore());
    await upload(fileOf(exchangeFile('S02', name, { notes: name })));
    expect(await findSession(name)).toBeInTheDocument();
    expect(screen.getAllByText(name).length).toBeGreaterThanOrEqual(2);
    // Checking the DOM itself is the point here: no element was made from the submitted text.
    // eslint-disable-next-line testing-library/no-container, testing-library/no-node-access
    expect(container.querySelectorAll('script, img')).toHaveLength(0);
  });

  it.each([
    ['truncated', () => jsonFile(serializeAssessmentFile(exchangeFile('S02')).slice(0, 120)), ja.open.fileProblem.notJson],
    ['not an assessment', () => jsonFile('[1, 2, 3]'), ja.open.fileProblem.notAnAssessment],
    ['from an unknown version', () => jsonFile(JSON.stringify({ schemaVersion: 99 })), fill(ja.open.fileProblem.unknownVersion, { version: 99 })],
    ['too large', () => jsonFile(' '.repeat(MAX_FILE_BYTES + 1)), fill(ja.open.fileProblem.tooLarge, { size: '1.0', max: '1.0' })],
  ])('explains a %s file', async (_label, make, message) => {
    const store = makeReviewsStore();
    renderReview('/review', store);
    await upload(make());
    await expectFileProblem(message);
    expect(store.getState().reviews).toEqual([]);
  });

  it('lists what is wrong in a file with wrong types', async () => {
    const bad = { ...exchangeFile('S02'), name: 5, ticks: 'all', input: { stage: 'moon' } };
    renderReview('/review', makeReviewsStore());
    await upload(jsonFile(JSON.stringify(bad)));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^ファイルの内容に、想定していない値が\d+件あります/u })).toBeInTheDocument();
    const field = screen.getByLabelText(ja.open.fileLabel);
    expect(field).toHaveAccessibleDescription(containing('input.stage'));
    expect(field).toHaveAccessibleDescription(containing('ticks'));
  });

  it('opens a dropped file', async () => {
    renderReview('/review', makeReviewsStore());
    const input = await screen.findByLabelText(ja.open.fileLabel);
    // The drop zone wraps the field; a drop on the field reaches it as it would in a browser.
    fireEvent.drop(input, { dataTransfer: { files: [fileOf(exchangeFile('S02', 'Dropped'))] } });
    expect(await findSession('Dropped')).toBeInTheDocument();
  });

  it('opens a pasted share link and says it has no fingerprint', async () => {
    const user = setupUser();
    renderReview('/review', makeReviewsStore());
    const field = await screen.findByRole('textbox', { name: ja.open.linkLabel });
    await user.click(field);
    await user.paste(`https://example.org/navigator/#/open?a=${encodeShare(scenarioInput('S02'))}`);
    await user.click(screen.getByRole('button', { name: ja.open.linkButton }));
    expect(await findSession(ja.session.linkUnnamed)).toBeInTheDocument();
    expect(screen.getByText(ja.check.fingerprint.absent)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: jaResult.summary.heading })).toHaveAttribute('data-recommended-basis', 'pseudonymized_joint_use');
  });

  it('accepts a bare payload as well as a link', async () => {
    const user = setupUser();
    renderReview(`/review?a=${encodeShare(scenarioInput('S01'))}`, makeReviewsStore());
    // A link to the review page itself fills the field; opening it is still the reviewer's choice.
    await user.click(await screen.findByRole('button', { name: ja.open.linkButton }));
    expect(await findSession(ja.session.linkUnnamed)).toBeInTheDocument();
  });

  it.each([
    ['empty', '', ja.open.linkProblem.empty],
    ['without a payload', 'https://example.org/navigator/#/result', ja.open.linkProblem.noPayload],
    ['cut short', `?a=${encodeShare(scenarioInput('S02')).slice(0, 30)}`, ja.open.linkProblem.malformed],
  ])('explains a share link that is %s', async (_label, pasted, message) => {
    const user = setupUser();
    renderReview('/review', makeReviewsStore());
    const field = await screen.findByRole('textbox', { name: ja.open.linkLabel });
    await user.click(field);
    if (pasted !== '') await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: ja.open.linkButton }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    await user.click(within(summary).getByRole('link', { name: message }));
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(containing(message));
  });
});
