import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { type HistoryState, type HistoryStore, useHistory } from './store';

/** The app uses the module's store; tests pass their own through the provider. */
const HistoryStoreContext = createContext<HistoryStore>(useHistory);

export function HistoryStoreProvider({ store, children }: { store: HistoryStore; children: ReactNode }) {
  return <HistoryStoreContext value={store}>{children}</HistoryStoreContext>;
}

export function useHistoryApi(): HistoryStore {
  return useContext(HistoryStoreContext);
}

/** A slice of the state; the selector must return stored values as they are. */
export function useHistoryState<T>(selector: (state: HistoryState) => T): T {
  return useStore(useHistoryApi(), selector);
}
