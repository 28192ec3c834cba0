import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import jaChecklist from '../../locales/ja/checklist.json';
import ja from '../../locales/ja/feedback.json';
import jaQuestions from '../../locales/ja/questions.json';
import jaReview from '../../locales/ja/review.json';
import { loadPersisted } from '../../src/features/assessments/schema';
import type { SavedAssessment } from '../../src/features/assessments/schema';
import { canonicalAnswers } from '../../src/features/exchange/fingerprint';
import { parseAssessmentFile, serializeAssessmentFile, toAssessmentFile } from '../../src/features/exchange/format';
import { markCounts } from '../../src/features/feedback/marks';
import { matchAssessment } from '../../src/features/feedback/match';
import { changedAnswers } from '../../src/features/feedback/reviewed-version';
import { reviewedVersionOf } from '../../src/features/feedback/schema';
import type { ReceivedReview } from '../../src/features/feedback/schema';
import { MAX_FILE_BYTES } from '../../src/features/exchange/format';
import { parseReviewFile, serializeReviewFile, toReviewFile } from '../../src/features/review/review-file';
import type { ReviewFile } from '../../src/features/review/review-file';
import type { Review } from '../../src/features/review/schema';
import { examineSubmission, fileSubmission } from '../../src/features/review/submission';
import i18n from '../../src/i18n';
import type { AssessmentInput } from '../../src/rules';
import { renderApp, storeWith } from '../app/harness';
import { exchangeFile, jsonFile, makeReviewsStore, preloadReviewPages, renderReview, scenarioInput } from './review-harness';

/** The review file an ethics office would export for scenario S02, with marks and comments on both kinds of item. */
function officeReview(name = 'Chest CT', overallComment = '同意の取得方法を再検討してください。'): ReviewFile {
  const review: Review = {
    id: 'r1',
    submission: fileSubmission(exchangeFile('S02', name)),
    answers: {
      consent: { mark: 'needs_clarification', comment: '<b>困難</b>な理由を具体的に' },
      stage: { mark: 'acceptable', comment: '' },
    },
    checklist: { joint_use_agreement: { mark: 'not_acceptable', comment: '契約書の案を添付してください' } },
    overallComment,
    reviewerName: '山田',
    committee: '倫理審査委員会',
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-03T10:00:00.000Z',
  };
  return toReviewFile(review, examineSubmission(review.submission));
}

const received = (file = officeReview()): ReceivedReview => ({ receivedAt: '2026-02-04T09:00:00.000Z', file });

const saved = (id: string, name: string, answers: AssessmentInput, updatedAt: string): SavedAssessment => ({
  id,
  name,
  answers,
  ticks: [],
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt,
});

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('what changed since the review', () => {
  const s02 = scenarioInput('S02');

  it('lists changed answers in the current order, compares multi-select answers as sets and ignores off-path answers', () => {
    expect(changedAnswers(s02, s02)).toEqual([]);
    expect(changedAnswers(s02, { ...s02, dataTypes: ['ehr_structured', 'dicom_images'] })).toEqual([]);
    expect(changedAnswers(s02, { ...s02, consent: 'obtainable' }).at(0)).toBe('consent');
    expect(changedAnswers(s02, { ...s02, dataTypes: ['dicom_images'] })).toEqual(['dataTypes']);
  });

  it('lists a question the reviewed answers had and the current path no longer asks', () => {
    const reviewed: AssessmentInput = { ...s02, consent: 'difficult' };
    const now: AssessmentInput = { ...s02, consent: 'obtainable' };
    const changed = changedAnswers(reviewed, now);
    expect(changed).toContain('consent');
    for (const question of changed) expect(reviewed[question] ?? now[question]).toBeDefined();
  });
});

describe('review file for the researcher', () => {
  it('carries the answers reviewed, and reads back exactly', () => {
    const file = officeReview();
    expect(file.submission.reviewedInput).toEqual(canonicalAnswers(scenarioInput('S02')));
    expect(parseReviewFile(serializeReviewFile(file))).toEqual({ ok: true, file });
  });

  it('explains every kind of bad file and never throws', () => {
    const file = officeReview();
    expect(parseReviewFile('{')).toEqual({ ok: false, problem: { kind: 'not_json' } });
    expect(parseReviewFile('[]')).toEqual({ ok: false, problem: { kind: 'not_a_review' } });
    expect(parseReviewFile(serializeAssessmentFile(exchangeFile('S02')))).toEqual({ ok: false, problem: { kind: 'not_a_review' } });
    expect(parseReviewFile(JSON.stringify({ ...file, schemaVersion: 9 }))).toEqual({ ok: false, problem: { kind: 'unknown_version', version: '9' } });
    const invalid = parseReviewFile(JSON.stringify({ ...file, marks: { answers: { stage: 'great' }, checklist: {} } }));
    expect(invalid.ok ? [] : invalid.problem.kind).toBe('invalid');
    const huge = parseReviewFile(JSON.stringify({ ...file, comments: { ...file.comments, overall: 'x'.repeat(MAX_FILE_BYTES) } }));
    expect(huge.ok ? '' : huge.problem.kind).toBe('too_large');
  });

  it('is refused by the assessment import with "not an assessment", not as a broken one', () => {
    expect(parseAssessmentFile(serializeReviewFile(officeReview()))).toEqual({ ok: false, problem: { kind: 'not_an_assessment' } });
  });

  it('counts marks over answers and checklist items together', () => {
    expect(markCounts(officeReview())).toEqual({ acceptable: 1, needs_clarification: 1, not_acceptable: 1 });
  });
});

