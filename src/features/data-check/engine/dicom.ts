import dicomParser from 'dicom-parser';
import type { DataSet, Element } from 'dicom-parser';
import { inflateSync } from 'fflate';

import { BURNED_IN_PRONE_MODALITIES, attributeByTag, categoryOption, declaredOptionCodes } from './dicom-attributes';
import type { AttributeCategory } from './dicom-attributes';
import { finding, mask } from './findings';
import type { Finding, FindingId, ProfileOption, Severity } from './types';

/** Whether the bytes start like a DICOM Part 10 file: 128 bytes of preamble, then "DICM". */
export function looksLikeDicom(head: Uint8Array): boolean {
  return head.length >= 132 && head[128] === 0x44 && head[129] === 0x49 && head[130] === 0x43 && head[131] === 0x4d;
}

export type DicomResult =
  | { readonly ok: true; readonly findings: Finding[]; readonly truncated: boolean; readonly reachedPixelData: boolean; readonly detail?: string }
  | { readonly ok: false; readonly detail: string };

const categoryFinding: Readonly<Record<AttributeCategory, { id: FindingId; severity: Severity }>> = {
  direct: { id: 'dicom_direct_identifier', severity: 'high' },
  staff: { id: 'dicom_institution_or_staff', severity: 'medium' },
  institution: { id: 'dicom_institution_or_staff', severity: 'medium' },
  date: { id: 'dicom_date_time', severity: 'medium' },
  device: { id: 'dicom_device_identifier', severity: 'low' },
  description: { id: 'dicom_description_text', severity: 'medium' },
  structured: { id: 'dicom_description_text', severity: 'medium' },
  uid: { id: 'dicom_uid_not_replaced', severity: 'low' },
  characteristic: { id: 'dicom_quasi_identifier', severity: 'low' },
};

/**
 * Values that anonymisers commonly write in place of the original (the profile's "Z": zero length or a dummy value).
 * They are not findings.
 */
const DUMMY_VALUE = /^(?:anon(?:ymi[sz]ed|ymous)?\w*|removed|redacted|de-?identified|deid|unknown|none|n\/a|x+|0+|\^+|\*+|-+|匿名\w*|不明)$/iu;

/** UIDs made from a UUID under 2.25 are what de-identification tools usually generate in place of the originals. */
const GENERATED_UID = /^2\.25\.\d+$/u;

const MAX_DEPTH = 6;
const PIXEL_DATA = 'x7fe00010';

const isPrivate = (tag: string): boolean => {
  const group = parseInt(tag.slice(1, 5), 16);
  return group % 2 === 1 && group > 8 && group !== 0xffff;
};
const formatTag = (tag: string): string => `(${tag.slice(1, 5).toUpperCase()},${tag.slice(5, 9).toUpperCase()})`;

function stringOf(dataSet: DataSet, tag: string): string | undefined {
  try {
    return dataSet.string(tag);
  } catch {
    return undefined;
  }
}

function hasValue(dataSet: DataSet, element: Element): boolean {
  if (element.items !== undefined) return element.items.length > 0;
  if (element.length === 0 || element.length === 0xffffffff) return element.length !== 0;
  const text = stringOf(dataSet, element.tag);
  if (text === undefined) return true;
  return text.replace(/[\s\\^]/gu, '') !== '';
}

/** The profile options the file itself declares as applied, from DeidentificationMethodCodeSequence (0012,0064). */
function declaredOptions(dataSet: DataSet): Set<ProfileOption> {
  const declared = new Set<ProfileOption>();
  for (const item of dataSet.elements.x00120064?.items ?? []) {
    const code = item.dataSet === undefined ? undefined : stringOf(item.dataSet, 'x00080100');
    const option = code === undefined ? undefined : declaredOptionCodes[code.trim()];
    if (option !== undefined) declared.add(option);
  }
  return declared;
}

/**
 * Reads a DICOM file's data set up to the pixel data, so only the header is parsed whatever the image size, and
 * reports what the Basic Application Level Confidentiality Profile would have removed or replaced. dicom-parser
 * reads (a small, widely used, dependency-free parser that can stop at a tag and keeps what it parsed when the
 * bytes run out); fflate inflates the deflated transfer syntax.
 */
