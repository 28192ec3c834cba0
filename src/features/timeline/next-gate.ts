import type { Assessment, BasisId, StageId } from '../../rules';

type Timeline = Assessment['timeline'];

/** What happens after the stage assessed: the first later stage whose recommended basis differs, if any. */
export type NextGate =
  | { readonly kind: 'last_stage' }
  | { readonly kind: 'no_change'; readonly basis: BasisId | null }
  | { readonly kind: 'change'; readonly stage: StageId; readonly from: BasisId | null; readonly to: BasisId | null };

export function nextGate(timeline: Timeline, current: StageId): NextGate {
  const at = timeline.findIndex((entry) => entry.stage === current);
  const here = timeline[at];
  if (here === undefined) throw new Error(`Stage ${current} is not on the timeline`);
  const later = timeline.slice(at + 1);
  if (later.length === 0) return { kind: 'last_stage' };
  const changed = later.find((entry) => entry.recommendedBasis !== here.recommendedBasis);
  if (changed === undefined) return { kind: 'no_change', basis: here.recommendedBasis };
  return { kind: 'change', stage: changed.stage, from: here.recommendedBasis, to: changed.recommendedBasis };
}

/** Runs of consecutive stages that share a recommended basis, for a short spoken summary of the diagram. */
export function basisRuns(timeline: Timeline): { from: StageId; to: StageId; basis: BasisId | null }[] {
  const runs: { from: StageId; to: StageId; basis: BasisId | null }[] = [];
  for (const entry of timeline) {
    const last = runs[runs.length - 1];
    if (last?.basis === entry.recommendedBasis) last.to = entry.stage;
    else runs.push({ from: entry.stage, to: entry.stage, basis: entry.recommendedBasis });
  }
  return runs;
}

/** Indexes i where the basis at stage i differs from stage i - 1: the gates drawn between rows. */
export function gateIndexes(timeline: Timeline): number[] {
  return timeline.flatMap((entry, i) => {
    const previous = timeline[i - 1];
    return previous !== undefined && previous.recommendedBasis !== entry.recommendedBasis ? [i] : [];
  });
}
