import { create } from 'zustand';

import { otherTabWrites, type OtherTabWrites } from '../../lib/other-tabs';
import { persistStore } from '../../lib/persisted-store';
import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import { HISTORY_STORAGE_KEY, emptyHistory, loadHistory } from './schema';
import type { PersistedHistory, StageRecord, StorageProblem } from './schema';

export interface HistoryState extends PersistedHistory {
  /** Stored records that could not be loaded; while set nothing is written, so they cannot be overwritten. */
  readonly storageProblem: StorageProblem | null;
  readonly savingEnabled: boolean;
  recordAdded(record: StageRecord): void;
  recordDeleted(id: string): void;
  /** Every record of a project, when the project itself is dissolved (the page asks first, naming how many). */
  projectRecordsDeleted(projectId: string): void;
}

export interface HistoryStoreDependencies {
  readonly storage: SafeStorage;
  readonly onOtherTabWrite?: OtherTabWrites;
}

export function createHistoryStore(deps: HistoryStoreDependencies = { storage: createSafeStorage(), onOtherTabWrite: otherTabWrites(HISTORY_STORAGE_KEY) }) {
  const loaded = loadHistory(deps.storage.read(HISTORY_STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyHistory();
  const store = create<HistoryState>()((set, get) => ({
    ...initial,
    storageProblem: loaded.ok ? null : loaded.problem,
    savingEnabled: deps.storage.available,
    recordAdded(record) {
      set({ records: [...get().records, record] });
    },
    recordDeleted(id) {
      set({ records: get().records.filter((record) => record.id !== id) });
    },
    projectRecordsDeleted(projectId) {
      set({ records: get().records.filter((record) => record.projectId !== projectId) });
    },
  }));

  // Records are only added or deleted, and each write carries them all: another tab's write is taken in before ours.
  persistStore(store, {
    key: HISTORY_STORAGE_KEY,
    storage: deps.storage,
    onOtherTabWrite: deps.onOtherTabWrite,
    changed: (state, previous) => state.records !== previous.records,
    persisted: (state): PersistedHistory => ({ schemaVersion: initial.schemaVersion, records: state.records }),
    load: loadHistory,
    taken: (stored) => ({ records: stored.records }),
  });
  return store;
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;

export const useHistory = createHistoryStore();
