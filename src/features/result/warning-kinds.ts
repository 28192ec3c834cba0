import type { WarningId } from '../../rules';

/**
 * How the result page presents each warning. `open_question` marks what the guideline or the sources leave
 * undecided: those are listed apart, as questions to take advice on, never as conclusions.
 */
export type WarningKind = 'scope' | 'caution' | 'law_change' | 'open_question';

export const warningKind: Readonly<Record<WarningId, WarningKind>> = {
  out_of_scope_data_origin: 'scope',
  out_of_scope_product: 'scope',
  provided_before_publication: 'caution',
  recipient_holds_key: 'caution',
  academic_label_for_product_only: 'caution',
  relink_request_prohibited: 'caution',
  contact_prohibited: 'caution',
  onward_sharing_needs_joint_use: 'caution',
  foreign_recipient_unsettled: 'open_question',
  guideline_silent: 'open_question',
  anonymized_not_guideline_model: 'caution',
  law_change_pending: 'law_change',
  genome_sequence_excluded: 'caution',
  face_and_video_processing_unsettled: 'open_question',
  stage_basis_unconfirmed: 'open_question',
  ethics_review_not_arranged: 'caution',
  academic_purpose_at_product_stage: 'caution',
  no_basis_fits: 'caution',
  deceased_outside_appi: 'scope',
  deceased_genome_relatives: 'open_question',
  next_gen_medical_act_route: 'caution',
  vendor_own_improvement_open: 'open_question',
  public_body_anonymized_procedure: 'caution',
  foreign_provision_needs_basis: 'caution',
  anonymized_internal_use: 'caution',
  regulator_outside_review: 'open_question',
};

/** Order of the cautions list: scope first (it colours everything else), then cautions, then the law change. */
export const cautionOrder: readonly WarningKind[] = ['scope', 'caution', 'law_change'];

/** Out of the guideline's scope: said once, at the top of the result, and not repeated among the warnings. */
export const isScopeNotice = (id: WarningId): boolean => id === 'out_of_scope_data_origin' || id === 'out_of_scope_product';

/**
 * Warnings that stop the plan as answered from going ahead until they are resolved (a provision without a basis,
 * a request the law forbids, a route that does not hold): the summary lists them before the next steps. The others
 * inform or qualify and stay with the details. `no_basis_fits` is left out: the summary's answer already says it.
 */
const blocking: ReadonlySet<WarningId> = new Set<WarningId>([
  'provided_before_publication',
  'recipient_holds_key',
  'academic_label_for_product_only',
  'relink_request_prohibited',
  'contact_prohibited',
  'onward_sharing_needs_joint_use',
  'ethics_review_not_arranged',
  'academic_purpose_at_product_stage',
  'foreign_provision_needs_basis',
]);

export const blocksProgress = (id: WarningId): boolean => blocking.has(id);
