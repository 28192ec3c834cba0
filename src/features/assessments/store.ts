import { create } from 'zustand';
import { applicableQuestions, nextQuestion, pruneAnswers } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';
import type { ChecklistId } from '../../rules';
import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import { otherTabWrites } from '../../lib/other-tabs';
import type { OtherTabWrites } from '../../lib/other-tabs';
import { persistStore } from '../../lib/persisted-store';
import { withNote } from './notes';
import { STORAGE_KEY, emptyState, loadPersisted } from './schema';
import type { PersistedState, SavedAssessment, StorageProblem } from './schema';
import type { ReceivedReview } from '../feedback/schema';

export type AnswerValue = NonNullable<AssessmentInput[QuestionId]>;

export interface AssessmentsState extends PersistedState {
  /** Stored data that could not be loaded; while set, nothing is written, so it cannot be overwritten. */
  readonly storageProblem: StorageProblem | null;
  /** False when the browser refuses storage: the app works for this visit and says saving is off. */
  readonly savingEnabled: boolean;
  /** The last deleted assessment and where it stood, for Undo. */
  readonly lastDeleted: { readonly assessment: SavedAssessment; readonly index: number } | null;

  assessmentStarted(name?: string): string;
  assessmentOpened(id: string): void;
  answerGiven(questionId: QuestionId, value: AnswerValue): void;
  /** The note on one answer was written, changed or emptied (an empty note is removed). */
  noteChanged(questionId: QuestionId, note: string): void;
  tickToggled(item: ChecklistId): void;
  /** One checklist item ticked or unticked in several assessments at once (a project's combined checklist). */
  ticksSet(ids: readonly string[], item: ChecklistId, ticked: boolean): void;
  /** The same answers given in several assessments at once (a project's shared answers); each is pruned to its path. */
  answersMerged(ids: readonly string[], answers: AssessmentInput): void;
  assessmentRenamed(id: string, name: string): void;
  assessmentDuplicated(id: string, copyName: string): string;
  assessmentDeleted(id: string): void;
  deletionUndone(): void;
  assessmentImported(assessment: Omit<SavedAssessment, 'id' | 'createdAt' | 'updatedAt'>): string;
  /** The ethics office's review was taken into this assessment; it replaces one taken in before. */
  reviewReceived(id: string, review: ReceivedReview): void;
  receivedReviewRemoved(id: string): void;
  storageProblemDismissed(): void;
}

export interface StoreDependencies {
  readonly storage: SafeStorage;
  readonly now: () => string;
  readonly newId: () => string;
  readonly onOtherTabWrite?: OtherTabWrites;
}

const defaultDependencies = (): StoreDependencies => ({
  storage: createSafeStorage(),
  now: () => new Date().toISOString(),
  newId: () => globalThis.crypto.randomUUID(),
  onOtherTabWrite: otherTabWrites(STORAGE_KEY),
});

/**
 * Keeps answers only on the path. A rules update's record lasts until the assessment is complete again; a removed
 * answer leaves it once its question is answered.
 */
const withAnswers = (assessment: SavedAssessment, answers: AssessmentInput, now: string): SavedAssessment => {
  const { ruleUpdate, ...rest } = assessment;
  const pruned = pruneAnswers(answers);
  const next: SavedAssessment = { ...rest, answers: pruned, updatedAt: now };
  if (ruleUpdate === undefined || nextQuestion(pruned) === null) return next;
  return { ...next, ruleUpdate: { ...ruleUpdate, removed: ruleUpdate.removed.filter((entry) => pruned[entry.question] === undefined) } };
};

