export const draftsPath = '/drafts';

/**
 * `?doc=<kind>` names the draft shown, so each draft has its own address (a bookmark, a link from the result page).
 * Picking a draft from the page's list replaces the entry, so Back leaves the page rather than stepping through drafts.
 */
export const draftParam = 'doc';

