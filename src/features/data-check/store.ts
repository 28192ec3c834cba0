import { create } from 'zustand';

import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import type { StorageProblem } from '../../lib/versioned-storage';
import { DATA_CHECKS_SCHEMA_VERSION, DATA_CHECKS_STORAGE_KEY, MAX_RECORDS_PER_ASSESSMENT, loadDataChecks } from './records';
import type { DataCheckRecord, PersistedDataChecks } from './records';

export interface DataChecksState {
  readonly byAssessment: PersistedDataChecks['byAssessment'];
  /** Stored records that could not be loaded; while set nothing is written, so they cannot be overwritten. */
  readonly storageProblem: StorageProblem | null;
  readonly savingEnabled: boolean;
  /** Whether the last write succeeded (a full quota fails a write, not the page). */
  readonly lastSaveFailed: boolean;

  recordAttached(assessmentId: string, record: DataCheckRecord): void;
  recordDetached(assessmentId: string, recordId: string): void;
  storageProblemDismissed(): void;
}

export function createDataChecksStore(storage: SafeStorage = createSafeStorage()) {
  const loaded = loadDataChecks(storage.read(DATA_CHECKS_STORAGE_KEY));
  const store = create<DataChecksState>()((set, get) => ({
    byAssessment: loaded.ok ? loaded.state.byAssessment : {},
    storageProblem: loaded.ok ? null : loaded.problem,
    savingEnabled: storage.available,
    lastSaveFailed: false,

    recordAttached(assessmentId, record) {
      const list = [record, ...(get().byAssessment[assessmentId] ?? [])].slice(0, MAX_RECORDS_PER_ASSESSMENT);
      set({ byAssessment: { ...get().byAssessment, [assessmentId]: list } });
    },
    recordDetached(assessmentId, recordId) {
      const list = (get().byAssessment[assessmentId] ?? []).filter((record) => record.id !== recordId);
      const { [assessmentId]: _, ...others } = get().byAssessment;
      set({ byAssessment: list.length === 0 ? others : { ...others, [assessmentId]: list } });
    },
    storageProblemDismissed() {
      set({ storageProblem: null });
    },
  }));

  store.subscribe((state, previous) => {
    if (state.storageProblem !== null) return;
    if (state.byAssessment === previous.byAssessment && previous.storageProblem === null) return;
    const persisted: PersistedDataChecks = { schemaVersion: DATA_CHECKS_SCHEMA_VERSION, byAssessment: state.byAssessment };
    const saved = storage.write(DATA_CHECKS_STORAGE_KEY, JSON.stringify(persisted));
    if (saved === state.lastSaveFailed) store.setState({ lastSaveFailed: !saved });
  });
  return store;
}

export type DataChecksStore = ReturnType<typeof createDataChecksStore>;

/** The app's store, created when the data check page, the report or the review first needs it. */
let appStore: DataChecksStore | undefined;
export function dataChecksStore(): DataChecksStore {
  appStore ??= createDataChecksStore();
  return appStore;
}
