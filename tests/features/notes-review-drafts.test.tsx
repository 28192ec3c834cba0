import { screen, within } from '@testing-library/react';

import jaDrafts from '../../locales/ja/drafts.json';
import ja from '../../locales/ja/review.json';
import type { DraftsT } from '../../src/features/drafts/build-common';
import { editableTexts } from '../../src/features/drafts/doc-edit';
import { draftBuilders, draftKinds } from '../../src/features/drafts/kinds';
import { toAssessmentFile } from '../../src/features/exchange/format';
import { buildReviewMemo } from '../../src/features/review/build-memo';
import { reviewNamespaces } from '../../src/features/review/namespaces';
import { examineSubmission, fileSubmission, linkSubmission } from '../../src/features/review/submission';
import i18n from '../../src/i18n';
import { renderMarkdown as toMarkdown } from '../../src/lib/export/markdown';
import { evaluate, rulesVersion } from '../../src/rules';
import { makeReviewsStore, preloadReviewPages, renderReview, scenarioInput } from './review-harness';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => values[key] ?? '');
const markup = '<img src=x onerror=alert(1)>';
const s02 = scenarioInput('S02');
const file = toAssessmentFile(
  { name: 'Chest CT', answers: s02, ticks: [], answerNotes: { purpose: `倫理審査 承認番号 2024-12 ${markup}` } },
  '2026-01-01T09:00:00.000Z',
);

beforeAll(preloadReviewPages, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('notes in the review', () => {
  it('shows the submitter’s note under its answer, as text', async () => {
    const store = makeReviewsStore();
    const id = store.getState().submissionOpened(fileSubmission(file));
    renderReview(`/review/session/${id}`, store);
    await screen.findByRole('heading', { level: 1, name: fill(ja.session.title, { name: 'Chest CT' }) }, { timeout: 10_000 });
    const answers = within(screen.getByRole('region', { name: ja.answers.heading }));
    // In the answers region, where the reviewer marks each answer (a role query per item costs seconds on this page).
    expect(answers.getByText(`倫理審査 承認番号 2024-12 ${markup}`)).toBeInTheDocument();
    expect(answers.getByText(ja.answers.submitterNote)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('puts the note in the memo, escaped in Markdown; a share link has none', () => {
    const t = i18n.getFixedT('ja', reviewNamespaces);
    const review = { id: 'r1', submission: fileSubmission(file), answers: {}, checklist: {}, overallComment: '', reviewerName: '', committee: '', createdAt: '2026-01-02T09:00:00.000Z', updatedAt: '2026-01-02T09:00:00.000Z' };
    const markdown = toMarkdown(buildReviewMemo(t, review, examineSubmission(review.submission)));
    expect(markdown).toContain('倫理審査 承認番号 2024-12 &lt;img');
    expect(markdown).not.toContain('<img');

    const linked = { ...review, submission: linkSubmission(rulesVersion, s02) };
    expect(toMarkdown(buildReviewMemo(t, linked, examineSubmission(linked.submission)))).not.toContain(fill(ja.answers.submitterNoteLine, { note: '' }).trim());
  });
});

describe('drafts and the institution profile', () => {
  const t: DraftsT = i18n.getFixedT('ja', 'drafts');
  const result = evaluate(s02);
  const blankName = t('doc.blank', { name: jaDrafts.doc.self.medical.name });

  it.each(draftKinds)('%s fills the institution’s name where it had a blank, and no longer lists that blank', (kind) => {
    const blank = draftBuilders[kind](s02, result, t);
    expect(editableTexts(blank).join('\n')).toContain(blankName);
    const named = draftBuilders[kind](s02, result, t, { institutionName: '〇〇大学病院' });
    const text = editableTexts(named).join('\n');
    expect(text).toContain('〇〇大学病院');
    expect(text).not.toContain(blankName);
    expect(text).not.toContain(jaDrafts.doc.self.medical.name);
  });

  it('keeps the blank when the name is empty', () => {
    expect(editableTexts(draftBuilders.processing_plan(s02, result, t, { institutionName: '  ' })).join('\n')).toContain(blankName);
  });
});
