// What the rule-set-1 app wrote (tests/fixtures/rule-set-1, see its README), for the migration tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import manifest from '../fixtures/rule-set-1/manifest.json';

/** A fixture's text exactly as stored (vitest runs from the project root). */
export const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/rule-set-1', name), 'utf8');

export { manifest };

// The inputs as rule set 1 saved them; typed loosely, since "yes" is no longer an AssessmentInput value.
export const abroad: Record<string, unknown> = manifest.inputs.abroad;
export const domestic: Record<string, unknown> = manifest.inputs.domestic;
/** The abroad input without the answer rule set 2 removed: what every loader must keep. */
export const abroadKept: Record<string, unknown> = Object.fromEntries(Object.entries(abroad).filter(([question]) => question !== 'foreignRecipient'));
export const removedYes = [{ question: 'foreignRecipient', answer: 'yes' }];
/** The answers rule set 2 allows for foreignRecipient. */
export const allowedNow = ['no', 'adequate_country', 'conforming_system', 'other_country'];
export const shareLinks = JSON.parse(fixture('share-links.json')) as Record<'abroad' | 'domestic', { payload: string; url: string }>;
