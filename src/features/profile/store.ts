import { create } from 'zustand';

import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import { otherTabWrites } from '../../lib/other-tabs';
import type { OtherTabWrites } from '../../lib/other-tabs';
import { persistStore } from '../../lib/persisted-store';
import type { StorageProblem } from '../../lib/versioned-storage';
import { fetchPresetProfile } from './preset';
import { PROFILE_SCHEMA_VERSION, PROFILE_STORAGE_KEY, loadProfile } from './schema';
import type { InstitutionProfile, PersistedProfile, PresetResult } from './schema';

/** The preset's progress: not asked for yet, on its way, or what it gave. */
export type PresetState = { readonly kind: 'idle' } | { readonly kind: 'loading' } | PresetResult;

export interface ProfileState {
  /** The person's own profile, or null. */
  readonly own: InstitutionProfile | null;
  readonly preset: PresetState;
  /** A stored profile that could not be loaded; while set nothing is written, so it cannot be overwritten. */
  readonly storageProblem: StorageProblem | null;
  readonly savingEnabled: boolean;

  profileSaved(profile: InstitutionProfile): void;
  profileCleared(): void;
  /** Fetches the institution's preset once per page load; later calls do nothing. */
  presetRequested(): void;
  storageProblemDismissed(): void;
}

export interface ProfileStoreDependencies {
  readonly storage: SafeStorage;
  readonly loadPreset: () => Promise<PresetResult>;
  readonly onOtherTabWrite?: OtherTabWrites;
}

const defaultDependencies = (): ProfileStoreDependencies => ({
  storage: createSafeStorage(),
  loadPreset: () => fetchPresetProfile(),
  onOtherTabWrite: otherTabWrites(PROFILE_STORAGE_KEY),
});

export function createProfileStore(deps: ProfileStoreDependencies = defaultDependencies()) {
  const loaded = loadProfile(deps.storage.read(PROFILE_STORAGE_KEY));

  const store = create<ProfileState>()((set, get) => ({
    own: loaded.ok ? loaded.state.profile : null,
    preset: { kind: 'idle' },
    storageProblem: loaded.ok ? null : loaded.problem,
    savingEnabled: deps.storage.available,

    profileSaved(profile) {
      set({ own: profile });
    },
    profileCleared() {
      set({ own: null });
    },
    presetRequested() {
      if (get().preset.kind !== 'idle') return;
      set({ preset: { kind: 'loading' } });
      void deps.loadPreset().then(
        (preset) => {
          set({ preset });
        },
        // fetchPresetProfile never rejects; a stand-in that does is treated as no preset, like a network failure.
        () => {
          set({ preset: { kind: 'absent' } });
        },
      );
    },
    storageProblemDismissed() {
      // The person has downloaded or chosen to discard the unreadable profile: saving may overwrite it from now on.
      set({ storageProblem: null });
    },
  }));

  // The profile saved or cleared in another tab fills this tab's drafts too, so it is taken in at once.
  persistStore(store, {
    key: PROFILE_STORAGE_KEY,
    storage: deps.storage,
    onOtherTabWrite: deps.onOtherTabWrite,
    changed: (state, previous) => state.own !== previous.own,
    persisted: (state): PersistedProfile => ({ schemaVersion: PROFILE_SCHEMA_VERSION, profile: state.own }),
    load: loadProfile,
    taken: (stored) => ({ own: stored.profile }),
  });

  return store;
}

export type ProfileStore = ReturnType<typeof createProfileStore>;

/** The app's store: this module loads with the first page that shows or uses the profile. */
export const useProfile = createProfileStore();

/** Which profile is in effect and where it came from. The person's own always wins over the institution's preset. */
export type ProfileInEffect =
  | { readonly source: 'own'; readonly profile: InstitutionProfile }
  | { readonly source: 'preset'; readonly profile: InstitutionProfile };

export function selectProfile(state: ProfileState): InstitutionProfile | null {
  if (state.own !== null) return state.own;
  return state.preset.kind === 'loaded' ? state.preset.profile : null;
}

export function profileInEffect(state: Pick<ProfileState, 'own' | 'preset'>): ProfileInEffect | null {
  if (state.own !== null) return { source: 'own', profile: state.own };
  return state.preset.kind === 'loaded' ? { source: 'preset', profile: state.preset.profile } : null;
}
