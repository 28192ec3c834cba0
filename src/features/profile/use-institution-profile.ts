import { useEffect } from 'react';

import { whenIdle } from '../../lib/when-idle';
import type { InstitutionProfile } from './schema';
import { selectProfile } from './store';
import { useProfileApi, useProfileState } from './store-context';

/**
 * The institution profile in effect: the person's own if they saved one, else the preset their institution put
 * beside the app (`profile.json`), else null. The first use starts the preset's one fetch; until it answers (or if
 * there is none) only the person's own profile counts. It starts once the page has been painted and the browser is
 * idle: the preset only adds to what is shown, and a request started before the first paint puts its round trip on
 * the path of the page's largest paint (0.2 s on a slow phone network, in the result page's Lighthouse runs).
 */
export function useInstitutionProfile(): InstitutionProfile | null {
  const store = useProfileApi();
  // When the browser is next idle, which is after the page's first paint has reached the screen (a frame callback
  // alone could still come before it).
  useEffect(() => {
    const request = () => {
      store.getState().presetRequested();
    };
    return whenIdle(request, { timeout: 2000, fallbackDelay: 500 });
  }, [store]);
  return useProfileState(selectProfile);
}
