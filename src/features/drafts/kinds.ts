import type { BasisId } from '../../rules';
import type { DraftBuilder } from './build-common';
import { buildDeletionInfoRules } from './build-deletion-info-rules';
import { buildJointUsePublication } from './build-joint-use';
import { buildProcessingPlan } from './build-processing-plan';
import { DraftKind } from './schema';

export const draftKinds: readonly DraftKind[] = DraftKind.options;

export const draftBuilders: Readonly<Record<DraftKind, DraftBuilder>> = {
  joint_use_publication: buildJointUsePublication,
  processing_plan: buildProcessingPlan,
  deletion_info_rules: buildDeletionInfoRules,
};

/**
 * When a draft is needed. The joint-use publication only where joint use of 仮名加工情報 is the recommended basis
 * (Art. 41(6) reading 27(5)(iii)); the processing plan (Rule 31) and the 削除情報等 rules (Rule 32) wherever the
 * provider creates 仮名加工情報, for joint use or for its own changed-purpose use.
 */
export function draftApplies(kind: DraftKind, basis: BasisId | null): boolean {
  switch (kind) {
    case 'joint_use_publication':
      return basis === 'pseudonymized_joint_use';
    case 'processing_plan':
    case 'deletion_info_rules':
      return basis === 'pseudonymized_joint_use' || basis === 'pseudonymized_internal_use';
  }
}

export const draftNameKey = (kind: DraftKind) => `kinds.${kind}.name` as const;
export const draftFileNameKey = (kind: DraftKind) => `kinds.${kind}.fileName` as const;
