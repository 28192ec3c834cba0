import { create } from 'zustand';

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
  readonly onOtherTabWrite?: (callback: (raw: string | null) => void) => () => void;
}

const listenToOtherTabs = (callback: (raw: string | null) => void): (() => void) => {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (event: StorageEvent) => {
    if (event.key === HISTORY_STORAGE_KEY) callback(event.newValue);
  };
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener('storage', listener);
  };
};

export function createHistoryStore(deps: HistoryStoreDependencies = { storage: createSafeStorage(), onOtherTabWrite: listenToOtherTabs }) {
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

  let applyingOtherTabWrite = false;
  store.subscribe((state, previous) => {
    if (state.storageProblem !== null || applyingOtherTabWrite || state.records === previous.records) return;
    const saved = deps.storage.write(HISTORY_STORAGE_KEY, JSON.stringify({ schemaVersion: initial.schemaVersion, records: state.records }));
    if (saved !== state.savingEnabled) store.setState({ savingEnabled: saved });
  });
  // Records are only added or deleted, and each write carries them all: take in another tab's write before ours.
  deps.onOtherTabWrite?.((raw) => {
    const incoming = loadHistory(raw);
    applyingOtherTabWrite = true;
    store.setState(incoming.ok ? { records: incoming.state.records } : { storageProblem: incoming.problem });
    applyingOtherTabWrite = false;
  });
  return store;
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;

export const useHistory = createHistoryStore();
