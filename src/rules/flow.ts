import { assessmentInputSchema } from './schema';
import type { AssessmentInput, QuestionId, RemedyKind } from './schema';
import { isAcademicBody, isExternalProvision, isMedicalInstitution } from './facts';

export type QuestionKind = 'single' | 'multi';

/**
 * How a question may change in a remedy. Only answers a user can act on are declared: facts about the project
 * (where the data comes from, whose it is, what is built, the purpose, the stage, the data types, what already
 * happened, the provider's sector) never change, so they declare nothing.
 */
export interface RemedyChange {
  readonly kind: RemedyKind;
  /** The answers worth trying instead of the current one, read from the answers so far; [] when none. */
  readonly targets: (answers: AssessmentInput) => readonly string[];
  /** Every answer `targets` can give: the words of each are written once (a plain phrase per target). */
  readonly possibleTargets: readonly string[];
}

export interface Question {
  readonly id: QuestionId;
  readonly kind: QuestionKind;
  readonly options: readonly string[];
  /**
   * Whether the question is on the path, given the answers to EARLIER questions only. An earlier answer that is
   * still missing counts as "may apply", so the path length is an honest upper estimate while answers come in.
   */
  readonly appliesWhen: (answers: AssessmentInput) => boolean;
  readonly remedy?: RemedyChange;
  /**
   * The answer a remedy assumes first when its change opens this question (it was not asked before): the one
   * that claims the least, so a remedy never quietly assumes joint research or a public body.
   */
  readonly assumeFirst?: string;
  /**
   * The answers a remedy tries, in order, when its change opens this question: `assumeFirst`, then the other
   * options. Empty for a multi-select question: no remedy assumes a set of answers it was never told.
   */
  readonly assumptionOrder: readonly string[];
}

const always = (): boolean => true;

/** Provision to an outside operator (not internal use, not the regulator) or not yet known. */
const mayProvideToOperator = (a: AssessmentInput): boolean =>
  a.recipientType === undefined || isExternalProvision(a.recipientType);

const optionsOf = (id: QuestionId): readonly string[] => {
  const field = assessmentInputSchema.shape[id].def.innerType;
  return field.type === 'array' ? field.def.element.options : field.options;
};

const question = (
  id: QuestionId,
  appliesWhen: (answers: AssessmentInput) => boolean = always,
  extra: Pick<Question, 'remedy' | 'assumeFirst'> = {},
): Question => {
  const multi = assessmentInputSchema.shape[id].def.innerType.type === 'array';
  const options = optionsOf(id);
  const { assumeFirst } = extra;
  const leastFirst = assumeFirst === undefined ? options : [assumeFirst, ...options.filter((option) => option !== assumeFirst)];
  const assumptionOrder = multi ? [] : leastFirst;
  return { id, kind: multi ? 'multi' : 'single', options, appliesWhen, assumptionOrder, ...extra };
};

/** A provider that is not a medical institution, giving data to another operator (read by a remedy, not a gate). */
const nonMedicalProviderGivingToOperator = (a: AssessmentInput): boolean =>
  a.providerType !== undefined && !isMedicalInstitution(a.providerType) && mayProvideToOperator(a);

/** A remedy that moves one answer to a fixed set of others. */
const moveTo = (kind: RemedyKind, from: (answers: AssessmentInput) => boolean, to: readonly string[]): RemedyChange => ({
  kind,
  targets: (answers) => (from(answers) ? to : []),
  possibleTargets: to,
});

/**
 * The questions in the order they are asked. Each predicate reads earlier answers only; flow.test.ts proves it.
 * Why each gate: guideline-reference.md §8.1 and §10 list the inputs; a question is asked only where its answer
 * can change a verdict, a checklist item or a warning.
 */
