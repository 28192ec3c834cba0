import { assessmentInputSchema } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import centralCaseJson from '../fixtures/central-case.json';
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
 * company in Japan for product development, consent impractical. Tests override what they examine. Kept as JSON so
 * the end-to-end tests read the same case.
 */
export const centralCase: AssessmentInput = assessmentInputSchema.parse(centralCaseJson);

export const withAnswers = (overrides: AssessmentInput): AssessmentInput => ({ ...centralCase, ...overrides });
