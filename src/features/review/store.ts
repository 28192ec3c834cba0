import { create } from 'zustand';

import { otherTabWrites, type OtherTabWrites } from '../../lib/other-tabs';
import { persistStore } from '../../lib/persisted-store';
import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import type { ChecklistId, QuestionId } from '../../rules';
import { MAX_COMMENT, MAX_FIELD, REVIEWS_STORAGE_KEY, emptyReviews, loadReviews } from './schema';
import type { ItemReview, PersistedReviews, ProjectReview, Review, ReviewMark, ReviewsStorageProblem } from './schema';
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
  /**
   * Opens a project file for review: one review per flow, in file order, grouped as one project review. Resumes the
   * project review of the same file (name, labels and every flow's answers) if there is one. Returns its id.
   */
  projectOpened(name: string, flows: readonly ProjectFlowSubmission[]): string;
  projectOverallCommented(projectReviewId: string, comment: string): void;
  projectReviewerNamed(projectReviewId: string, name: string): void;
  projectCommitteeNamed(projectReviewId: string, committee: string): void;
  /** Deletes the project review and the reviews of its flows. */
  projectReviewDeleted(projectReviewId: string): void;
  storageProblemDismissed(): void;
}

export interface ProjectFlowSubmission {
  readonly label: string;
  readonly submission: Submission;
}

/** What makes two openings the same project file: its name, and each flow's label and answers, in order. */
const projectKey = (name: string, flows: readonly ProjectFlowSubmission[]): string =>
  JSON.stringify([name, ...flows.map((flow) => [flow.label, reviewKeyOf(flow.submission)])]);

export interface ReviewsStoreDependencies {
  readonly storage: SafeStorage;
  readonly now: () => string;
  readonly newId: () => string;
  readonly onOtherTabWrite?: OtherTabWrites;
}

const defaultDependencies = (): ReviewsStoreDependencies => ({
  storage: createSafeStorage(),
  now: () => new Date().toISOString(),
  newId: () => globalThis.crypto.randomUUID(),
  onOtherTabWrite: otherTabWrites(REVIEWS_STORAGE_KEY),
});

const emptyItem: ItemReview = { mark: null, comment: '' };

/** A review just opened: nothing marked or written yet. */
const blankReview = (id: string, submission: Submission, now: string): Review => ({
  id,
  submission,
  answers: {},
  checklist: {},
  overallComment: '',
  reviewerName: '',
  committee: '',
  createdAt: now,
  updatedAt: now,
});

export function createReviewsStore(deps: ReviewsStoreDependencies = defaultDependencies()) {
  const loaded = loadReviews(deps.storage.read(REVIEWS_STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyReviews();

  const store = create<ReviewsState>()((set, get) => {
    const update = (reviewId: string, change: (review: Review) => Review) => {
      set({ reviews: get().reviews.map((r) => (r.id === reviewId ? { ...change(r), updatedAt: deps.now() } : r)) });
    };
    const updateProject = (projectReviewId: string, change: (review: ProjectReview) => ProjectReview) => {
      set({ projectReviews: get().projectReviews.map((p) => (p.id === projectReviewId ? { ...change(p), updatedAt: deps.now() } : p)) });
    };
    const storedProjectKey = (project: ProjectReview): string | null => {
      const flows: ProjectFlowSubmission[] = [];
      for (const flow of project.flows) {
        const review = get().reviews.find((r) => r.id === flow.reviewId);
        if (review === undefined) return null;
        flows.push({ label: flow.label, submission: review.submission });
      }
      return projectKey(project.name, flows);
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
        const review = blankReview(deps.newId(), submission, deps.now());
        set({ reviews: [...get().reviews, review] });
        return review.id;
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
      projectOpened(name, flows) {
        const key = projectKey(name, flows);
        const existing = get().projectReviews.find((project) => storedProjectKey(project) === key);
        if (existing !== undefined) {
          // As for a single submission: the copy just opened replaces the stored one (its reviewed version may be newer).
          const byReview = new Map(existing.flows.map((flow, index) => [flow.reviewId, flows[index]?.submission]));
          set({ reviews: get().reviews.map((r) => ({ ...r, submission: byReview.get(r.id) ?? r.submission })) });
          return existing.id;
        }
        const now = deps.now();
        const flowReviews = flows.map((flow) => blankReview(deps.newId(), flow.submission, now));
        const project: ProjectReview = {
          id: deps.newId(),
          name: field(name),
          flows: flows.map((flow, index) => ({ label: field(flow.label), reviewId: flowReviews[index]?.id ?? '' })),
          overallComment: '',
          reviewerName: '',
          committee: '',
          createdAt: now,
          updatedAt: now,
        };
        set({ reviews: [...get().reviews, ...flowReviews], projectReviews: [...get().projectReviews, project] });
        return project.id;
      },
      projectOverallCommented(projectReviewId, text) {
        updateProject(projectReviewId, (p) => ({ ...p, overallComment: text.slice(0, MAX_COMMENT * 2) }));
      },
      projectReviewerNamed(projectReviewId, name) {
        updateProject(projectReviewId, (p) => ({ ...p, reviewerName: field(name) }));
      },
      projectCommitteeNamed(projectReviewId, committee) {
        updateProject(projectReviewId, (p) => ({ ...p, committee: field(committee) }));
      },
      projectReviewDeleted(projectReviewId) {
        const project = get().projectReviews.find((p) => p.id === projectReviewId);
        if (project === undefined) return;
        const flowIds = new Set(project.flows.map((flow) => flow.reviewId));
        set({ reviews: get().reviews.filter((r) => !flowIds.has(r.id)), projectReviews: get().projectReviews.filter((p) => p.id !== projectReviewId) });
      },
      storageProblemDismissed() {
        // The reviewer has downloaded or chosen to discard the unreadable data: from now on saving may overwrite it.
        set({ storageProblem: null });
      },
    };
  });

  persistStore(store, {
    key: REVIEWS_STORAGE_KEY,
    storage: deps.storage,
    onOtherTabWrite: deps.onOtherTabWrite,
    changed: (state, previous) => state.reviews !== previous.reviews || state.projectReviews !== previous.projectReviews,
    persisted: (state): PersistedReviews => ({ schemaVersion: initial.schemaVersion, reviews: state.reviews, projectReviews: state.projectReviews }),
    load: loadReviews,
    taken: (stored) => ({ reviews: stored.reviews, projectReviews: stored.projectReviews }),
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
