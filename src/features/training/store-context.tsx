import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { trainingStore } from './store';
import type { TrainingState, TrainingStore } from './store';

/** The app uses the module's store; tests pass their own (for example over in-memory storage) through the provider. */
const TrainingStoreContext = createContext<TrainingStore>(trainingStore);

export function TrainingStoreProvider({ store, children }: { store: TrainingStore; children: ReactNode }) {
  return <TrainingStoreContext value={store}>{children}</TrainingStoreContext>;
}

/** The store itself, for actions and for reading fresh state inside event handlers. */
export function useTrainingApi(): TrainingStore {
  return useContext(TrainingStoreContext);
}

/** Subscribes to a slice of the state; the selector must return stored values as they are, not new objects. */
export function useTrainingState<T>(selector: (state: TrainingState) => T): T {
  return useStore(useTrainingApi(), selector);
}
