import { useEffect } from 'react';

import type { InstitutionProfile } from './schema';
import { selectProfile } from './store';
import { useProfileApi, useProfileState } from './store-context';

/**
 * The institution profile in effect: the person's own if they saved one, else the preset their institution put
 * beside the app (`profile.json`), else null. The first use starts the preset's one fetch; until it answers (or if
 * there is none) only the person's own profile counts.
 */
export function useInstitutionProfile(): InstitutionProfile | null {
  const store = useProfileApi();
  useEffect(() => {
    store.getState().presetRequested();
  }, [store]);
  return useProfileState(selectProfile);
}
