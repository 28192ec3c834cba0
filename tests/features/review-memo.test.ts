import { beforeEach, describe, expect, it } from 'vitest';

import ja from '../../locales/ja/review.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import jaQuestions from '../../locales/ja/questions.json';
import jaChecklist from '../../locales/ja/checklist.json';
import { buildReviewMemo } from '../../src/features/review/build-memo';
import { reviewNamespaces } from '../../src/features/review/namespaces';
import { reviewFileV2, serializeReviewFile, toReviewFile } from '../../src/features/review/review-file';
import type { Review } from '../../src/features/review/schema';
import { examineSubmission, fileSubmission, linkSubmission } from '../../src/features/review/submission';
import type { Submission } from '../../src/features/review/submission';
import i18n from '../../src/i18n';
import { renderMarkdown } from '../../src/lib/export/markdown';
import { evaluate, rulesVersion } from '../../src/rules';
import { exchangeFile, scenarioInput } from './review-harness';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

const reviewOf = (submission: Submission, change: Partial<Review> = {}): Review => ({
  id: 'r1',
  submission,
  answers: {},
  checklist: {},
  overallComment: '',
  reviewerName: '',
  committee: '',
  createdAt: '2026-01-02T09:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  ...change,
});

const tJa = () => i18n.getFixedT('ja', reviewNamespaces);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('review memo', () => {
  it('carries the marks, comments, reviewer and checks, and keeps markup as text in Markdown', () => {
    const review = reviewOf(fileSubmission(exchangeFile('S02', hostile, { notes: hostile })), {
      answers: { purpose: { mark: 'needs_clarification', comment: hostile }, stage: { mark: 'acceptable', comment: '' } },
      checklist: { joint_use_agreement: { mark: 'not_acceptable', comment: 'No agreement attached' } },
      overallComment: hostile,
      reviewerName: hostile,
      committee: 'IRB <b>1</b>',
    });
    const doc = buildReviewMemo(tJa(), review, examineSubmission(review.submission));
    const md = renderMarkdown(doc);

    expect(md).toContain(ja.marks.needs_clarification);
    expect(md).toContain(ja.marks.acceptable);
    expect(md).toContain(ja.marks.not_acceptable);
    expect(md).toContain('No agreement attached');
    expect(md).toContain(jaQuestions.purpose.title);
    expect(md).toContain(jaQuestions.purpose.options.product_only);
    expect(md).toContain(jaChecklist.item.joint_use_agreement.title);
    expect(md).toContain(jaOutcomes.basis.pseudonymized_joint_use.name);
    expect(md).toContain(ja.check.status.ok);
    // Free text stays text: no raw tag survives anywhere in the Markdown.
    expect(md).not.toMatch(/<script|<img|<b>/u);
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    // …while the model itself holds the exact text the reviewer wrote.
    expect(JSON.stringify(doc)).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it('states a fingerprint mismatch, rules differences and the result differences', () => {
    const file = exchangeFile('S02');
    const tampered = { ...file, rulesVersion: '2023.01-old', input: { ...file.input, consent: 'obtained' as const }, result: evaluate(scenarioInput('S01')) };
    const review = reviewOf(fileSubmission(tampered));
    const md = renderMarkdown(buildReviewMemo(tJa(), review, examineSubmission(review.submission)));
    expect(md).toContain(ja.check.status.problem);
    expect(md).toContain(ja.check.snapshot.changesHeading);
    expect(md).toContain('2023.01-old');
  });

  it('says a share link has no fingerprint', () => {
    const review = reviewOf(linkSubmission(rulesVersion, scenarioInput('S02')));
    const md = renderMarkdown(buildReviewMemo(tJa(), review, examineSubmission(review.submission)));
    expect(md).toContain(ja.check.status.unchecked);
    expect(md).toContain(ja.checklist.noRecord);
  });

  it('is written in the language asked for', () => {
    const review = reviewOf(fileSubmission(exchangeFile('S02')), { answers: { stage: { mark: 'acceptable', comment: '' } } });
    const doc = buildReviewMemo(i18n.getFixedT('en', reviewNamespaces), review, examineSubmission(review.submission));
    expect(doc.title).toBe('Review memo: Chest CT');
    expect(renderMarkdown(doc)).toContain('Acceptable');
  });
});

describe('review file (JSON)', () => {
  it('is versioned, validates, and reports whether the fingerprint held', () => {
    const file = exchangeFile('S02', hostile);
    const review = reviewOf(fileSubmission(file), {
      answers: { purpose: { mark: 'needs_clarification', comment: hostile }, dataOrigin: { mark: null, comment: '' } },
      checklist: { joint_use_agreement: { mark: 'acceptable', comment: '' }, obtain_valid_consent: { mark: 'not_acceptable', comment: 'off list' } },
      reviewerName: 'Dr A',
      committee: 'IRB',
    });
    const json = toReviewFile(review, examineSubmission(review.submission));
    expect(reviewFileV2.parse(JSON.parse(serializeReviewFile(json)))).toEqual(json);
    expect(json).toMatchObject({
      format: 'medai-data-navigator/review',
      schemaVersion: 2,
      submission: {
        source: 'file',
        name: hostile,
        rulesVersion,
        fingerprint: file.fingerprint,
        fingerprintValid: true,
        removedAnswers: [],
        assumedAnswers: [],
      },
      currentRulesVersion: rulesVersion,
      marks: { answers: { purpose: 'needs_clarification' }, checklist: { joint_use_agreement: 'acceptable' } },
      comments: { answers: { purpose: hostile }, checklist: {}, overall: '' },
      reviewer: { name: 'Dr A', committee: 'IRB' },
      reviewedAt: '2026-01-02T10:00:00.000Z',
    });
    // Unmarked answers and items the current checklist does not list are left out.
    expect(json.marks.answers).not.toHaveProperty('dataOrigin');
    expect(json.marks.checklist).not.toHaveProperty('obtain_valid_consent');

    const tampered = { ...file, input: { ...file.input, consent: 'obtained' as const } };
    expect(toReviewFile(reviewOf(fileSubmission(tampered)), examineSubmission(fileSubmission(tampered))).submission.fingerprintValid).toBe(false);
    const link = linkSubmission(rulesVersion, scenarioInput('S02'));
    expect(toReviewFile(reviewOf(link), examineSubmission(link)).submission).toMatchObject({ source: 'link', fingerprint: null, fingerprintValid: null });
  });

  it('rejects what it does not describe', () => {
    const review = reviewOf(fileSubmission(exchangeFile('S02')));
    const json = toReviewFile(review, examineSubmission(review.submission));
    expect(reviewFileV2.safeParse({ ...json, schemaVersion: 1 }).success).toBe(false);
    expect(reviewFileV2.safeParse({ ...json, extra: true }).success).toBe(false);
    expect(reviewFileV2.safeParse({ ...json, marks: { answers: { stage: 'great' }, checklist: {} } }).success).toBe(false);
  });
});
