import { GLOSSARY_TERM_IDS, type GlossaryTermId } from '../../i18n/keys';
import type { Assessment, BasisId, ChecklistId, WarningId } from '../../rules';

/** Terms each basis's name, summary and reasons rely on. A full record: a new basis needs a decision here. */
export const basisTerms: Readonly<Record<BasisId, readonly GlossaryTermId[]>> = {
  consent: ['yohairyo', 'daisansha_teikyo'],
  academic_exception: ['gakujutsu_reigai', 'gakujutsu_kikan', 'gakujutsu_mokuteki', 'kyodo_kenkyu'],
  public_health_exception: ['koshu_eisei_reigai'],
  entrustment: ['itaku'],
  personal_data_joint_use: ['kojin_data', 'kyodo_riyo'],
  pseudonymized_joint_use: ['kamei_kako', 'kyodo_riyo', 'kohyo', 'sakujo_joho'],
  pseudonymized_internal_use: ['kamei_kako', 'riyo_mokuteki_henko', 'kohyo'],
  statutory_cooperation: ['shinraisei_chosa', 'pmda'],
  anonymized_provision: ['tokumei_kako', 'kohyo'],
  opt_out: ['opt_out', 'yohairyo'],
};

const checklistTerms: Readonly<Partial<Record<ChecklistId, readonly GlossaryTermId[]>>> = {
  confirm_academic_body_status: ['gakujutsu_kikan'],
  joint_research_agreement: ['kyodo_kenkyu'],
  ethics_review: ['rinri_shinsa', 'rinri_shishin'],
  process_per_rule_31: ['kamei_kako', 'kojin_shikibetsu_fugo'],
  secure_deletion_info: ['sakujo_joho'],
  keep_key_at_provider: ['sakujo_joho'],
  remove_ehr_identifiers: ['kojin_shikibetsu_fugo'],
  assess_genome_identifiers: ['kojin_shikibetsu_fugo'],
  publish_pseudonymized_purpose: ['kohyo', 'riyo_mokuteki_henko'],
  publish_joint_use_items: ['kohyo', 'kyodo_riyo'],
  joint_use_agreement: ['kyodo_riyo'],
  publish_anonymized_items: ['tokumei_kako', 'kohyo'],
  no_reidentification_no_contact: ['shikibetsu_kinshi', 'renraku_kinshi'],
  entrustment_contract_supervision: ['itaku'],
  regulator_source_documents: ['shinraisei_chosa', 'pmda'],
  foreign_transfer_check: ['gaikoku_daisansha'],
  foreign_consent_information: ['gaikoku_daisansha'],
  conforming_system_monitoring: ['gaikoku_daisansha'],
  foreign_environment_check: ['gaiteki_kankyo'],
  confirm_genuine_academic_aim: ['gakujutsu_mokuteki', 'kyodo_kenkyu'],
  public_body_rules: ['tokumei_kako'],
};

const warningTerms: Readonly<Partial<Record<WarningId, readonly GlossaryTermId[]>>> = {
  out_of_scope_product: ['samd'],
  recipient_holds_key: ['sakujo_joho'],
  academic_label_for_product_only: ['seihin_kaihatsu', 'gakujutsu_mokuteki'],
  relink_request_prohibited: ['shikibetsu_kinshi'],
  contact_prohibited: ['renraku_kinshi'],
  genome_sequence_excluded: ['kojin_shikibetsu_fugo'],
  ethics_review_not_arranged: ['rinri_shinsa', 'rinri_shishin'],
  academic_purpose_at_product_stage: ['gakujutsu_mokuteki', 'seihin_kaihatsu', 'gakujutsu_reigai'],
  foreign_recipient_unsettled: ['kamei_kako', 'kyodo_riyo', 'gaikoku_daisansha'],
  foreign_provision_needs_basis: ['gaikoku_daisansha', 'itaku', 'kyodo_riyo'],
  deceased_outside_appi: ['kojin_joho', 'rinri_shishin'],
  deceased_genome_relatives: ['kojin_shikibetsu_fugo'],
  next_gen_medical_act_route: ['jisedai_iryo_kiban', 'shinraisei_chosa'],
  vendor_own_improvement_open: ['itaku'],
  public_body_anonymized_procedure: ['tokumei_kako'],
  anonymized_internal_use: ['tokumei_kako'],
  regulator_outside_review: ['pmda', 'shinraisei_chosa'],
};

/** Terms every result uses: the Act itself, and the regulator whose guidance most citations come from. */
const alwaysUsed: readonly GlossaryTermId[] = ['kojin_joho_hogo_ho', 'kojin_joho', 'ppc'];

/** The glossary terms a result page shows, in the glossary's own order. Every basis is on the page, so all count. */
export function termsUsedBy(assessment: Assessment): GlossaryTermId[] {
  const used = new Set<GlossaryTermId>(alwaysUsed);
  for (const { basis } of assessment.bases) for (const term of basisTerms[basis]) used.add(term);
  for (const { id } of assessment.checklist) for (const term of checklistTerms[id] ?? []) used.add(term);
  for (const { id } of assessment.warnings) for (const term of warningTerms[id] ?? []) used.add(term);
  return GLOSSARY_TERM_IDS.filter((term) => used.has(term));
}
