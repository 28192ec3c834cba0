import type { Assessment, BasisId, ChecklistId, Owner, Remedy, Verdict, WarningId } from '../../rules';

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
  /** An item on both lists whose owner changed; results of rule set 1 name no owners, so never against one of those. */
  | { readonly kind: 'checklist_owner'; readonly id: ChecklistId; readonly before: Owner; readonly after: Owner }
  | { readonly kind: 'warning_added'; readonly id: WarningId }
  | { readonly kind: 'warning_removed'; readonly id: WarningId }
  /** A way to a usable basis that only one result offers; rule set 1 offered none, so all of today's are added. */
  | { readonly kind: 'remedy_added'; readonly remedy: Remedy }
  | { readonly kind: 'remedy_removed'; readonly remedy: Remedy };

export type AssessmentChangeKind = AssessmentChange['kind'];

/**
 * What is compared: a result as the current rules write it, or one from a file written under earlier rules, whose
 * checklist items may lack an owner and which may have no remedies at all.
 */
export interface DiffInput {
  readonly recommendedBasis: Assessment['recommendedBasis'];
  readonly bases: Assessment['bases'];
  readonly checklist: readonly { readonly id: ChecklistId; readonly owner?: Owner | undefined }[];
  readonly warnings: Assessment['warnings'];
  readonly remedies?: readonly Remedy[] | undefined;
}

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

/** A remedy is the same remedy when it reaches the same basis by the same changes (and assumptions). */
const remedyKey = (remedy: Remedy): string =>
  JSON.stringify([remedy.basis, remedy.changes.map((c) => [c.question, c.answer]), remedy.assumes.map((c) => [c.question, c.answer])]);

function remediesMissingFrom(from: readonly Remedy[], other: readonly Remedy[]): Remedy[] {
  const present = new Set(other.map(remedyKey));
  const seen = new Set<string>();
  return from.filter((remedy) => {
    const key = remedyKey(remedy);
    if (present.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What differs between `before` and `after`, in a fixed order: the recommended basis, then per-basis verdicts (in
 * `after`'s order, then bases only `before` has), then checklist items added, removed and given another owner,
 * warnings added and removed, and remedies added and removed. Reasons, citations and the timeline are not compared:
 * they follow from these, and listing them would bury the changes that matter to a reviewer. Pure; an empty list
 * means the results agree on all of these.
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
  const ownersBefore = new Map<ChecklistId, Owner>();
  for (const item of before.checklist) if (item.owner !== undefined && !ownersBefore.has(item.id)) ownersBefore.set(item.id, item.owner);
  const seenAfter = new Set<ChecklistId>();
  for (const item of after.checklist) {
    if (seenAfter.has(item.id)) continue;
    seenAfter.add(item.id);
    const previous = ownersBefore.get(item.id);
    if (previous !== undefined && item.owner !== undefined && previous !== item.owner) {
      changes.push({ kind: 'checklist_owner', id: item.id, before: previous, after: item.owner });
    }
  }
  for (const id of missingFrom(after.warnings, before.warnings)) changes.push({ kind: 'warning_added', id });
  for (const id of missingFrom(before.warnings, after.warnings)) changes.push({ kind: 'warning_removed', id });
  const remediesBefore = before.remedies ?? [];
  const remediesAfter = after.remedies ?? [];
  for (const remedy of remediesMissingFrom(remediesAfter, remediesBefore)) changes.push({ kind: 'remedy_added', remedy });
  for (const remedy of remediesMissingFrom(remediesBefore, remediesAfter)) changes.push({ kind: 'remedy_removed', remedy });
  return changes;
}