export const questions: readonly Question[] = [
  question('dataOrigin'),
  question('dataSubjects'),
  question('productKind'),
  // Restructure: the guideline's model needs a medical institution to create 仮名加工情報 from its own care data
  // (§2.6, ch.6); a university department or a company that gives data to another operator can ask the hospital
  // to be the provider. Inside one institution, or towards the regulator, another provider is another project.
  question(
    'providerType',
    always,
    { remedy: moveTo('restructure', nonMedicalProviderGivingToOperator, ['academic_medical', 'non_academic_medical']) },
  ),
  // Art. 58: a public body treated as a private operator keeps the public-sector rules for disclosure and
  // anonymization (§10.4). A company is never a public body in this sense.
  question('providerSector', (a) => a.providerType !== 'company', { assumeFirst: 'private' }),
  question('recipientType'),
  question('purpose'),
  // 27(1)(vi) needs joint research, and only an academic-body provider can use it (§2.4). Asked for every
  // purpose, so that product-only work labelled as joint research can be flagged (§8.3).
  question(
    'jointResearch',
    (a) => mayProvideToOperator(a) && (a.providerType === undefined || isAcademicBody(a.providerType)),
    { remedy: moveTo('action', (a) => a.jointResearch === 'no', ['yes']), assumeFirst: 'no' },
  ),
  question('stage'),
  // Creating 仮名加工情報 first is something the provider can do; processed data cannot be made identifiable again.
  question('dataState', always, { remedy: moveTo('action', (a) => a.dataState === 'identifiable', ['pseudonymized']) }),
  question('dataTypes'),
  // Consent decides nothing for 仮名加工情報 (Art. 41(6)) or 匿名加工情報 (Arts. 43–44).
  question(
    'consent',
    (a) => (a.dataState === undefined || a.dataState === 'identifiable'),
    { remedy: moveTo('action', (a) => a.consent === 'difficult', ['obtainable']) },
  ),
  // The public-health exception needs consent to be difficult to obtain (§2.5).
  question(
    'publicHealthNeed',
    (a) =>
      (a.dataState === undefined || a.dataState === 'identifiable') &&
      (a.consent === undefined || a.consent === 'difficult'),
  ),
  question(
    'recipientOwnUse',
    (a) => mayProvideToOperator(a),
    { remedy: moveTo('action', (a) => a.recipientOwnUse === 'yes' || a.recipientOwnUse === 'partly', ['no']) },
  ),
  question(
    'keyHolder',
    (a) => mayProvideToOperator(a) && a.dataState !== 'anonymized',
    { remedy: moveTo('action', (a) => a.keyHolder === 'recipient_too', ['provider_only']) },
  ),
  question(
    'foreignRecipient',
    (a) => mayProvideToOperator(a),
    { remedy: moveTo('action', (a) => a.foreignRecipient === 'other_country', ['adequate_country', 'conforming_system']) },
  ),
  // Data kept on servers abroad is handled in a foreign country even when nobody else handles it (§10.3).
  question('foreignStorage'),
  question('provisionStatus', (a) => mayProvideToOperator(a)),
  question('laterNeeds'),
  question('ethicsReview'),
];

export const questionIds: readonly QuestionId[] = questions.map((q) => q.id);

const byId = new Map(questions.map((q) => [q.id, q]));

export function getQuestion(id: QuestionId): Question {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`Unknown question id: ${id}`);
  return found;
}

/**
 * Keeps only the answers to questions on the path, walking the questions in order so that an answer whose
 * question no longer applies (after an earlier answer changed) is dropped with everything that hung on it.
 */
export function pruneAnswers(input: AssessmentInput): AssessmentInput {
  const kept: Record<string, unknown> = {};
  for (const q of questions) {
    const value = input[q.id];
    if (value !== undefined && q.appliesWhen(kept)) kept[q.id] = value;
  }
  return kept;
}

/** The ordered ids of the questions on the current path (answered ones and those still to come). */
export function applicableQuestions(input: AssessmentInput): QuestionId[] {
  const kept = pruneAnswers(input);
  return questions.filter((q) => q.appliesWhen(kept)).map((q) => q.id);
}

/** The next question to ask, or null when every question on the path has an answer. */
export function nextQuestion(input: AssessmentInput): QuestionId | null {
  const kept = pruneAnswers(input);
  const next = questions.find((q) => kept[q.id] === undefined && q.appliesWhen(kept));
  return next?.id ?? null;
}

/** The question before `id` on the current path, for a Back link; null for the first question. */
export function previousQuestion(input: AssessmentInput, id: QuestionId): QuestionId | null {
  const path = applicableQuestions(input);
  const index = path.indexOf(id);
  return index > 0 ? (path[index - 1] ?? null) : null;
}
