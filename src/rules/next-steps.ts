import { checklistItems } from './checklist';
import type { Assessment, ChecklistId, Owner } from './schema';

/** When a step falls due: at once (something already went wrong), before the data moves, at the next stage gate, or after. */
export type StepTiming = 'now' | 'before_provision' | 'next_stage_gate' | 'after_provision';

export interface NextStep {
  readonly id: ChecklistId;
  readonly owner: Owner;
  readonly timing: StepTiming;
}

/**
 * The order in which checklist items become the next thing to do. Repairing a provision that already happened comes
 * first; then what decides whether the route holds at all (ethics review, the status and aims the exceptions need,
 * consent or the reasons it cannot be had, the public-sector and foreign conditions); then the processing, the
 * agreements and the publications that must precede provision; the duties that run after provision come last.
 * Every checklist id appears exactly once (next-steps.test.ts).
 */
export const stepPriority: readonly ChecklistId[] = [
  'remediate_prior_provision',
  'ethics_review',
  'confirm_academic_body_status',
  'confirm_genuine_academic_aim',
  'joint_research_agreement',
  'assess_unjust_infringement',
  'obtain_valid_consent',
  'foreign_consent_information',
  'document_consent_difficulty',
  'document_public_health_necessity',
  'public_body_rules',
  'entrustment_contract_supervision',
  'foreign_transfer_check',
  'foreign_environment_check',
  'keep_key_at_provider',
  'process_per_rule_31',
  'verify_existing_pseudonymization',
  'secure_deletion_info',
  'joint_use_agreement',
  'publish_pseudonymized_purpose',
  'publish_joint_use_items',
  'publish_anonymized_items',
  'remove_ehr_identifiers',
  'scrub_free_text',
  'clean_dicom_headers',
  'remove_burned_in_text',
  'mask_wsi_labels',
  'deface_head_scans',
  'strip_video_audio_overlays',
  'assess_genome_identifiers',
  'review_rare_disease_uniqueness',
  'plan_stage_transition',
  'no_reidentification_no_contact',
  'record_provision',
  'conforming_system_monitoring',
  'regulator_source_documents',
];

const groups = new Map(checklistItems.map((item) => [item.id, item.group]));

const timingOf = (id: ChecklistId): StepTiming => {
  if (id === 'remediate_prior_provision') return 'now';
  if (id === 'plan_stage_transition') return 'next_stage_gate';
  return groups.get(id) === 'after_provision' ? 'after_provision' : 'before_provision';
};

/** How many steps the summary of a result names at most: enough to act on, few enough to read at a glance. */
export const maxNextSteps = 5;

/**
 * The next things to do, from the assessment's checklist: the open items (not yet ticked) in `stepPriority`
 * order, at most `limit`, each with who does it and when.
 */
export function nextSteps(
  checklist: Assessment['checklist'],
  done: ReadonlySet<ChecklistId> = new Set(),
  limit: number = maxNextSteps,
): NextStep[] {
  const owners = new Map(checklist.map((item) => [item.id, item.owner]));
  return stepPriority
    .flatMap((id) => {
      const owner = owners.get(id);
      return owner === undefined || done.has(id) ? [] : [{ id, owner, timing: timingOf(id) }];
    })
    .slice(0, limit);
}
