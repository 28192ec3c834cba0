import { z } from 'zod/mini';
import { create } from 'zustand';

import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import { otherTabWrites } from '../../lib/other-tabs';
import type { OtherTabWrites } from '../../lib/other-tabs';
import { persistStore } from '../../lib/persisted-store';
import { BasisPrediction, verdictPredictionSchema } from './grading';
import type { Prediction } from './grading';
import { migrateTrainingSetV1, trainingSetSchema } from './schema';
import type { TrainingSet } from './schema';
import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';

export const TRAINING_STORAGE_KEY = 'mdn.training';
/** 1: a loaded set under rule set 1. 2: under rule set 2, with a set that cannot be brought over kept aside. */
export const TRAINING_STORAGE_VERSION = 2;

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
  /**
   * A loaded set that the current rules cannot use as it is (a case holds an answer a rules update removed), kept
   * as the JSON text it was stored as, so the trainer can download and fix it. Never interpreted until loaded again.
   */
  setAside: z.nullable(z.string().check(z.maxLength(2_000_000))),
});
export type TrainingPersisted = z.infer<typeof trainingPersistedSchema>;

export type TrainingStorageProblem = StorageProblem;

const emptyPersisted = (): TrainingPersisted => ({ schemaVersion: TRAINING_STORAGE_VERSION, attempts: [], customSet: null, setAside: null });

/**
 * Version 1 → 2: the loaded set, written for rule set 1, is brought to rule set 2 as a loaded file is
 * (migrateTrainingSetV1). If that leaves a case the current rules cannot use, the set is kept aside as it was
 * stored, so the scores and everything else still load; its cases' scores stay too.
 */
export function migrateTrainingStorageV1(json: Record<string, unknown>): Record<string, unknown> {
  const stored = json.customSet;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...json, setAside: null };
  const migrated = migrateTrainingSetV1(stored as Record<string, unknown>);
  return trainingSetSchema.safeParse(migrated).success
    ? { ...json, customSet: migrated, setAside: null }
    : { ...json, customSet: null, setAside: JSON.stringify(stored) };
}

/** Parses stored text; a failure keeps the raw text so nothing is lost without the person deciding. */
export function loadTrainingPersisted(raw: string | null): LoadResult<TrainingPersisted> {
  return loadVersioned(raw, TRAINING_STORAGE_VERSION, trainingPersistedSchema, emptyPersisted, { 1: migrateTrainingStorageV1 });
}

export interface TrainingState {
  readonly attempts: readonly Attempt[];
  readonly customSet: TrainingSet | null;
  /** A loaded set the current rules cannot use as it is, as stored; the trainer downloads it to fix it. */
  readonly setAside: string | null;
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
  /** The trainer has downloaded, or chosen to drop, the set kept aside. */
  setAsideRemoved(): void;
  storageProblemDismissed(): void;
}

export interface TrainingStoreDependencies {
  readonly storage: SafeStorage;
  readonly now: () => string;
  readonly onOtherTabWrite?: OtherTabWrites;
}

const defaultDependencies = (): TrainingStoreDependencies => ({
  storage: createSafeStorage(),
  now: () => new Date().toISOString(),
  onOtherTabWrite: otherTabWrites(TRAINING_STORAGE_KEY),
});

const sameCase = (attempt: Attempt, source: SetSource, scenarioId: string) => attempt.source === source && attempt.scenarioId === scenarioId;

export function createTrainingStore(deps: TrainingStoreDependencies = defaultDependencies()) {
  const loaded = loadTrainingPersisted(deps.storage.read(TRAINING_STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyPersisted();

  const store = create<TrainingState>()((set, get) => ({
    attempts: initial.attempts,
    customSet: initial.customSet,
    setAside: initial.setAside,
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
      // A new set takes the place of the one kept aside too: the trainer has loaded what they meant to.
      set({ customSet, setAside: null, attempts: get().attempts.filter((a) => a.source !== 'custom') });
    },
    customSetRemoved() {
      set({ customSet: null, attempts: get().attempts.filter((a) => a.source !== 'custom') });
    },
    setAsideRemoved() {
      set({ setAside: null });
    },
    storageProblemDismissed() {
      // The person has downloaded or chosen to discard the unreadable data: from now on saving may overwrite it.
      set({ storageProblem: null });
    },
  }));

  // Each write carries all progress; another tab's (a case answered there, a set loaded, a restored backup) is
  // taken in.
  persistStore(store, {
    key: TRAINING_STORAGE_KEY,
    storage: deps.storage,
    onOtherTabWrite: deps.onOtherTabWrite,
    changed: (state, previous) => state.attempts !== previous.attempts || state.customSet !== previous.customSet || state.setAside !== previous.setAside,
    persisted: (state): TrainingPersisted => ({
      schemaVersion: TRAINING_STORAGE_VERSION,
      attempts: [...state.attempts],
      customSet: state.customSet,
      setAside: state.setAside,
    }),
    load: loadTrainingPersisted,
    taken: (stored) => ({ attempts: stored.attempts, customSet: stored.customSet, setAside: stored.setAside }),
  });

  return store;
}

export type TrainingStore = ReturnType<typeof createTrainingStore>;

/** The app's store, created when the training pages first load. */
export const trainingStore = createTrainingStore();