describe('which saved assessment a review belongs to', () => {
  const s02 = scenarioInput('S02');
  const file = officeReview('Chest CT');

  it('prefers the newest one with the answers reviewed, then one with the same name, else none', () => {
    const older = saved('a1', 'Copy', s02, '2026-01-02T09:00:00.000Z');
    const newer = saved('a2', 'Other name', s02, '2026-01-03T09:00:00.000Z');
    const named = saved('a3', ' Chest CT ', { ...s02, consent: 'obtainable' }, '2026-01-04T09:00:00.000Z');
    expect(matchAssessment(file, [older, newer, named])).toEqual({ kind: 'same', id: 'a2' });
    expect(matchAssessment(file, [named])).toEqual({ kind: 'name', id: 'a3' });
    expect(matchAssessment(file, [saved('a4', 'Else', {}, '2026-01-01T09:00:00.000Z')])).toEqual({ kind: 'none' });
  });

  it('falls back to the declared fingerprint for a review file without the reviewed answers', () => {
    const { reviewedInput: _dropped, ...submission } = file.submission;
    const older = { ...file, submission };
    expect(matchAssessment(older, [saved('a1', 'x', s02, '2026-01-02T09:00:00.000Z')])).toEqual({ kind: 'same', id: 'a1' });
    expect(matchAssessment(older, [saved('a1', 'x', { ...s02, consent: 'obtainable' }, '2026-01-02T09:00:00.000Z')])).toEqual({ kind: 'none' });
  });
});

describe('the review kept with the assessment', () => {
  it('is stored, survives a reload, and goes into the next export as the version reviewed', () => {
    const store = storeWith(scenarioInput('S02'), 'Chest CT');
    const id = store.getState().currentId ?? '';
    store.getState().reviewReceived(id, received());
    const [assessment] = store.getState().assessments;
    const reloaded = loadPersisted(JSON.stringify({ schemaVersion: 2, currentId: id, assessments: [assessment] }));
    expect(reloaded.ok && reloaded.state.assessments[0]?.receivedReview).toEqual(received());

    const exported = toAssessmentFile(
      { name: 'Chest CT', answers: { ...scenarioInput('S02'), consent: 'obtainable' }, ticks: [], reviewedVersion: reviewedVersionOf(received()) },
      '2026-03-01T09:00:00.000Z',
    );
    const read = parseAssessmentFile(serializeAssessmentFile(exported));
    expect(read.ok && read.file.reviewedVersion).toEqual({
      reviewedAt: '2026-02-03T10:00:00.000Z',
      reviewerName: '山田',
      committee: '倫理審査委員会',
      fingerprint: exchangeFile('S02').fingerprint,
      input: canonicalAnswers(scenarioInput('S02')),
    });

    store.getState().receivedReviewRemoved(id);
    expect(store.getState().assessments[0]?.receivedReview).toBeUndefined();
  });
});

describe('taking a review in (page)', { timeout: 30_000 }, () => {
  it('previews the review, picks the assessment with the reviewed answers and attaches it only when asked', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const store = storeWith({ ...scenarioInput('S01') }, 'Unrelated');
    store.getState().assessmentStarted('Chest CT');
    for (const [question, value] of Object.entries(scenarioInput('S02'))) store.getState().answerGiven(question as never, value as never);
    const target = store.getState().currentId;
    renderApp('/review-feedback', store);

    await user.upload(await screen.findByLabelText(ja.page.fileLabel), jsonFile(serializeReviewFile(officeReview())));
    await screen.findByRole('heading', { name: ja.preview.heading });
    expect(screen.getByText('山田')).toBeInTheDocument();
    expect(screen.getByText(ja.preview.marksValue.replace('{{acceptable}}', '1').replace('{{needs_clarification}}', '1').replace('{{not_acceptable}}', '1'))).toBeInTheDocument();
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: ja.preview.target });
    expect(select.value).toBe(target);
    expect(screen.getByText(ja.preview.matchSame)).toBeInTheDocument();
    // Nothing is stored before the person confirms.
    expect(store.getState().assessments.every((a) => a.receivedReview === undefined)).toBe(true);

    await user.click(screen.getByRole('button', { name: ja.preview.attach }));
    expect(store.getState().assessments.find((a) => a.id === target)?.receivedReview?.file.reviewer.name).toBe('山田');
    expect(store.getState().assessments.find((a) => a.id !== target)?.receivedReview).toBeUndefined();
    expect(await screen.findByText(ja.preview.done.replace('{{name}}', 'Chest CT'))).toHaveFocus();
  });

  it('says what is wrong with a file that is not a review, and changes nothing', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const store = storeWith(scenarioInput('S02'), 'Chest CT');
    const before = store.getState().assessments;
    renderApp('/review-feedback', store);
    await user.upload(await screen.findByLabelText(ja.page.fileLabel), jsonFile(serializeAssessmentFile(exchangeFile('S02'))));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(ja.problem.not_a_review);
    expect(store.getState().assessments).toBe(before);
  });
});

