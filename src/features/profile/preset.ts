import { isSingleFile } from '../../lib/build-target';
import { parsePresetProfile } from './schema';
import type { PresetResult } from './schema';

/**
 * Where an institution that hosts the build puts its preset: beside index.html. Relative, so it resolves against the
 * page's own address (same origin, any sub-path) and the request never leaves the origin the app came from.
 */
export const PRESET_URL = './profile.json';

/** Larger presets are refused unread: four short fields never come near it. */
const MAX_PRESET_BYTES = 20_000;

/**
 * Fetches the institution's preset. A missing file or no network is the ordinary case and stays silent; only a file
 * that is there but wrong is reported. `no-cache` makes the browser revalidate, so an edited preset is seen on the
 * next visit (the service worker lets this file through to the network, see offline-service-worker.ts).
 */
/** The part of `fetch` used here, so tests can stand in for it. */
export type FetchFile = (url: string, init: RequestInit) => Promise<Response>;

export async function fetchPresetProfile(fetchFile: FetchFile = (url, init) => fetch(url, init)): Promise<PresetResult> {
  // The single file is opened from disk, where no file beside it can be read (and trying logs an error): no preset.
  if (isSingleFile) return { kind: 'absent' };
  let response: Response;
  try {
    // Asking for JSON keeps SPA-style hosts (and the dev server) from answering with index.html instead of a 404.
    response = await fetchFile(PRESET_URL, { cache: 'no-cache', credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    return { kind: 'absent' };
  }
  if (!response.ok) return { kind: 'absent' };
  // A host that answers every path with its start page has no preset; that page is not a broken preset.
  if (response.headers.get('Content-Type')?.includes('text/html') === true) return { kind: 'absent' };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { kind: 'absent' };
  }
  if (text.length > MAX_PRESET_BYTES) return { kind: 'invalid', problem: 'schema', issues: [`(root): larger than ${String(MAX_PRESET_BYTES)} characters`] };
  return parsePresetProfile(text);
}
