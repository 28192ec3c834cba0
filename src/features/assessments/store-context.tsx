import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { type AssessmentsState, createAssessmentsStore, useAssessments } from './store';

export type AssessmentsStore = ReturnType<typeof createAssessmentsStore>;

/**
 * The app uses the module's default store; tests pass their own (for example a fresh store over the same storage,
 * to simulate a reload) through the provider. Components read the store only through the hooks below.
 */
const AssessmentsStoreContext = createContext<AssessmentsStore>(useAssessments);

export function AssessmentsStoreProvider({ store, children }: { store: AssessmentsStore; children: ReactNode }) {
  return <AssessmentsStoreContext value={store}>{children}</AssessmentsStoreContext>;
}

/** The store itself, for actions and for reading fresh state inside event handlers. */
export function useAssessmentsApi(): AssessmentsStore {
  return useContext(AssessmentsStoreContext);
}

/**
 * Subscribes to a slice of the state. The selector must return stored values as they are (not new objects or
 * arrays), or React would see a new snapshot on every render.
 */
export function useAssessmentsState<T>(selector: (state: AssessmentsState) => T): T {
  return useStore(useAssessmentsApi(), selector);
}
