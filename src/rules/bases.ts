import { isAcademicBody, isInternalUse, isMedicalInstitution, isToRegulator, stagePhase } from './facts';
import { BasisId } from './schema';
import type { NonEmpty, ReasonId, StageId, Verdict } from './schema';
import type { Situation } from './situation';
import { isOutsideAppi } from './situation';

/** A basis's fit before one of them is chosen as the recommendation. */
export type FitVerdict = Exclude<Verdict, 'recommended'>;
export interface Fit {
  readonly verdict: FitVerdict;
  readonly reasons: NonEmpty<ReasonId>;
}

const fit = (verdict: FitVerdict, ...reasons: NonEmpty<ReasonId>): Fit => ({ verdict, reasons });

/** The situation at one stage: the timeline asks the same answers at every stage. */
export type StagedSituation = Situation & { readonly atStage: StageId };

/** Art. 28: a recipient abroad in a country that is not EEA/UK and without a Rule 16 system (§10.2). */
const toOtherCountry = (s: StagedSituation): boolean => s.foreignRecipient === 'other_country';

/** Research between medical institutions, or inside one, for academic aims only (§10.7; PPC Q7-24, Q2-15). */
export const hospitalCaseResearch = (s: Situation): boolean =>
  s.purpose === 'academic_only' &&
  isMedicalInstitution(s.provider) &&
  (isInternalUse(s.recipient) || (!isToRegulator(s.recipient) && isMedicalInstitution(s.recipient)));

/** Shared gates: bases that only concern a provision to another operator. */
function notAProvision(s: StagedSituation): Fit | null {
  if (isInternalUse(s.recipient)) return fit('not_applicable', 'no_provision_internal');
  if (isToRegulator(s.recipient)) return fit('not_applicable', 'provision_to_regulator_only');
  return null;
}

// R1: consent (Art. 18(1), 20(2), 27(1)); closed for processed data.
function consent(s: StagedSituation): Fit {
  switch (s.dataState) {
    case 'anonymized':
      return fit('not_applicable', 'consent_not_needed_for_anonymized');
    case 'pseudonymized':
      return fit('not_applicable', 'consent_not_route_for_pseudonymized');
    case 'identifiable':
      switch (s.consent) {
        // Consent to a recipient abroad must be consent to provision to a foreign third party, given after the
        // Rule 17 information (Art. 28(1)(2); PPC Q12-1, Q12-14).
        case 'obtained':
          return toOtherCountry(s)
            ? fit('conditional', 'consent_obtained_covers_use', 'consent_foreign_third_party')
            : fit('acceptable', 'consent_obtained_covers_use');
        case 'obtainable':
          return toOtherCountry(s)
            ? fit('conditional', 'consent_obtainable', 'consent_foreign_third_party')
            : fit('conditional', 'consent_obtainable');
        case 'difficult':
        case undefined:
          return fit('not_appropriate', 'consent_impractical');
      }
  }
}

// R2: academic research exceptions (§2.4, §2.6 table; PPC Q11-6).
function academicException(s: StagedSituation): Fit {
  if (s.dataState === 'anonymized') return fit('not_applicable', 'academic_not_for_anonymized');
  if (isToRegulator(s.recipient)) return fit('not_applicable', 'provision_to_regulator_only');
  const failures: ReasonId[] = [];
  if (s.purpose === 'product_only') failures.push('product_only_not_academic');
  if (s.dataState === 'pseudonymized') failures.push('academic_exceptions_closed_for_pseudonymized');
  const providerAcademic = isAcademicBody(s.provider);

  // A coexisting product purpose is fine only while the research is genuinely academic: joint research aimed at
  // commercial conversion needs consent (PPC Q11-6; §10.6). So the exception is never outright then.
  const usable = (route: ReasonId): Fit =>
    s.purpose === 'academic_and_product' ? fit('conditional', route, 'academic_genuine_aim_required') : fit('acceptable', route);

  if (isInternalUse(s.recipient)) {
    if (!providerAcademic) failures.push('provider_not_academic');
    const [first, ...rest] = failures;
    return first === undefined ? usable('academic_internal_use') : fit('not_appropriate', first, ...rest);
  }

  const [first, ...rest] = failures;
  if (first !== undefined) return fit('not_appropriate', first, ...rest);
  // Provider-side route: an academic provider in joint research, Art. 27(1)(vi).
  if (providerAcademic && s.jointResearch === true) return usable('academic_joint_research_provision');
  // Recipient-side route: any provider to an academic body that needs it for its research, Art. 27(1)(vii).
  if (isAcademicBody(s.recipient)) return usable('academic_recipient_side_route');
  return fit('not_appropriate', providerAcademic ? 'no_joint_research' : 'provider_not_academic');
}

