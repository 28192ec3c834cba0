import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { type DataChecksState, type DataChecksStore, dataChecksStore } from './store';

/** The app uses the module's store (made on first use); tests pass their own. */
const DataChecksStoreContext = createContext<DataChecksStore | null>(null);

export function DataChecksStoreProvider({ store, children }: { store: DataChecksStore; children: ReactNode }) {
  return <DataChecksStoreContext value={store}>{children}</DataChecksStoreContext>;
}

export function useDataChecksApi(): DataChecksStore {
  return useContext(DataChecksStoreContext) ?? dataChecksStore();
}

/** A slice of the state; the selector must return stored values as they are, not new objects. */
export function useDataChecksState<T>(selector: (state: DataChecksState) => T): T {
  return useStore(useDataChecksApi(), selector);
}
