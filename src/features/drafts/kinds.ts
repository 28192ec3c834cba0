import type { DraftBuilder } from './build-common';
import { buildJointUseAgreement } from './build-agreement';
import { buildDeletionInfoRules } from './build-deletion-info-rules';
import { buildDisclosureNotice } from './build-disclosure-notice';
import { buildForeignProvisionInfo } from './build-foreign-info';
import { buildJointUsePublication } from './build-joint-use';
import { buildProcessingPlan } from './build-processing-plan';
import { buildProvisionRecord, buildReceiptRecord } from './build-records';
import { buildResearchPlanSection } from './build-research-plan';
import type { DraftKind } from './schema';

/**
 * The page's order: what is published and agreed first, then what the institution keeps inside, then the ethics
 * application's documents, then the records kept as data moves. The first draft a route needs is shown first.
 */
export const draftKinds: readonly DraftKind[] = [
  'joint_use_publication',
  'joint_use_agreement',
  'processing_plan',
  'deletion_info_rules',
  'research_plan_pi_section',
  'disclosure_notice',
  'foreign_provision_info',
  'provision_record',
  'receipt_record',
];

export const draftBuilders: Readonly<Record<DraftKind, DraftBuilder>> = {
  joint_use_publication: buildJointUsePublication,
  joint_use_agreement: buildJointUseAgreement,
  processing_plan: buildProcessingPlan,
  deletion_info_rules: buildDeletionInfoRules,
  research_plan_pi_section: buildResearchPlanSection,
  disclosure_notice: buildDisclosureNotice,
  foreign_provision_info: buildForeignProvisionInfo,
  provision_record: buildProvisionRecord,
  receipt_record: buildReceiptRecord,
};

export const draftNameKey = (kind: DraftKind) => `kinds.${kind}.name` as const;
export const draftFileNameKey = (kind: DraftKind) => `kinds.${kind}.fileName` as const;