// R3: public-health exception: possible, never the recommendation (§2.6 table).
function publicHealthException(s: StagedSituation): Fit {
  if (s.dataState !== 'identifiable') return fit('not_applicable', 'public_health_not_for_pseudonymized');
  if (isToRegulator(s.recipient)) return fit('not_applicable', 'provision_to_regulator_only');
  if (s.consent !== 'difficult') return fit('not_appropriate', 'public_health_requires_consent_difficulty');
  switch (s.publicHealthNeed) {
    case 'yes':
      return hospitalCaseResearch(s)
        ? fit('conditional', 'public_health_hospital_case_research')
        : fit('conditional', 'public_health_possible_case_by_case');
    case 'unsure':
      return fit('inconclusive', 'public_health_need_unsure');
    case 'no':
    case undefined:
      return fit('not_appropriate', 'public_health_need_absent');
  }
}

// R4: entrustment works only for work done for the provider (§2.6 table; PPC Q5-26-2).
function entrustment(s: StagedSituation): Fit {
  const gate = notAProvision(s);
  if (gate) return gate;
  if (s.dataState === 'anonymized') return fit('not_applicable', 'anonymized_statutory_route');
  const failures: ReasonId[] = [];
  if (s.recipientOwnUse === 'yes') failures.push('entrustment_fails_own_use');
  // Improving the vendor's own general models is use for itself, outside entrustment; whether improvement that
  // serves only the provider's task is allowed is open (PPC Q5-26-2, Q7-42/43; §10.10).
  if (s.recipientOwnUse === 'partly') failures.push('entrustment_fails_partly_own_use');
  // Entrusting to a third party abroad needs Art. 28(1) consent unless Rule 15 or 16 applies (PPC Q12-1).
  if (toOtherCountry(s)) failures.push('entrustment_foreign_needs_art_28');
  const [first, ...rest] = failures;
  return first === undefined ? fit('acceptable', 'entrustment_for_provider_work_only') : fit('not_appropriate', first, ...rest);
}

// R5: joint use of personal data stays within the care purpose (§2.6 table; PPC Q7-51).
function personalDataJointUse(s: StagedSituation): Fit {
  const gate = notAProvision(s);
  if (gate) return gate;
  if (s.dataState !== 'identifiable') return fit('not_applicable', 'personal_joint_use_not_for_processed_data');
  return toOtherCountry(s)
    ? fit('not_appropriate', 'personal_joint_use_outside_acquisition_purpose', 'personal_joint_use_foreign_needs_art_28')
    : fit('not_appropriate', 'personal_joint_use_outside_acquisition_purpose');
}

// R6, R8, R10: pseudonymized joint use, the guideline's route for product development (ch.6).
function pseudonymizedJointUse(s: StagedSituation): Fit {
  const gate = notAProvision(s);
  if (gate) return gate;
  if (s.dataState === 'anonymized') return fit('not_applicable', 'pseudonymized_not_for_anonymized');
  if (s.keyHolder === 'recipient_too') return fit('not_appropriate', 'pseudonymized_joint_use_key_at_recipient');
  const open: ReasonId[] = [];
  if (!isMedicalInstitution(s.provider)) open.push('pseudonymized_joint_use_needs_medical_creator');
  // EEA/UK or a Rule 16 recipient: both readings of Art. 41(6) with Art. 28 agree it works as at home (§10.2).
  if (toOtherCountry(s)) open.push('pseudonymized_joint_use_foreign_unsettled');
  const phase = stagePhase(s.atStage);
  if (phase === 'regulatory_review' || phase === 'post_market') open.push('pseudonymized_joint_use_stage_unconfirmed');
  const [first, ...rest] = open;
  if (first !== undefined) return fit('inconclusive', first, ...rest);
  // Usable, with what the answers add to its conditions: data already sent before publication had no basis, and
  // genome sequences that are 個人識別符号 cannot travel in 仮名加工情報 at all (§3.1).
  const caveats: ReasonId[] = [];
  if (s.provisionStatus === 'provided_without_publication') caveats.push('pseudonymized_joint_use_publish_first');
  if (s.dataTypes.has('genome')) caveats.push('pseudonymized_joint_use_excludes_genome_sequences');
  return caveats.length > 0
    ? fit('conditional', 'pseudonymized_joint_use_model_route', 'pseudonymized_joint_use_purpose_free', ...caveats)
    : fit('acceptable', 'pseudonymized_joint_use_model_route', 'pseudonymized_joint_use_purpose_free');
}

// Internal use after a purpose change (Art. 41(3)(4)(9)).
function pseudonymizedInternalUse(s: StagedSituation): Fit {
  if (!isInternalUse(s.recipient)) return fit('not_applicable', 'internal_use_only');
  if (s.dataState === 'anonymized') return fit('not_applicable', 'pseudonymized_not_for_anonymized');
  return fit('acceptable', 'internal_purpose_change_allowed');
}