export function checkDicom(bytes: Uint8Array): DicomResult {
  let dataSet: DataSet;
  let truncated = false;
  let detail: string | undefined;
  try {
    dataSet = dicomParser.parseDicom(bytes, {
      untilTag: PIXEL_DATA,
      inflater: (array: Uint8Array, position: number) => {
        const inflated = inflateSync(array.subarray(position));
        const full = new Uint8Array(position + inflated.length);
        full.set(array.subarray(0, position));
        full.set(inflated, position);
        return full;
      },
    });
  } catch (error) {
    // dicom-parser throws { exception, dataSet } when the data set itself breaks off: what it read still counts.
    const partial = typeof error === 'object' && error !== null && 'dataSet' in error ? error.dataSet as DataSet | undefined : undefined;
    const cause = typeof error === 'object' && error !== null && 'exception' in error ? error.exception : error;
    detail = cause instanceof Error ? cause.message : String(cause);
    if (partial === undefined || Object.keys(partial.elements).length === 0) return { ok: false, detail: detail.slice(0, 300) };
    dataSet = partial;
    truncated = true;
  }

  const declared = declaredOptions(dataSet);
  const findings: Finding[] = [];
  scanDataSet(dataSet, '', 0, declared, findings);

  const modality = stringOf(dataSet, 'x00080060')?.trim().toUpperCase() ?? '';
  const burnedIn = stringOf(dataSet, 'x00280301')?.trim().toUpperCase();
  if (burnedIn === 'YES') {
    findings.push(finding('dicom_burned_in_annotation_yes', 'high', 'BurnedInAnnotation', { profileOption: 'clean_pixel_data' }));
  } else if (burnedIn === undefined && BURNED_IN_PRONE_MODALITIES.has(modality)) {
    findings.push(finding('dicom_burned_in_annotation_absent', 'medium', `BurnedInAnnotation (Modality ${modality})`, { profileOption: 'clean_pixel_data' }));
  }
  if (stringOf(dataSet, 'x00280302')?.trim().toUpperCase() === 'YES') {
    findings.push(finding('dicom_recognizable_features', 'medium', 'RecognizableVisualFeatures', { profileOption: 'clean_recognizable_visual_features' }));
  }

  const overlayGroups = new Set<string>();
  for (const tag of Object.keys(dataSet.elements)) {
    const group = parseInt(tag.slice(1, 5), 16);
    if (group >= 0x6000 && group <= 0x601e && group % 2 === 0) overlayGroups.add(tag.slice(1, 5).toUpperCase());
  }
  for (const group of overlayGroups) findings.push(finding('dicom_overlay', 'medium', `Overlay (${group},xxxx)`, { profileOption: 'clean_graphics' }));
  if (dataSet.elements.x00700001 !== undefined) {
    findings.push(finding('dicom_overlay', 'medium', 'GraphicAnnotationSequence', { profileOption: 'clean_graphics' }));
  }

  const age = ageInYears(dataSet);
  if (age !== undefined && age.years > 89) findings.push(finding('dicom_age_over_89', 'medium', age.source, { sample: String(age.years) }));

  const reachedPixelData = dataSet.elements[PIXEL_DATA] !== undefined;
  return { ok: true, findings, truncated, reachedPixelData, ...(detail === undefined ? {} : { detail: detail.slice(0, 300) }) };
}

function scanDataSet(dataSet: DataSet, path: string, depth: number, declared: ReadonlySet<ProfileOption>, findings: Finding[]): void {
  const privateBlocks = new Map<string, string>();
  for (const [tag, element] of Object.entries(dataSet.elements)) {
    if (tag === PIXEL_DATA) continue;
    if (isPrivate(tag)) {
      const elementNumber = parseInt(tag.slice(5, 9), 16);
      if (elementNumber < 0x10) continue;
      // Private creators (gggg,0010–00FF) name the blocks; report one finding per block, named by its creator.
      const block = elementNumber <= 0xff ? elementNumber : elementNumber >> 8;
      const key = `${tag.slice(1, 5)}:${block.toString(16)}`;
      if (!privateBlocks.has(key)) {
        const creatorTag = `x${tag.slice(1, 5)}00${block.toString(16).padStart(2, '0')}`;
        privateBlocks.set(key, `${formatTag(`x${tag.slice(1, 5)}${block.toString(16).padStart(2, '0')}xx`)} ${stringOf(dataSet, creatorTag)?.trim() ?? ''}`.trim());
      }
      continue;
    }
    const attribute = attributeByTag.get(tag);
    if (attribute !== undefined && hasValue(dataSet, element)) {
      const value = element.items === undefined ? (stringOf(dataSet, tag)?.trim() ?? '') : '';
      const replaced =
        (attribute.category === 'uid' && GENERATED_UID.test(value)) ||
        (attribute.category !== 'uid' && attribute.category !== 'date' && value !== '' && DUMMY_VALUE.test(value.replace(/\^/gu, '')));
      if (!replaced) {
        const base = categoryFinding[attribute.category];
        const option = categoryOption[attribute.category];
        // An option the file declares as applied keeps these attributes on purpose: still shown, with less weight.
        const severity: Severity = option !== undefined && declared.has(option) ? 'low' : base.severity;
        const sample = element.items === undefined ? mask(value) : `${String(element.items.length)} item(s)`;
        findings.push(
          finding(base.id, severity, `${path}${attribute.keyword}`, {
            ...(sample === '' ? {} : { sample }),
            ...(option === undefined ? {} : { profileOption: option }),
          }),
        );
      }
    }
    if (element.items !== undefined && depth < MAX_DEPTH && attribute === undefined) {
      element.items.forEach((item) => {
        if (item.dataSet !== undefined) scanDataSet(item.dataSet, `${path}${formatTag(tag)} > `, depth + 1, declared, findings);
      });
    }
  }
  for (const location of privateBlocks.values()) {
    const option: ProfileOption = 'retain_safe_private';
    findings.push(finding('dicom_private_tag', declared.has(option) ? 'low' : 'medium', `${path}${location}`, { profileOption: option }));
  }
}

/** The patient's age: PatientAge (nnnY) if present, else from PatientBirthDate and StudyDate. */
function ageInYears(dataSet: DataSet): { years: number; source: string } | undefined {
  const age = stringOf(dataSet, 'x00101010')?.trim();
  const match = age === undefined ? null : /^(\d{3})([DWMY])$/u.exec(age);
  if (match !== null) {
    const years = match[2] === 'Y' ? Number(match[1]) : 0;
    return { years, source: 'PatientAge' };
  }
  const birth = stringOf(dataSet, 'x00100030')?.trim();
  const study = (stringOf(dataSet, 'x00080020') ?? stringOf(dataSet, 'x00080023'))?.trim();
  if (birth === undefined || study === undefined || !/^\d{8}$/u.test(birth) || !/^\d{8}$/u.test(study)) return undefined;
  const years = Math.floor((Number(study) - Number(birth)) / 10_000);
  return years >= 0 && years < 200 ? { years, source: 'PatientBirthDate, StudyDate' } : undefined;
}
