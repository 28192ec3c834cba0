import { create } from 'zustand';

import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import type { ChecklistId, QuestionId } from '../../rules';
import { MAX_COMMENT, MAX_FIELD, REVIEWS_STORAGE_KEY, emptyReviews, loadReviews } from './schema';
import type { ItemReview, PersistedReviews, Review, ReviewMark, ReviewsStorageProblem } from './schema';
import { reviewKeyOf } from './submission';
import type { Submission } from './submission';

export interface ReviewsState extends PersistedReviews {
  /** Stored reviews that could not be loaded; while set, nothing is written, so they cannot be overwritten. */
  readonly storageProblem: ReviewsStorageProblem | null;
  /** False when the browser refuses storage: reviewing works for this visit, and the page says saving is off. */
  readonly savingEnabled: boolean;

  /** Opens a submission for review: resumes the review of the same submission if there is one. Returns its id. */
  submissionOpened(submission: Submission): string;
  answerMarked(reviewId: string, question: QuestionId, mark: ReviewMark | null): void;
  answerCommented(reviewId: string, question: QuestionId, comment: string): void;
  checklistMarked(reviewId: string, item: ChecklistId, mark: ReviewMark | null): void;
  checklistCommented(reviewId: string, item: ChecklistId, comment: string): void;
  overallCommented(reviewId: string, comment: string): void;
  reviewerNamed(reviewId: string, name: string): void;
  committeeNamed(reviewId: string, committee: string): void;
  reviewDeleted(reviewId: string): void;
  storageProblemDismissed(): void;
}

export interface ReviewsStoreDependencies {
  readonly storage: SafeStorage;
  readonly now: () => string;
  readonly newId: () => string;
}

const defaultDependencies = (): ReviewsStoreDependencies => ({
  storage: createSafeStorage(),
  now: () => new Date().toISOString(),
  newId: () => globalThis.crypto.randomUUID(),
});

const emptyItem: ItemReview = { mark: null, comment: '' };

export function createReviewsStore(deps: ReviewsStoreDependencies = defaultDependencies()) {
  const loaded = loadReviews(deps.storage.read(REVIEWS_STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyReviews();

  const store = create<ReviewsState>()((set, get) => {
    const update = (reviewId: string, change: (review: Review) => Review) => {
      set({ reviews: get().reviews.map((r) => (r.id === reviewId ? { ...change(r), updatedAt: deps.now() } : r)) });
    };
    // Text is cut to what the stored schema accepts, so the store never writes data its own validator would refuse.
    const comment = (value: string) => value.slice(0, MAX_COMMENT);
    const field = (value: string) => value.slice(0, MAX_FIELD);

    return {
      ...initial,
      storageProblem: loaded.ok ? null : loaded.problem,
      savingEnabled: deps.storage.available,

      submissionOpened(submission) {
        const key = reviewKeyOf(submission);
        const existing = get().reviews.find((r) => reviewKeyOf(r.submission) === key);
        if (existing !== undefined) {
          // Same answers, rules and name; the copy just opened is kept, since its declared fingerprint or result
          // snapshot may differ from the earlier one's and the page must show what the reviewer opened now.
          set({ reviews: get().reviews.map((r) => (r.id === existing.id ? { ...r, submission } : r)) });
          return existing.id;
        }
        const id = deps.newId();
        const now = deps.now();
        const review: Review = {
          id,
          submission,
          answers: {},
          checklist: {},
          overallComment: '',
          reviewerName: '',
          committee: '',
          createdAt: now,
          updatedAt: now,
        };
        set({ reviews: [...get().reviews, review] });
        return id;
      },
      answerMarked(reviewId, question, mark) {
        update(reviewId, (r) => ({ ...r, answers: { ...r.answers, [question]: { ...(r.answers[question] ?? emptyItem), mark } } }));
      },
      answerCommented(reviewId, question, text) {
        update(reviewId, (r) => ({
          ...r,
          answers: { ...r.answers, [question]: { ...(r.answers[question] ?? emptyItem), comment: comment(text) } },
        }));
      },
      checklistMarked(reviewId, item, mark) {
        update(reviewId, (r) => ({ ...r, checklist: { ...r.checklist, [item]: { ...(r.checklist[item] ?? emptyItem), mark } } }));
      },
      checklistCommented(reviewId, item, text) {
        update(reviewId, (r) => ({
          ...r,
          checklist: { ...r.checklist, [item]: { ...(r.checklist[item] ?? emptyItem), comment: comment(text) } },
        }));
      },
      overallCommented(reviewId, text) {
        update(reviewId, (r) => ({ ...r, overallComment: text.slice(0, MAX_COMMENT * 2) }));
      },
      reviewerNamed(reviewId, name) {
        update(reviewId, (r) => ({ ...r, reviewerName: field(name) }));
      },
      committeeNamed(reviewId, committee) {
        update(reviewId, (r) => ({ ...r, committee: field(committee) }));
      },
      reviewDeleted(reviewId) {
        set({ reviews: get().reviews.filter((r) => r.id !== reviewId) });
      },
      storageProblemDismissed() {
        // The reviewer has downloaded or chosen to discard the unreadable data: from now on saving may overwrite it.
        set({ storageProblem: null });
      },
    };
  });

  store.subscribe((state, previous) => {
    if (state.storageProblem !== null) return;
    if (state.reviews === previous.reviews && previous.storageProblem === null) return;
    const persisted: PersistedReviews = { schemaVersion: initial.schemaVersion, reviews: state.reviews };
    const saved = deps.storage.write(REVIEWS_STORAGE_KEY, JSON.stringify(persisted));
    if (saved !== state.savingEnabled) store.setState({ savingEnabled: saved });
  });

  return store;
}

export type ReviewsStore = ReturnType<typeof createReviewsStore>;

let defaultStore: ReviewsStore | undefined;
/**
 * The app's store, created on first use rather than at import, so loading the review code (lazily, on the review
 * pages) is what reads 'mdn.reviews', and tests that pass their own store never touch the real storage.
 */
export function defaultReviewsStore(): ReviewsStore {
  defaultStore ??= createReviewsStore();
  return defaultStore;
}
