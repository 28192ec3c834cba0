import type { ChecklistId, CitationId } from '../../../rules';
import type { Finding, FindingId, ProfileOption, Severity } from './types';

interface FindingInfo {
  readonly checklist: ChecklistId;
  /** Why the finding matters: Rule 31 (what 仮名加工 must remove), the standard, or our reading of practice. */
  readonly citations: readonly [CitationId, ...CitationId[]];
  readonly heuristic?: true;
}

const dicomHeaders: FindingInfo = { checklist: 'clean_dicom_headers', citations: ['appi_41_1_rule_31', 'dicom_ps3_15'] };
const dicomPractice: FindingInfo = { checklist: 'clean_dicom_headers', citations: ['dicom_ps3_15', 'inference_processing_practice'] };
const burnedIn: FindingInfo = { checklist: 'remove_burned_in_text', citations: ['appi_41_1_rule_31', 'dicom_ps3_15'] };
const ehr: FindingInfo = { checklist: 'remove_ehr_identifiers', citations: ['appi_41_1_rule_31', 'ppc_faq3_q2_3_identifiers'] };
const freeText: FindingInfo = { checklist: 'scrub_free_text', citations: ['appi_41_1_rule_31', 'inference_processing_practice'], heuristic: true };
const wsi: FindingInfo = { checklist: 'mask_wsi_labels', citations: ['appi_41_1_rule_31', 'inference_processing_practice'] };

/** The checklist item each finding concerns and the sources saying why it matters. */
export const findingInfo: Readonly<Record<FindingId, FindingInfo>> = {
  dicom_direct_identifier: dicomHeaders,
  dicom_date_time: dicomHeaders,
  dicom_institution_or_staff: dicomHeaders,
  dicom_device_identifier: dicomPractice,
  dicom_description_text: dicomHeaders,
  dicom_uid_not_replaced: dicomPractice,
  dicom_private_tag: dicomHeaders,
  dicom_burned_in_annotation_yes: burnedIn,
  dicom_burned_in_annotation_absent: { ...burnedIn, citations: ['dicom_ps3_15', 'inference_processing_practice'] },
  dicom_recognizable_features: { checklist: 'deface_head_scans', citations: ['mhlw_2023_face_and_genome', 'dicom_ps3_15'] },
  dicom_overlay: burnedIn,
  dicom_age_over_89: { checklist: 'clean_dicom_headers', citations: ['dicom_ps3_15', 'inference_processing_practice'] },
  dicom_quasi_identifier: dicomPractice,
  table_identifier_column: { ...ehr, citations: ['appi_41_1_rule_31', 'rule_3_insurance_numbers', 'ppc_faq3_q2_3_identifiers'] },
  table_my_number_like: { ...ehr, citations: ['appi_41_1_rule_31', 'rule_3_insurance_numbers'], heuristic: true },
  table_contact_values: { ...ehr, heuristic: true },
  table_exact_dates: { ...ehr, citations: ['appi_41_1_rule_31', 'inference_processing_practice'], heuristic: true },
  table_free_text_column: freeText,
  text_phone: freeText,
  text_postal_code: freeText,
  text_email: freeText,
  text_date: freeText,
  text_id_number: freeText,
  text_honorific_name: freeText,
  slide_label_image: wsi,
  slide_macro_image: wsi,
  slide_identifying_metadata: wsi,
  slide_date_time: wsi,
  slide_device_identifier: wsi,
};

/** Findings kept per file; the rest are counted. A file with thousands of matches needs fixing, not reading. */
export const MAX_FINDINGS_PER_FILE = 200;

export function finding(
  id: FindingId,
  severity: Severity,
  location: string,
  extra: { sample?: string; profileOption?: ProfileOption; checklist?: ChecklistId } = {},
): Finding {
  const info = findingInfo[id];
  return {
    id,
    severity,
    location: location.slice(0, 300),
    checklist: extra.checklist ?? info.checklist,
    citations: [...info.citations],
    ...(extra.profileOption === undefined ? {} : { profileOption: extra.profileOption }),
    ...(extra.sample === undefined ? {} : { sample: extra.sample.slice(0, 80) }),
    ...(info.heuristic === true ? { heuristic: true } : {}),
  };
}

/**
 * A value shown without giving it away: its first character, the rest as dots, and its length. Enough for the
 * person who processed the data to find the cell or the line; not enough to read a name or a number.
 */
export function mask(value: string): string {
  // Code points, not UTF-16 units: a kanji outside the BMP stays one character.
  const chars = Array.from(value.trim());
  if (chars.length === 0) return '';
  const first = chars[0] ?? '';
  return `${first}${'•'.repeat(Math.min(chars.length - 1, 5))} (${String(chars.length)})`;
}
