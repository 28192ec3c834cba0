import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { type DraftsState, type DraftsStore, useDrafts } from './store';

/** The app uses the module's store; tests pass their own (a fresh store over the same storage simulates a reload). */
const DraftsStoreContext = createContext<DraftsStore>(useDrafts);

export function DraftsStoreProvider({ store, children }: { store: DraftsStore; children: ReactNode }) {
  return <DraftsStoreContext value={store}>{children}</DraftsStoreContext>;
}

export function useDraftsApi(): DraftsStore {
  return useContext(DraftsStoreContext);
}

/** A slice of the state; the selector must return stored values as they are, not new objects. */
export function useDraftsState<T>(selector: (state: DraftsState) => T): T {
  return useStore(useDraftsApi(), selector);
}
