import type { StoreApi } from 'zustand';

import type { OtherTabWrites } from './other-tabs';
import type { SafeStorage } from './safe-storage';
import type { LoadResult, StorageProblem } from './versioned-storage';

/** What every store kept in localStorage says about its storage. */
export interface StorageStatus {
  /** Stored data that could not be loaded; while set nothing is written, so it cannot be overwritten. */
  readonly storageProblem: StorageProblem | null;
  /** False when the browser refuses storage (or it is full): changes then last for this visit only. */
  readonly savingEnabled: boolean;
}

export interface PersistOptions<S extends StorageStatus, T> {
  readonly key: string;
  readonly storage: SafeStorage;
  readonly onOtherTabWrite?: OtherTabWrites | undefined;
  /** Whether the stored part of the state changed. */
  readonly changed: (state: S, previous: S) => boolean;
  /** The stored part of the state, as written. */
  readonly persisted: (state: S) => T;
  /** Reads stored text, as the store's loader does on start. */
  readonly load: (raw: string | null) => LoadResult<T>;
  /** What another tab's write, once loaded, changes in this tab's state. */
  readonly taken: (stored: T, state: S) => Partial<S>;
}

/**
 * Keeps a store and its storage key in step, both ways. Each change of the stored part is written, unless a storage
 * problem is unresolved (so unreadable data is never overwritten). Each write carries the whole stored state, so a
 * tab takes in another tab's writes as they happen: otherwise its own next write would silently put back what the
 * other tab changed. A write taken in is not written back, or two tabs would echo each other.
 */
export function persistStore<S extends StorageStatus, T>(store: StoreApi<S>, options: PersistOptions<S, T>): void {
  let applyingOtherTabWrite = false;
  store.subscribe((state, previous) => {
    if (state.storageProblem !== null || applyingOtherTabWrite) return;
    if (!options.changed(state, previous) && previous.storageProblem === null) return;
    const saved = options.storage.write(options.key, JSON.stringify(options.persisted(state)));
    if (saved !== state.savingEnabled) store.setState({ savingEnabled: saved } as Partial<S>);
  });

  options.onOtherTabWrite?.((raw) => {
    const incoming = options.load(raw);
    applyingOtherTabWrite = true;
    store.setState(incoming.ok ? options.taken(incoming.state, store.getState()) : ({ storageProblem: incoming.problem } as Partial<S>));
    applyingOtherTabWrite = false;
  });
}