describe('the review beside the answers and items', { timeout: 30_000 }, () => {
  it('shows the panel, the comments beside the checklist items and what changed since, on the result page', async () => {
    const store = storeWith({ ...scenarioInput('S02'), ethicsReview: 'planned' }, 'Chest CT');
    store.getState().reviewReceived(store.getState().currentId ?? '', received());
    renderApp('/result', store);
    const panel = await screen.findByRole('region', { name: ja.panel.heading }, { timeout: 10_000 });
    expect(within(panel).getByText('同意の取得方法を再検討してください。')).toBeInTheDocument();
    expect(within(panel).getByRole('list')).toHaveAttribute('data-changed-since-review', 'ethicsReview');
    expect(within(panel).getByText(jaQuestions.ethicsReview.title)).toBeInTheDocument();

    const item = await waitFor(
      () => {
        const found = screen.queryAllByRole('listitem', { hidden: true }).find((li) => li.dataset.checklist === 'joint_use_agreement');
        if (found === undefined) throw new Error('checklist not rendered yet');
        return found;
      },
      { timeout: 10_000 },
    );
    expect(within(item).getByText(jaChecklist.item.joint_use_agreement.title)).toBeInTheDocument();
    expect(within(item).getByText(ja.note.mark.not_acceptable)).toBeInTheDocument();
    expect(within(item).getByText(/契約書の案を添付してください/)).toBeInTheDocument();
  });

  it('shows each comment beside its answer on the check page, markup as text, and marks the answers changed since', async () => {
    const store = storeWith({ ...scenarioInput('S02'), ethicsReview: 'planned' }, 'Chest CT');
    store.getState().reviewReceived(store.getState().currentId ?? '', received());
    renderApp('/check', store);
    await screen.findByText(jaQuestions.consent.title);
    /** The answer cell of a question, found by the answer's words in it. */
    const answerCell = (answerWords: string) => {
      const cell = screen.getAllByRole('definition').find((dd) => within(dd).queryByText(answerWords) !== null);
      if (cell === undefined) throw new Error(`no answer "${answerWords}"`);
      return cell;
    };
    const consent = answerCell(jaQuestions.consent.options.difficult);
    expect(within(consent).getByText(ja.note.mark.needs_clarification)).toBeInTheDocument();
    // The comment's markup is shown as characters, never rendered.
    expect(within(consent).getByText(/<b>困難<\/b>な理由を具体的に/)).toBeInTheDocument();
    expect(within(consent).queryByText(ja.note.changed)).toBeNull();
    expect(within(answerCell(jaQuestions.ethicsReview.options.planned)).getByText(ja.note.changed)).toBeInTheDocument();
  });

  it('removes the review after a confirm', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const store = storeWith(scenarioInput('S02'), 'Chest CT');
    store.getState().reviewReceived(store.getState().currentId ?? '', received());
    renderApp('/result', store);
    await user.click(await screen.findByRole('button', { name: ja.panel.remove }, { timeout: 10_000 }));
    expect(store.getState().assessments[0]?.receivedReview).toBeDefined();
    await user.click(screen.getByRole('button', { name: ja.panel.removeConfirm }));
    expect(store.getState().assessments[0]?.receivedReview).toBeUndefined();
    expect(screen.queryByRole('region', { name: ja.panel.heading })).toBeNull();
  });
});

describe('the resubmission, in review mode', { timeout: 30_000 }, () => {
  it('shows what changed since the version reviewed, answers and result', async () => {
    await preloadReviewPages();
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const resubmitted = toAssessmentFile(
      { name: 'Chest CT', answers: { ...scenarioInput('S02'), consent: 'obtainable' }, ticks: [], reviewedVersion: reviewedVersionOf(received()) },
      '2026-03-01T09:00:00.000Z',
    );
    renderReview('/review', makeReviewsStore());
    await user.upload(await screen.findByLabelText(jaReview.open.fileLabel), jsonFile(serializeAssessmentFile(resubmitted)));
    await screen.findByRole('heading', { level: 1, name: jaReview.session.title.replace('{{name}}', 'Chest CT') }, { timeout: 10_000 });
    const section = screen.getByRole('region', { name: jaReview.sinceReview.heading });
    const changes = within(section).getAllByRole('list');
    expect(changes[0]).toHaveAttribute('data-changed-since-review', expect.stringContaining('consent'));
    expect(within(section).getByText(new RegExp(jaQuestions.consent.title))).toBeInTheDocument();
    expect(within(section).getByText(jaReview.sinceReview.resultLead)).toBeInTheDocument();
  });
});
