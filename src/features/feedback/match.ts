import type { SavedAssessment } from '../assessments/schema';
import { fingerprint } from '../exchange/fingerprint';
import type { ReviewFile } from '../review/review-file';
import { changedAnswers } from './reviewed-version';

export type AssessmentMatch =
  | { readonly kind: 'same'; readonly id: string }
  | { readonly kind: 'name'; readonly id: string }
  | { readonly kind: 'none' };

/** Whether the assessment's answers now are the ones the review covered. */
function hasReviewedAnswers(file: ReviewFile, assessment: SavedAssessment): boolean {
  const { reviewedInput, fingerprint: declared, rulesVersion } = file.submission;
  if (reviewedInput !== undefined) return changedAnswers(reviewedInput, assessment.answers).length === 0;
  return declared !== null && fingerprint(rulesVersion, assessment.answers) === declared;
}

/**
 * The saved assessment a review most likely belongs to: one whose answers are those reviewed (the newest, when
 * copies share them), else one with the reviewed name. The person confirms or picks another; nothing is guessed
 * silently.
 */
export function matchAssessment(file: ReviewFile, assessments: readonly SavedAssessment[]): AssessmentMatch {
  const newestFirst = [...assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const same = newestFirst.find((assessment) => hasReviewedAnswers(file, assessment));
  if (same !== undefined) return { kind: 'same', id: same.id };
  const name = file.submission.name.trim();
  const named = name === '' ? undefined : newestFirst.find((assessment) => assessment.name.trim() === name);
  return named === undefined ? { kind: 'none' } : { kind: 'name', id: named.id };
}
