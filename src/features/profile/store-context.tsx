import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { type ProfileState, type ProfileStore, useProfile } from './store';

/** The app uses the module's store; tests pass their own (with a stand-in for the preset's fetch). */
const ProfileStoreContext = createContext<ProfileStore>(useProfile);

export function ProfileStoreProvider({ store, children }: { store: ProfileStore; children: ReactNode }) {
  return <ProfileStoreContext value={store}>{children}</ProfileStoreContext>;
}

export function useProfileApi(): ProfileStore {
  return useContext(ProfileStoreContext);
}

/** A slice of the state; the selector must return stored values as they are, not new objects. */
export function useProfileState<T>(selector: (state: ProfileState) => T): T {
  return useStore(useProfileApi(), selector);
}