export function createAssessmentsStore(deps: StoreDependencies = defaultDependencies()) {
  const loaded = loadPersisted(deps.storage.read(STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyState();

  const store = create<AssessmentsState>()((set, get) => {
    const updateCurrent = (change: (assessment: SavedAssessment) => SavedAssessment) => {
      const { currentId, assessments } = get();
      set({ assessments: assessments.map((a) => (a.id === currentId ? change(a) : a)) });
    };
    return {
      ...initial,
      storageProblem: loaded.ok ? null : loaded.problem,
      savingEnabled: deps.storage.available,
      lastDeleted: null,

      assessmentStarted(name = '') {
        const id = deps.newId();
        const now = deps.now();
        set({ assessments: [...get().assessments, { id, name, createdAt: now, updatedAt: now, answers: {}, ticks: [] }], currentId: id });
        return id;
      },
      assessmentOpened(id) {
        if (get().assessments.some((a) => a.id === id)) set({ currentId: id });
      },
      answerGiven(questionId, value) {
        updateCurrent((a) => withAnswers(a, { ...a.answers, [questionId]: value }, deps.now()));
      },
      noteChanged(questionId, note) {
        updateCurrent((a) => {
          if ((a.notes?.[questionId] ?? '') === (note.trim() === '' ? '' : note)) return a;
          const { notes: _previous, ...rest } = a;
          const notes = withNote(a.notes, questionId, note);
          return notes === undefined ? { ...rest, updatedAt: deps.now() } : { ...rest, notes, updatedAt: deps.now() };
        });
      },
      tickToggled(item) {
        updateCurrent((a) => ({
          ...a,
          ticks: a.ticks.includes(item) ? a.ticks.filter((t) => t !== item) : [...a.ticks, item],
          updatedAt: deps.now(),
        }));
      },
      ticksSet(ids, item, ticked) {
        const now = deps.now();
        set({
          assessments: get().assessments.map((a) => {
            if (!ids.includes(a.id) || a.ticks.includes(item) === ticked) return a;
            return { ...a, ticks: ticked ? [...a.ticks, item] : a.ticks.filter((t) => t !== item), updatedAt: now };
          }),
        });
      },
      answersMerged(ids, answers) {
        const now = deps.now();
        const entries = Object.entries(answers) as [QuestionId, unknown][];
        set({
          assessments: get().assessments.map((a) => {
            if (!ids.includes(a.id)) return a;
            const same = entries.every(([question, value]) => JSON.stringify(a.answers[question]) === JSON.stringify(value));
            return same ? a : withAnswers(a, { ...a.answers, ...answers }, now);
          }),
        });
      },
      assessmentRenamed(id, name) {
        set({ assessments: get().assessments.map((a) => (a.id === id ? { ...a, name, updatedAt: deps.now() } : a)) });
      },
      assessmentDuplicated(id, copyName) {
        const source = get().assessments.find((a) => a.id === id);
        if (source === undefined) return id;
        const copyId = deps.newId();
        const now = deps.now();
        set({ assessments: [...get().assessments, { ...source, id: copyId, name: copyName, createdAt: now, updatedAt: now }] });
        return copyId;
      },
      assessmentDeleted(id) {
        const { assessments, currentId } = get();
        const index = assessments.findIndex((a) => a.id === id);
        const assessment = assessments[index];
        if (assessment === undefined) return;
        set({
          assessments: assessments.filter((a) => a.id !== id),
          currentId: currentId === id ? null : currentId,
          lastDeleted: { assessment, index },
        });
      },
      deletionUndone() {
        const { lastDeleted, assessments } = get();
        if (lastDeleted === null) return;
        const restored = [...assessments];
        restored.splice(Math.min(lastDeleted.index, restored.length), 0, lastDeleted.assessment);
        set({ assessments: restored, lastDeleted: null });
      },
      assessmentImported(imported) {
        const id = deps.newId();
        const now = deps.now();
        set({
          assessments: [...get().assessments, { ...imported, answers: pruneAnswers(imported.answers), id, createdAt: now, updatedAt: now }],
          currentId: id,
        });
        return id;
      },
      reviewReceived(id, review) {
        set({ assessments: get().assessments.map((a) => (a.id === id ? { ...a, receivedReview: review, updatedAt: deps.now() } : a)) });
      },
      receivedReviewRemoved(id) {
        set({
          assessments: get().assessments.map((a) => {
            if (a.id !== id || a.receivedReview === undefined) return a;
            const { receivedReview: _removed, ...rest } = a;
            return { ...rest, updatedAt: deps.now() };
          }),
        });
      },
      storageProblemDismissed() {
        // The user has downloaded or chosen to discard the unreadable data: from now on saving may overwrite it.
        set({ storageProblem: null });
      },
    };
  });

  // This tab keeps its own open assessment; what another tab wrote replaces the rest.
  persistStore(store, {
    key: STORAGE_KEY,
    storage: deps.storage,
    onOtherTabWrite: deps.onOtherTabWrite,
    changed: (state, previous) => state.assessments !== previous.assessments || state.currentId !== previous.currentId,
    persisted: (state): PersistedState => ({ schemaVersion: initial.schemaVersion, currentId: state.currentId, assessments: state.assessments }),
    load: loadPersisted,
    taken: (stored, { currentId }) => ({
      assessments: stored.assessments,
      currentId: stored.assessments.some((a) => a.id === currentId) ? currentId : null,
    }),
  });

  return store;
}

export const useAssessments = createAssessmentsStore();

/** The assessment being worked on, or undefined. */
export const selectCurrent = (state: AssessmentsState): SavedAssessment | undefined =>
  state.assessments.find((a) => a.id === state.currentId);

/** Questions on the current path, for progress ("question N of about M"). */
export const pathOf = (assessment: SavedAssessment | undefined): QuestionId[] => applicableQuestions(assessment?.answers ?? {});