// R7: cooperation with the regulator's statutory duties (Art. 27(1)(iv)); the review stage is the anchor.
function statutoryCooperation(s: StagedSituation): Fit {
  if (isToRegulator(s.recipient)) {
    // 仮名加工情報 may leave only "as required by laws" (Art. 41(6)); whether a PMDA inspection is such a case
    // is decided by no PPC or MHLW text (§10.1).
    if (s.dataState === 'pseudonymized') return fit('inconclusive', 'statutory_pseudonymized_to_regulator_open');
    return stagePhase(s.atStage) === 'regulatory_review'
      ? fit('acceptable', 'statutory_reliability_inspection')
      : fit('inconclusive', 'statutory_other_stage_unconfirmed');
  }
  const sourceDocumentsLater = s.laterNeeds.has('regulator_source_check') || stagePhase(s.atStage) === 'regulatory_review';
  return fit('not_applicable', sourceDocumentsLater ? 'statutory_source_documents_later' : 'statutory_only_for_regulator');
}

// R9: 匿名加工情報 (Arts. 43–44): lawful, not the guideline's model.
function anonymizedProvision(s: StagedSituation): Fit {
  if (isInternalUse(s.recipient) || isToRegulator(s.recipient)) {
    return fit('not_applicable', 'anonymized_not_for_internal_or_regulator');
  }
  // A public body keeps the public-sector rules for anonymized information (Art. 125(2)): Arts 43–44 are not its
  // route (§10.4).
  if (s.providerSector === 'public_body') return fit('not_appropriate', 'anonymized_public_body_procedure');
  return s.dataState === 'anonymized'
    ? fit('conditional', 'anonymized_statutory_route')
    : fit('conditional', 'anonymized_alternative_loses_traceability');
}

// Art. 27(2) proviso: never for 要配慮個人情報, which clinical data is.
function optOut(s: StagedSituation): Fit {
  if (s.dataState !== 'identifiable') return fit('not_applicable', 'opt_out_not_relevant');
  if (isInternalUse(s.recipient)) return fit('not_applicable', 'no_provision_internal');
  return fit('not_appropriate', 'opt_out_barred_for_sensitive');
}

/** One assessor per basis, in model.md's order; the Record type makes the compiler demand all ten. */
const appiBasisAssessors: Readonly<Record<BasisId, (s: StagedSituation) => Fit>> = {
  consent,
  academic_exception: academicException,
  public_health_exception: publicHealthException,
  entrustment,
  personal_data_joint_use: personalDataJointUse,
  pseudonymized_joint_use: pseudonymizedJointUse,
  pseudonymized_internal_use: pseudonymizedInternalUse,
  statutory_cooperation: statutoryCooperation,
  anonymized_provision: anonymizedProvision,
  opt_out: optOut,
};

// Data of deceased patients only is not personal information (Art. 2(1); §10.5): no APPI basis is needed or used.
const outsideAppi = (): Fit => fit('not_applicable', 'deceased_not_personal_information');

export const basisAssessors: Readonly<Record<BasisId, (s: StagedSituation) => Fit>> = Object.fromEntries(
  BasisId.options.map((basis) => [basis, (s: StagedSituation) => (isOutsideAppi(s) ? outsideAppi() : appiBasisAssessors[basis](s))]),
) as Record<BasisId, (s: StagedSituation) => Fit>;

/**
 * The order in which bases are considered for the recommendation. Personal-data joint use and opt-out never
 * appear, nor the public-health exception for any purpose that includes product development: the guideline never
 * recommends them (§2.6 table).
 */
export function recommendationOrder(s: StagedSituation): readonly BasisId[] {
  if (isToRegulator(s.recipient)) return ['statutory_cooperation', 'consent'];
  const phase = stagePhase(s.atStage);
  const academicFirst = phase === 'academic_dominant' || s.purpose === 'academic_only';
  // Case research among or inside medical institutions for academic aims only: the public-health exception is an
  // ordinary route where no academic exception fits (PPC Q7-24, Q2-15; §10.7). Never for product purposes (§2.6).
  const publicHealth: readonly BasisId[] = hospitalCaseResearch(s) ? ['public_health_exception'] : [];
  if (isInternalUse(s.recipient)) {
    return academicFirst
      ? ['consent', 'academic_exception', ...publicHealth, 'pseudonymized_internal_use']
      : ['consent', 'pseudonymized_internal_use', 'academic_exception'];
  }
  if (s.dataState === 'anonymized') return ['anonymized_provision'];
  // Pseudonymized joint use leads only where the guideline's model applies: a medical institution creating
  // 仮名加工情報 from its own care data (§2.6, ch.6). For other providers its open status must not hide an
  // academic exception that fits (§2.6 table: joint research with a coexisting product purpose).
  return academicFirst || !isMedicalInstitution(s.provider)
    ? ['consent', 'entrustment', 'academic_exception', ...publicHealth, 'pseudonymized_joint_use']
    : ['consent', 'entrustment', 'pseudonymized_joint_use', 'academic_exception'];
}

/**
 * The first basis in order that fits. An inconclusive basis ahead of it stops the search: the guideline does
 * not decide that case, and recommending a lower-ranked basis would hide the open question.
 */
export function chooseRecommendation(order: readonly BasisId[], fits: Readonly<Record<BasisId, Fit>>): BasisId | null {
  for (const basis of order) {
    const { verdict } = fits[basis];
    if (verdict === 'acceptable' || verdict === 'conditional') return basis;
    if (verdict === 'inconclusive') return null;
  }
  return null;
}
