import type { TFunction } from 'i18next';

import type { AssessmentInput, Owner, StepTiming } from '../../rules';
import type { resultNamespaces } from './namespaces';

type ResultT = TFunction<typeof resultNamespaces>;
type PartyType = 'medical' | 'academic' | 'business' | 'regulator' | 'same_institution';

const partyTypeOf = (operator: NonNullable<AssessmentInput['recipientType']>): PartyType => {
  switch (operator) {
    case 'academic_medical':
    case 'non_academic_medical':
      return 'medical';
    case 'academic_non_medical':
      return 'academic';
    case 'company':
      return 'business';
    case 'regulator':
    case 'same_institution':
      return operator;
  }
};

/** Data that stays inside the institution (or goes to the regulator) is used, not provided to a partner. */
const staysWithHolder = (answers: AssessmentInput): boolean => answers.recipientType === 'same_institution';

/**
 * Who does a step, in the words of the user's own project: "the medical institution providing the data", "the
 * company receiving the data", "the principal investigator", instead of the checklist's abstract roles.
 */
export function ownerWords(owner: Owner, answers: AssessmentInput, t: ResultT): string {
  const { providerType, recipientType } = answers;
  const provider =
    providerType === undefined
      ? t('checklist:owner.provider')
      : t(staysWithHolder(answers) ? 'result:party.holder' : 'result:party.provider', { type: t(`result:party.type.${partyTypeOf(providerType)}`) });
  const recipient =
    recipientType === undefined
      ? t('checklist:owner.recipient')
      : recipientType === 'same_institution'
        ? t('result:party.type.same_institution')
        : t('result:party.recipient', { type: t(`result:party.type.${partyTypeOf(recipientType)}`) });
  switch (owner) {
    case 'provider':
      return provider;
    case 'recipient':
      return recipient;
    case 'both':
      return t('result:party.both', { provider, recipient });
    case 'researcher':
      return t('result:party.researcher');
  }
}

/** When a step falls due, worded for use inside the institution where nothing is provided. */
export function timingWords(timing: StepTiming, answers: AssessmentInput, t: ResultT): string {
  if (staysWithHolder(answers)) {
    if (timing === 'before_provision') return t('result:timing.before_use');
    if (timing === 'after_provision') return t('result:timing.after_use');
  }
  return t(`result:timing.${timing}`);
}
