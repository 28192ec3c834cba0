import type { Assessment, BasisId, ChecklistId, Verdict, WarningId } from '../../rules';

/**
 * One difference between two results of the same answers: the result a submitter's app computed when the file was
 * exported, and the result this app's rules compute now. A tagged union, so the review page and the memo must say
 * something for every kind.
 */
export type AssessmentChange =
  | { readonly kind: 'recommended_basis'; readonly before: BasisId | null; readonly after: BasisId | null }
  /** `null` on one side: the basis is missing from that result (a file written by other rules). */
  | { readonly kind: 'verdict'; readonly basis: BasisId; readonly before: Verdict | null; readonly after: Verdict | null }
  | { readonly kind: 'checklist_added'; readonly id: ChecklistId }
  | { readonly kind: 'checklist_removed'; readonly id: ChecklistId }
  | { readonly kind: 'warning_added'; readonly id: WarningId }
  | { readonly kind: 'warning_removed'; readonly id: WarningId };

export type AssessmentChangeKind = AssessmentChange['kind'];

type DiffInput = Pick<Assessment, 'recommendedBasis' | 'bases' | 'checklist' | 'warnings'>;

/** First verdict per basis: a hand-made file could list a basis twice; the first entry is what a reader sees first. */
function verdictsOf(bases: DiffInput['bases']): Map<BasisId, Verdict> {
  const map = new Map<BasisId, Verdict>();
  for (const entry of bases) if (!map.has(entry.basis)) map.set(entry.basis, entry.verdict);
  return map;
}

/** Ids in `from` that are not in `other`, once each, in `from`'s order. */
function missingFrom<T>(from: readonly { readonly id: T }[], other: readonly { readonly id: T }[]): T[] {
  const present = new Set(other.map((item) => item.id));
  return [...new Set(from.map((item) => item.id))].filter((id) => !present.has(id));
}

/**
 * What differs between `before` and `after`, in a fixed order: the recommended basis, then per-basis verdicts (in
 * `after`'s order, then bases only `before` has), then checklist items and warnings added and removed. Reasons,
 * citations and the timeline are not compared: they follow from these, and listing them would bury the changes
 * that matter to a reviewer. Pure; an empty list means the results agree on all of these.
 */
export function diffAssessments(before: DiffInput, after: DiffInput): AssessmentChange[] {
  const changes: AssessmentChange[] = [];
  if (before.recommendedBasis !== after.recommendedBasis) {
    changes.push({ kind: 'recommended_basis', before: before.recommendedBasis, after: after.recommendedBasis });
  }

  const beforeVerdicts = verdictsOf(before.bases);
  const afterVerdicts = verdictsOf(after.bases);
  for (const [basis, verdict] of afterVerdicts) {
    const previous = beforeVerdicts.get(basis) ?? null;
    if (previous !== verdict) changes.push({ kind: 'verdict', basis, before: previous, after: verdict });
  }
  for (const [basis, verdict] of beforeVerdicts) {
    if (!afterVerdicts.has(basis)) changes.push({ kind: 'verdict', basis, before: verdict, after: null });
  }

  for (const id of missingFrom(after.checklist, before.checklist)) changes.push({ kind: 'checklist_added', id });
  for (const id of missingFrom(before.checklist, after.checklist)) changes.push({ kind: 'checklist_removed', id });
  for (const id of missingFrom(after.warnings, before.warnings)) changes.push({ kind: 'warning_added', id });
  for (const id of missingFrom(before.warnings, after.warnings)) changes.push({ kind: 'warning_removed', id });
  return changes;
}
