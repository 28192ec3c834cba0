import type { AssessmentInput } from '../../rules';
import { encodeShare } from '../exchange/share-link';
import { reportPaths } from '../report/paths';

/** The search parameter of the landing page (`#/open?a=…`) that carries the answers. */
export const shareParam = 'a';

/**
 * A share link to this very app: the answers (ids only, never the project name or notes) go in the hash part,
 * which browsers do not send to a server.
 */
export function shareUrl(answers: AssessmentInput, where: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${where.origin}${where.pathname}#${reportPaths.open}?${shareParam}=${encodeShare(answers)}`;
}
