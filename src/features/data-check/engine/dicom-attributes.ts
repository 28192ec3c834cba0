import type { ProfileOption } from './types';

/** How an attribute of the profile's table is treated, and so which finding it gives when still present. */
export type AttributeCategory =
  | 'direct'
  | 'date'
  | 'institution'
  | 'staff'
  | 'device'
  | 'description'
  | 'structured'
  | 'uid'
  | 'characteristic';

export interface ProfileAttribute {
  readonly tag: string;
  readonly keyword: string;
  readonly category: AttributeCategory;
}

/**
 * The option of the profile under which each category may be kept (PS3.15 Table E.1-1's option columns). Direct
 * identifiers and staff names have none: the basic profile always removes or replaces them.
 */
export const categoryOption: Readonly<Record<AttributeCategory, ProfileOption | undefined>> = {
  direct: undefined,
  staff: undefined,
  date: 'retain_longitudinal_temporal',
  institution: 'retain_institution_identity',
  device: 'retain_device_identity',
  description: 'clean_descriptors',
  structured: 'clean_structured_content',
  uid: 'retain_uids',
  characteristic: 'retain_patient_characteristics',
};

const a = (tag: string, keyword: string, category: AttributeCategory): ProfileAttribute => ({ tag: `x${tag.replace(',', '').toLowerCase()}`, keyword, category });

/**
 * A selection of PS3.15 Annex E Table E.1-1 (Application Level Confidentiality Profile Attributes): the attributes
 * that carry identifying content in ordinary clinical images, not all of the table's several hundred rows (many of
 * which are rare or retired). Tags as in PS3.6.
 */
