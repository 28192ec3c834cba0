import { z } from 'zod/mini';

import { ChecklistId, CitationId } from '../../../rules';

/** What a file was read as. `unknown`: none of the readers recognised it. */
export const FileKind = z.enum(['dicom', 'table', 'text', 'slide', 'unknown']);
export type FileKind = z.infer<typeof FileKind>;

export const Severity = z.enum(['high', 'medium', 'low']);
export type Severity = z.infer<typeof Severity>;

/**
 * Options of the DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile. A finding that names one is
 * acceptable only when that option was knowingly applied (and recorded); without it, the basic profile removes or
 * replaces the attribute.
 */
export const ProfileOption = z.enum([
  'retain_safe_private',
  'retain_uids',
  'retain_device_identity',
  'retain_institution_identity',
  'retain_patient_characteristics',
  'retain_longitudinal_temporal',
  'clean_descriptors',
  'clean_structured_content',
  'clean_graphics',
  'clean_pixel_data',
  'clean_recognizable_visual_features',
]);
export type ProfileOption = z.infer<typeof ProfileOption>;

/** Every kind of finding; its words ("what", "why") live in locales/{ja,en}/data-check.json under findings.<id>. */
export const FindingId = z.enum([
  'dicom_direct_identifier',
  'dicom_date_time',
  'dicom_institution_or_staff',
  'dicom_device_identifier',
  'dicom_description_text',
  'dicom_uid_not_replaced',
  'dicom_private_tag',
  'dicom_burned_in_annotation_yes',
  'dicom_burned_in_annotation_absent',
  'dicom_recognizable_features',
  'dicom_overlay',
  'dicom_age_over_89',
  'dicom_quasi_identifier',
  'table_identifier_column',
  'table_my_number_like',
  'table_contact_values',
  'table_exact_dates',
  'table_free_text_column',
  'text_phone',
  'text_postal_code',
  'text_email',
  'text_date',
  'text_id_number',
  'text_honorific_name',
  'slide_label_image',
  'slide_macro_image',
  'slide_identifying_metadata',
  'slide_date_time',
  'slide_device_identifier',
]);
export type FindingId = z.infer<typeof FindingId>;

/** Why a file could not be read (in full). Words under problems.<id>. */
export const ProblemId = z.enum([
  'empty',
  'over_limit_headers_only',
  'truncated',
  'not_recognised',
  'encrypted_or_legacy_office',
  'zip_unreadable',
  'zip_too_large',
  'dicom_unreadable',
  'tiff_unreadable',
  'binary_not_text',
  'read_failed',
  'timed_out',
]);
export type ProblemId = z.infer<typeof ProblemId>;

/** Which checks ran on a file; the record lists them so it says plainly what was and was not looked at. */
export const CheckId = z.enum([
  'dicom_profile_attributes',
  'dicom_private_tags',
  'dicom_burned_in_annotation',
  'dicom_overlays',
  'dicom_quasi_identifiers',
  'table_column_names',
  'table_values',
  'table_free_text',
  'text_heuristics',
  'slide_associated_images',
  'slide_metadata',
]);
export type CheckId = z.infer<typeof CheckId>;

const shortText = (max: number) => z.string().check(z.maxLength(max));

export const findingSchema = z.strictObject({
  id: FindingId,
  severity: Severity,
  /** The DICOM attribute keyword, the table's column (and row), the text's line, or the slide's directory and tag. */
  location: shortText(300),
  checklist: ChecklistId,
  citations: z.array(CitationId),
  /** The profile option that would keep (or clean) this attribute; absent where no option applies. */
  profileOption: z.optional(ProfileOption),
  /** The value with all but its first character masked, or a count; never the value in full. */
  sample: z.optional(shortText(80)),
  /** True for pattern matches (free text, values): heuristics can miss and over-match. */
  heuristic: z.optional(z.boolean()),
});
export type Finding = z.infer<typeof findingSchema>;

export const fileReportSchema = z.strictObject({
  file: shortText(1000),
  kind: FileKind,
  size: z.number(),
  /** How far the file was read: all of it, or only its headers (over the limit or truncated). */
  read: z.enum(['full', 'headers_only', 'none']),
  problems: z.array(ProblemId),
  /** A short technical detail for the problem (the parser's message), for the person who must fix the file. */
  problemDetail: z.optional(shortText(300)),
  checks: z.array(CheckId),
  findings: z.array(findingSchema),
  /** Findings left out past the per-file cap, so a long file cannot flood the page or the record. */
  omittedFindings: z.number(),
});
export type FileReport = z.infer<typeof fileReportSchema>;

/**
 * Random access to a file's bytes: the worker reads a File's slices, the command line a file handle. Readers ask
 * only for the ranges they need, so a 2 GB slide is checked without its pixel data ever being read.
 */
export interface ByteSource {
  readonly name: string;
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** The engine's version, stored with each record so a later reader knows which checks produced it. */
export const ENGINE_VERSION = '1';
