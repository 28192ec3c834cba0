import { z } from 'zod/mini';
import { create } from 'zustand';

import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import { BasisPrediction, verdictPredictionSchema } from './grading';
import type { Prediction } from './grading';
import { trainingSetSchema } from './schema';
import type { TrainingSet } from './schema';
import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';

export const TRAINING_STORAGE_KEY = 'mdn.training';
export const TRAINING_STORAGE_VERSION = 1;

/** Which set a case belongs to: the library shipped with the app, or the one a trainer loaded. */
export const SetSource = z.enum(['library', 'custom']);
export type SetSource = z.infer<typeof SetSource>;

/**
 * One answered case. Only the prediction is kept, never a mark: marks are worked out from `evaluate` when shown,
 * so they always agree with the rules the learner sees.
 */
export const attemptSchema = z.strictObject({
  source: SetSource,
  scenarioId: z.string().check(z.minLength(1), z.maxLength(40)),
  basis: BasisPrediction,
  verdicts: z.array(verdictPredictionSchema).check(z.maxLength(10)),
  answeredAt: z.iso.datetime(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const trainingPersistedSchema = z.strictObject({
  schemaVersion: z.literal(TRAINING_STORAGE_VERSION),
  attempts: z.array(attemptSchema).check(z.maxLength(1000)),
  customSet: z.nullable(trainingSetSchema),
});
export type TrainingPersisted = z.infer<typeof trainingPersistedSchema>;

export type TrainingStorageProblem = StorageProblem;

const emptyPersisted = (): TrainingPersisted => ({ schemaVersion: TRAINING_STORAGE_VERSION, attempts: [], customSet: null });


/** Parses stored text; a failure keeps the raw text so nothing is lost without the person deciding. */
export function loadTrainingPersisted(raw: string | null): LoadResult<TrainingPersisted> {
  return loadVersioned(raw, TRAINING_STORAGE_VERSION, trainingPersistedSchema, emptyPersisted);
}

export interface TrainingState {
  readonly attempts: readonly Attempt[];
  readonly customSet: TrainingSet | null;
  /** Stored progress that could not be read; while set, nothing is written over it. */
  readonly storageProblem: TrainingStorageProblem | null;
  /** False when the browser refuses storage (or it is full): progress then lasts for this visit only. */
  readonly savingEnabled: boolean;

  predictionSubmitted(source: SetSource, scenarioId: string, prediction: Prediction): void;
  predictionWithdrawn(source: SetSource, scenarioId: string): void;
  progressReset(): void;
  /** A new set replaces the old one; answers to the old set's cases no longer mean anything and are dropped. */
  customSetLoaded(set: TrainingSet): void;
  customSetRemoved(): void;
  storageProblemDismissed(): void;
}

export interface TrainingStoreDependencies {
  readonly storage: SafeStorage;
  readonly now: () => string;
}

const defaultDependencies = (): TrainingStoreDependencies => ({
  storage: createSafeStorage(),
  now: () => new Date().toISOString(),
});

const sameCase = (attempt: Attempt, source: SetSource, scenarioId: string) => attempt.source === source && attempt.scenarioId === scenarioId;

export function createTrainingStore(deps: TrainingStoreDependencies = defaultDependencies()) {
  const loaded = loadTrainingPersisted(deps.storage.read(TRAINING_STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyPersisted();

  const store = create<TrainingState>()((set, get) => ({
    attempts: initial.attempts,
    customSet: initial.customSet,
    storageProblem: loaded.ok ? null : loaded.problem,
    savingEnabled: deps.storage.available,

    predictionSubmitted(source, scenarioId, prediction) {
      const attempt: Attempt = {
        source,
        scenarioId,
        basis: prediction.basis,
        verdicts: prediction.verdicts.map((v) => ({ basis: v.basis, verdict: v.verdict })),
        answeredAt: deps.now(),
      };
      set({ attempts: [...get().attempts.filter((a) => !sameCase(a, source, scenarioId)), attempt] });
    },
    predictionWithdrawn(source, scenarioId) {
      set({ attempts: get().attempts.filter((a) => !sameCase(a, source, scenarioId)) });
    },
    progressReset() {
      set({ attempts: [] });
    },
    customSetLoaded(customSet) {
      set({ customSet, attempts: get().attempts.filter((a) => a.source !== 'custom') });
    },
    customSetRemoved() {
      set({ customSet: null, attempts: get().attempts.filter((a) => a.source !== 'custom') });
    },
    storageProblemDismissed() {
      // The person has downloaded or chosen to discard the unreadable data: from now on saving may overwrite it.
      set({ storageProblem: null });
    },
  }));

  store.subscribe((state, previous) => {
    if (state.storageProblem !== null) return;
    const changed =
      state.attempts !== previous.attempts || state.customSet !== previous.customSet || previous.storageProblem !== null;
    if (!changed) return;
    const persisted: TrainingPersisted = {
      schemaVersion: TRAINING_STORAGE_VERSION,
      attempts: [...state.attempts],
      customSet: state.customSet,
    };
    const saved = deps.storage.write(TRAINING_STORAGE_KEY, JSON.stringify(persisted));
    if (saved !== state.savingEnabled) store.setState({ savingEnabled: saved });
  });

  return store;
}

export type TrainingStore = ReturnType<typeof createTrainingStore>;

/** The app's store, created when the training pages first load. */
export const trainingStore = createTrainingStore();