export const profileAttributes: readonly ProfileAttribute[] = [
  // Patient
  a('0010,0010', 'PatientName', 'direct'),
  a('0010,0020', 'PatientID', 'direct'),
  a('0010,0021', 'IssuerOfPatientID', 'institution'),
  a('0010,0030', 'PatientBirthDate', 'direct'),
  a('0010,0032', 'PatientBirthTime', 'direct'),
  a('0010,0033', 'PatientBirthDateInAlternativeCalendar', 'direct'),
  a('0010,0050', 'PatientInsurancePlanCodeSequence', 'direct'),
  a('0010,1000', 'OtherPatientIDs', 'direct'),
  a('0010,1001', 'OtherPatientNames', 'direct'),
  a('0010,1002', 'OtherPatientIDsSequence', 'direct'),
  a('0010,1005', 'PatientBirthName', 'direct'),
  a('0010,1040', 'PatientAddress', 'direct'),
  a('0010,1060', 'PatientMotherBirthName', 'direct'),
  a('0010,1090', 'MedicalRecordLocator', 'direct'),
  a('0010,2154', 'PatientTelephoneNumbers', 'direct'),
  a('0010,2150', 'CountryOfResidence', 'direct'),
  a('0010,2152', 'RegionOfResidence', 'direct'),
  a('0010,2297', 'ResponsiblePerson', 'direct'),
  a('0010,2299', 'ResponsibleOrganization', 'direct'),
  a('0038,0010', 'AdmissionID', 'direct'),
  a('0038,0400', 'PatientInstitutionResidence', 'direct'),
  a('0040,1102', 'PersonAddress', 'direct'),
  a('0040,1103', 'PersonTelephoneNumbers', 'direct'),
  a('0010,2160', 'EthnicGroup', 'characteristic'),
  a('0010,2180', 'Occupation', 'characteristic'),
  a('0010,21f0', 'PatientReligiousPreference', 'characteristic'),
  a('0010,1010', 'PatientAge', 'characteristic'),
  a('0010,0040', 'PatientSex', 'characteristic'),
  a('0010,1020', 'PatientSize', 'characteristic'),
  a('0010,1030', 'PatientWeight', 'characteristic'),
  a('0010,21c0', 'PregnancyStatus', 'characteristic'),
  a('0010,21a0', 'SmokingStatus', 'characteristic'),
  a('0010,2000', 'MedicalAlerts', 'description'),
  a('0010,2110', 'Allergies', 'description'),
  a('0010,21b0', 'AdditionalPatientHistory', 'description'),
  a('0010,4000', 'PatientComments', 'description'),
  // Study, series, instance: dates and times
  a('0008,0012', 'InstanceCreationDate', 'date'),
  a('0008,0013', 'InstanceCreationTime', 'date'),
  a('0008,0020', 'StudyDate', 'date'),
  a('0008,0021', 'SeriesDate', 'date'),
  a('0008,0022', 'AcquisitionDate', 'date'),
  a('0008,0023', 'ContentDate', 'date'),
  a('0008,002a', 'AcquisitionDateTime', 'date'),
  a('0008,0030', 'StudyTime', 'date'),
  a('0008,0031', 'SeriesTime', 'date'),
  a('0008,0032', 'AcquisitionTime', 'date'),
  a('0008,0033', 'ContentTime', 'date'),
  a('0008,0201', 'TimezoneOffsetFromUTC', 'date'),
  a('0040,0244', 'PerformedProcedureStepStartDate', 'date'),
  a('0040,0245', 'PerformedProcedureStepStartTime', 'date'),
  a('0040,0250', 'PerformedProcedureStepEndDate', 'date'),
  a('0040,0251', 'PerformedProcedureStepEndTime', 'date'),
  // Orders and identifiers of the encounter
  a('0008,0050', 'AccessionNumber', 'direct'),
  a('0020,0010', 'StudyID', 'direct'),
  a('0040,0253', 'PerformedProcedureStepID', 'direct'),
  a('0040,1001', 'RequestedProcedureID', 'direct'),
  a('0040,0009', 'ScheduledProcedureStepID', 'direct'),
  a('0040,0275', 'RequestAttributesSequence', 'direct'),
  a('0008,1120', 'ReferencedPatientSequence', 'direct'),
  // Institution and staff
  a('0008,0080', 'InstitutionName', 'institution'),
  a('0008,0081', 'InstitutionAddress', 'institution'),
  a('0008,0082', 'InstitutionCodeSequence', 'institution'),
  a('0008,1040', 'InstitutionalDepartmentName', 'institution'),
  a('0008,0090', 'ReferringPhysicianName', 'staff'),
  a('0008,0092', 'ReferringPhysicianAddress', 'staff'),
  a('0008,0094', 'ReferringPhysicianTelephoneNumbers', 'staff'),
  a('0008,009c', 'ConsultingPhysicianName', 'staff'),
  a('0008,1048', 'PhysiciansOfRecord', 'staff'),
  a('0008,1050', 'PerformingPhysicianName', 'staff'),
  a('0008,1060', 'NameOfPhysiciansReadingStudy', 'staff'),
  a('0008,1070', 'OperatorsName', 'staff'),
  a('0032,1032', 'RequestingPhysician', 'staff'),
  a('0040,0006', 'ScheduledPerformingPhysicianName', 'staff'),
  a('0040,a075', 'VerifyingObserverName', 'staff'),
  a('0040,a123', 'PersonName', 'staff'),
  // Devices
  a('0008,1010', 'StationName', 'device'),
  a('0018,1000', 'DeviceSerialNumber', 'device'),
  a('0018,1002', 'DeviceUID', 'device'),
  a('0018,1004', 'PlateID', 'device'),
  a('0018,1007', 'CassetteID', 'device'),
  a('0018,1008', 'GantryID', 'device'),
  a('0018,700a', 'DetectorID', 'device'),
  // Descriptions and free text
  a('0008,1030', 'StudyDescription', 'description'),
  a('0008,103e', 'SeriesDescription', 'description'),
  a('0008,1080', 'AdmittingDiagnosesDescription', 'description'),
  a('0008,2111', 'DerivationDescription', 'description'),
  a('0018,1030', 'ProtocolName', 'description'),
  a('0020,4000', 'ImageComments', 'description'),
  a('0032,1033', 'RequestingService', 'description'),
  a('0032,1060', 'RequestedProcedureDescription', 'description'),
  a('0032,4000', 'StudyComments', 'description'),
  a('0038,0300', 'CurrentPatientLocation', 'description'),
  a('0038,0500', 'PatientState', 'description'),
  a('0040,0254', 'PerformedProcedureStepDescription', 'description'),
  a('0040,0280', 'CommentsOnThePerformedProcedureStep', 'description'),
  a('0040,a730', 'ContentSequence', 'structured'),
  // UIDs
  a('0008,0018', 'SOPInstanceUID', 'uid'),
  a('0020,000d', 'StudyInstanceUID', 'uid'),
  a('0020,000e', 'SeriesInstanceUID', 'uid'),
  a('0020,0052', 'FrameOfReferenceUID', 'uid'),
  a('0008,0014', 'InstanceCreatorUID', 'uid'),
  a('0008,3010', 'IrradiationEventUID', 'uid'),
  a('0088,0140', 'StorageMediaFileSetUID', 'uid'),
  a('0020,0200', 'SynchronizationFrameOfReferenceUID', 'uid'),
];

export const attributeByTag: ReadonlyMap<string, ProfileAttribute> = new Map(profileAttributes.map((attribute) => [attribute.tag, attribute]));

/**
 * De-identification method codes (PS3.16 CID 7050) that declare an option was applied: a file carrying one keeps
 * the matching attributes on purpose, so those findings are lowered to "low" and say the option is declared.
 */
export const declaredOptionCodes: Readonly<Record<string, ProfileOption>> = {
  '113101': 'clean_pixel_data',
  '113102': 'clean_recognizable_visual_features',
  '113103': 'clean_graphics',
  '113104': 'clean_structured_content',
  '113105': 'clean_descriptors',
  '113106': 'retain_longitudinal_temporal',
  '113107': 'retain_longitudinal_temporal',
  '113108': 'retain_patient_characteristics',
  '113109': 'retain_device_identity',
  '113110': 'retain_uids',
  '113111': 'retain_safe_private',
  '113112': 'retain_institution_identity',
};

/** Modalities whose images often carry text in the pixels (ultrasound, screen captures, angiography, endoscopy…). */
export const BURNED_IN_PRONE_MODALITIES: ReadonlySet<string> = new Set(['US', 'SC', 'XA', 'RF', 'ES', 'XC', 'OT', 'GM', 'IVUS', 'DOC']);
