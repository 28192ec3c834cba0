import { z } from 'zod/mini';

import type { ChecklistId, CitationId, QuestionId, ReasonId, StageId, WarningId } from '../../rules';

/**
 * What the public sources leave open, said once on the "About the rules" page. Ids are part of addresses
 * (`#/about/open/<id>`) that people bookmark and that reports may quote: never rename one.
 */
export const OpenPointId = z.enum([
  'stage_names',
  'stage_basis',
  'processing_procedures',
  'not_recommended_handling',
  'records_list',
  'anonymized_information',
  'public_health_types',
  'academic_exception_details',
  'guideline_templates',
  'rule_32_wording',
  'joint_use_details',
  'adequate_countries',
  'foreign_recipients',
  'amendment_2026',
  'vendor_own_improvement',
  'data_already_provided',
  'deceased_genome',
]);
export type OpenPointId = z.infer<typeof OpenPointId>;

/**
 * The marker's visible words. A stage name is not an open legal question but a name we gave: it gets its own,
 * calmer label ("段階名：当アプリの呼び方"), so the stage marks do not read as doubt about the result.
 */
export type MarkerLabel = 'stage_name' | 'open_point';

/** Where a point shows up: the ids of the rules' output and of the questions whose words touch it. */
export interface OpenPointConcerns {
  readonly citations: readonly CitationId[];
  readonly checklist: readonly ChecklistId[];
  readonly warnings: readonly WarningId[];
  readonly reasons: readonly ReasonId[];
  readonly stages: readonly StageId[];
  readonly questions: readonly QuestionId[];
}

export interface OpenPoint extends OpenPointConcerns {
  readonly id: OpenPointId;
  readonly label: MarkerLabel;
}

const none: OpenPointConcerns = { citations: [], checklist: [], warnings: [], reasons: [], stages: [], questions: [] };

const point = (id: OpenPointId, concerns: Partial<OpenPointConcerns>, label: MarkerLabel = 'open_point'): OpenPoint => ({
  ...none,
  ...concerns,
  id,
  label,
});

/** In the order the page lists them: the stage model first, then processing, then the bases, then the rest. */
export const openPoints: readonly OpenPoint[] = [
  point(
    'stage_names',
    {
      citations: ['inference_stage_reconstruction'],
      warnings: ['stage_basis_unconfirmed'],
      stages: ['basic_research', 'performance_evaluation', 'regulatory_review', 'post_market'],
      questions: ['stage'],
    },
    'stage_name',
  ),
  point('stage_basis', {
    citations: ['inference_pseudonymized_to_regulator'],
    warnings: ['stage_basis_unconfirmed', 'regulator_outside_review'],
    reasons: ['pseudonymized_joint_use_stage_unconfirmed', 'statutory_other_stage_unconfirmed'],
    questions: ['stage'],
  }),
  point('processing_procedures', {
    citations: ['gl_ch4_5_processing', 'inference_processing_practice'],
    checklist: [
      'remove_ehr_identifiers',
      'scrub_free_text',
      'clean_dicom_headers',
      'remove_burned_in_text',
      'mask_wsi_labels',
      'deface_head_scans',
      'strip_video_audio_overlays',
      'assess_genome_identifiers',
      'review_rare_disease_uniqueness',
    ],
    warnings: ['face_and_video_processing_unsettled'],
    questions: ['dataTypes'],
  }),
  point('not_recommended_handling', { citations: ['gl_3_4_not_recommended'] }),
  point('records_list', { citations: ['inference_records'], checklist: ['record_provision'] }),
  point('anonymized_information', { warnings: ['anonymized_not_guideline_model'], reasons: ['anonymized_statutory_route'] }),
  point('public_health_types', {
    citations: ['gl_2_5_public_health'],
    reasons: ['public_health_need_unsure'],
    questions: ['publicHealthNeed'],
  }),
  point('academic_exception_details', {
    checklist: ['joint_research_agreement', 'assess_unjust_infringement'],
    reasons: ['academic_recipient_side_route'],
  }),
  // Only the drafts speak of the guideline's templates; they are documents to print, so they carry no links.
  point('guideline_templates', {}),
  point('rule_32_wording', { citations: ['appi_41_2_rule_32'], checklist: ['secure_deletion_info'] }),
  point('joint_use_details', { citations: ['gl_3_2_joint_use', 'ppc_gl_joint_use_change'], checklist: ['joint_use_agreement'] }),
  point('adequate_countries', { citations: ['inference_rule_15_eea_uk'], questions: ['foreignRecipient'] }),
  point('foreign_recipients', {
    citations: ['inference_foreign_joint_use', 'inference_art_28_3_monitoring', 'inference_pseudonymized_abroad_open', 'ppc_q9_11_foreign_non_personal'],
    checklist: ['conforming_system_monitoring'],
    warnings: ['foreign_recipient_unsettled', 'foreign_provision_needs_basis'],
    reasons: ['pseudonymized_joint_use_foreign_unsettled', 'personal_joint_use_foreign_needs_art_28'],
    questions: ['foreignRecipient'],
  }),
  point('amendment_2026', { citations: ['inference_amendment_2026_contents'], warnings: ['law_change_pending'] }),
  point('vendor_own_improvement', {
    citations: ['inference_vendor_model_improvement'],
    warnings: ['vendor_own_improvement_open'],
    reasons: ['entrustment_fails_partly_own_use'],
    questions: ['recipientOwnUse'],
  }),
  point('data_already_provided', { citations: ['inference_unlawful_prior_provision'], checklist: ['plan_stage_transition'] }),
  point('deceased_genome', { citations: ['inference_deceased_genome'], warnings: ['deceased_genome_relatives'] }),
];

/** Something on a page that may carry markers: a citation, a checklist item, a warning, a reason, a stage or a question. */
export type MarkedThing =
  | { readonly kind: 'citation'; readonly id: CitationId }
  | { readonly kind: 'checklist'; readonly id: ChecklistId }
  | { readonly kind: 'warning'; readonly id: WarningId }
  | { readonly kind: 'reason'; readonly id: ReasonId }
  | { readonly kind: 'stage'; readonly id: StageId }
  | { readonly kind: 'question'; readonly id: QuestionId };

function concerns(entry: OpenPoint, thing: MarkedThing): boolean {
  switch (thing.kind) {
    case 'citation':
      return entry.citations.includes(thing.id);
    case 'checklist':
      return entry.checklist.includes(thing.id);
    case 'warning':
      return entry.warnings.includes(thing.id);
    case 'reason':
      return entry.reasons.includes(thing.id);
    case 'stage':
      return entry.stages.includes(thing.id);
    case 'question':
      return entry.questions.includes(thing.id);
  }
}

/** The open points a thing touches, in the page's order. */
export const openPointsConcerning = (thing: MarkedThing): readonly OpenPoint[] =>
  openPoints.filter((entry) => concerns(entry, thing));

export function getOpenPoint(id: OpenPointId): OpenPoint {
  const found = openPoints.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No open point ${id}`);
  return found;
}

/** Locale keys of a point's words (locales/<lng>/about.json). */
export const openPointKeys = <P extends OpenPointId>(id: P) =>
  ({
    title: `about:point.${id}.title`,
    sources: `about:point.${id}.sources`,
    means: `about:point.${id}.means`,
    todo: `about:point.${id}.todo`,
  }) as const;

export const markerLabelKey = <L extends MarkerLabel>(label: L) => `about:marker.label.${label}` as const;
