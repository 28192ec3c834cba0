import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../app/pages/loading-page';
import type { DraftKind } from './schema';

export const draftsPath = '/drafts';

/**
 * `?doc=<kind>` names the draft shown, so each draft has its own address (a bookmark, a link from the result page).
 * Picking a draft from the page's list replaces the entry, so Back leaves the page rather than stepping through drafts.
 */
export const draftParam = 'doc';

/** '/drafts', or '/drafts?doc=<kind>' to open one draft. */
export const draftPath = (kind?: DraftKind): string =>
  kind === undefined ? draftsPath : `${draftsPath}?${draftParam}=${kind}`;

/**
 * The drafts page, loaded on demand (react-router `lazy`): the builders, the form and the drafts store stay out of
 * the first load. The app's router adds this beside its own routes; HydrateFallback covers a first load straight
 * onto '#/drafts' (a bookmark).
 */
export const draftsRoutes: RouteObject[] = [
  {
    path: draftsPath,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./drafts-page')).DraftsPage }),
  },
];
