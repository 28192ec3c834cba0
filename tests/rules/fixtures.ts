import type { AssessmentInput } from '../../src/rules';
import scenarioFile from '../fixtures/scenarios.json';

export interface Scenario {
  readonly id: string;
  readonly title: { readonly ja: string; readonly en: string };
  readonly input: AssessmentInput;
  readonly expect: {
    readonly inScope: boolean;
    readonly recommendedBasis: string | null | readonly (string | null)[];
    readonly verdicts: Readonly<Record<string, string | readonly string[]>>;
    readonly checklistIncludes: readonly string[];
    readonly warningsInclude: readonly string[];
  };
  readonly confidence: string;
}

export const scenarios = scenarioFile.scenarios as unknown as readonly Scenario[];

/**
 * A complete input for the guideline's central case: a university hospital providing identifiable CT data to a
 * company in Japan for product development, consent impractical. Tests override what they examine.
 */
export const centralCase: AssessmentInput = {
  dataOrigin: 'clinical_care',
  dataSubjects: 'includes_living',
  productKind: 'diagnostic_ai_software',
  providerType: 'academic_medical',
  providerSector: 'private',
  recipientType: 'company',
  purpose: 'product_only',
  jointResearch: 'no',
  stage: 'development',
  dataState: 'identifiable',
  dataTypes: ['dicom_images'],
  consent: 'difficult',
  publicHealthNeed: 'no',
  recipientOwnUse: 'yes',
  keyHolder: 'provider_only',
  foreignRecipient: 'no',
  foreignStorage: 'no',
  provisionStatus: 'not_yet',
  laterNeeds: [],
  ethicsReview: 'approved',
};

export const withAnswers = (overrides: AssessmentInput): AssessmentInput => ({ ...centralCase, ...overrides });
