import { describe, expect, it } from 'vitest';

import { STORAGE_KEY as ASSESSMENTS_KEY } from '../../src/features/assessments/schema';
import { REVIEWS_SCHEMA_VERSION, REVIEWS_STORAGE_KEY, loadReviews, persistedReviewsSchema } from '../../src/features/review/schema';
import { fileSubmission, linkSubmission, reviewKeyOf } from '../../src/features/review/submission';
import { exchangeFile, makeReviewsStore, memoryStorage, scenarioInput } from './review-harness';

describe('review store', () => {
  it('saves marks, comments and reviewer fields under mdn.reviews, validated and versioned', () => {
    const { storage, data } = memoryStorage();
    const store = makeReviewsStore(storage);
    const id = store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    store.getState().answerMarked(id, 'purpose', 'needs_clarification');
    store.getState().answerCommented(id, 'purpose', 'Why product only?');
    store.getState().checklistMarked(id, 'joint_use_agreement', 'acceptable');
    store.getState().overallCommented(id, 'Fine overall.');
    store.getState().reviewerNamed(id, 'Dr A');
    store.getState().committeeNamed(id, 'IRB 1');

    const raw = data.get(REVIEWS_STORAGE_KEY);
    expect(raw).toBeDefined();
    const saved = persistedReviewsSchema.parse(JSON.parse(raw ?? ''));
    expect(saved.schemaVersion).toBe(REVIEWS_SCHEMA_VERSION);
    expect(saved.reviews[0]).toMatchObject({
      answers: { purpose: { mark: 'needs_clarification', comment: 'Why product only?' } },
      checklist: { joint_use_agreement: { mark: 'acceptable', comment: '' } },
      overallComment: 'Fine overall.',
      reviewerName: 'Dr A',
      committee: 'IRB 1',
    });
    // The submission is reviewed, never adopted: the reviewer's own assessments are untouched.
    expect(data.has(ASSESSMENTS_KEY)).toBe(false);

    const reloaded = makeReviewsStore(storage);
    expect(reloaded.getState().reviews).toEqual(store.getState().reviews);
  });

  it('resumes the review when the same file (answers and name) is opened again, and not otherwise', () => {
    const store = makeReviewsStore();
    const first = store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    store.getState().answerMarked(first, 'stage', 'acceptable');
    expect(store.getState().submissionOpened(fileSubmission(exchangeFile('S02')))).toBe(first);
    expect(store.getState().reviews[0]?.answers.stage?.mark).toBe('acceptable');

    expect(store.getState().submissionOpened(fileSubmission(exchangeFile('S02', 'Other name')))).not.toBe(first);
    expect(store.getState().submissionOpened(fileSubmission(exchangeFile('S01')))).not.toBe(first);
    expect(store.getState().reviews).toHaveLength(3);
  });

  it('does not resume the genuine review for a file whose answers were changed but whose fingerprint was kept', () => {
    const genuine = exchangeFile('S02');
    const tampered = { ...genuine, input: { ...genuine.input, consent: 'obtained' as const } };
    expect(reviewKeyOf(fileSubmission(tampered))).not.toBe(reviewKeyOf(fileSubmission(genuine)));
    const store = makeReviewsStore();
    const a = store.getState().submissionOpened(fileSubmission(genuine));
    const b = store.getState().submissionOpened(fileSubmission(tampered));
    expect(b).not.toBe(a);
  });

  it('opens share links too, keyed by their answers', () => {
    const store = makeReviewsStore();
    const a = store.getState().submissionOpened(linkSubmission('2024.09-appi2022.1', scenarioInput('S02')));
    expect(store.getState().submissionOpened(linkSubmission('2024.09-appi2022.1', scenarioInput('S02')))).toBe(a);
  });

  it('clears a mark with null and cuts text to what the schema accepts', () => {
    const { storage, data } = memoryStorage();
    const store = makeReviewsStore(storage);
    const id = store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    store.getState().answerMarked(id, 'stage', 'not_acceptable');
    store.getState().answerMarked(id, 'stage', null);
    store.getState().reviewerNamed(id, 'x'.repeat(5_000));
    store.getState().answerCommented(id, 'stage', 'y'.repeat(50_000));
    const review = store.getState().reviews[0];
    expect(review?.answers.stage?.mark).toBeNull();
    expect(review?.reviewerName).toHaveLength(200);
    expect(loadReviews(data.get(REVIEWS_STORAGE_KEY) ?? null).ok).toBe(true);
  });

  it('deletes a review', () => {
    const store = makeReviewsStore();
    const id = store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    store.getState().reviewDeleted(id);
    expect(store.getState().reviews).toEqual([]);
  });

  it.each([
    ['unreadable', '{"schemaVersion":1,"reviews":[', 'unreadable'],
    ['from another version', JSON.stringify({ schemaVersion: 9, reviews: [] }), 'unknown_version'],
    ['invalid', JSON.stringify({ schemaVersion: 1, reviews: [{ id: 'x', answers: 'all' }] }), 'invalid'],
  ])('keeps %s stored data, says so, and never overwrites it until the reviewer decides', (_label, raw, kind) => {
    const { storage, data } = memoryStorage({ [REVIEWS_STORAGE_KEY]: raw });
    const store = makeReviewsStore(storage);
    expect(store.getState().storageProblem).toMatchObject({ kind, raw });
    store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    expect(data.get(REVIEWS_STORAGE_KEY)).toBe(raw);
    store.getState().storageProblemDismissed();
    expect(loadReviews(data.get(REVIEWS_STORAGE_KEY) ?? null)).toMatchObject({ ok: true, state: { reviews: [{}] } });
  });

  it('works without storage and says saving is off', () => {
    const { storage } = memoryStorage({}, { available: false });
    const store = makeReviewsStore(storage);
    expect(store.getState().savingEnabled).toBe(false);
    const id = store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    store.getState().answerMarked(id, 'stage', 'acceptable');
    expect(store.getState().reviews[0]?.answers.stage?.mark).toBe('acceptable');
  });
});
