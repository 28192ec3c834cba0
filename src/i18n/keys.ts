import {
  BasisId,
  ChecklistId,
  CitationId,
  EvidenceLevel,
  Owner,
  ReasonId,
  RemedyKind,
  Stage,
  Verdict,
  WarningId,
  assessmentInputSchema,
} from '../rules/schema';
import type { QuestionId, StageId } from '../rules/schema';
import { getQuestion, questions } from '../rules/flow';

/**
 * Locale keys for every id of the decision model, as "namespace:path". Components pass them to i18next's `t`;
 * the locale test walks allRequiredKeys() so that every id has words in every language.
 */

// ---- outcomes ---------------------------------------------------------------------------------------------

export const basisNameKey = <B extends BasisId>(id: B) => `outcomes:basis.${id}.name` as const;
export const basisProvisionsKey = <B extends BasisId>(id: B) => `outcomes:basis.${id}.provisions` as const;
export const basisSummaryKey = <B extends BasisId>(id: B) => `outcomes:basis.${id}.summary` as const;

export const verdictKey = <V extends Verdict>(verdict: V) => `outcomes:verdict.${verdict}` as const;
export const verdictHintKey = <V extends Verdict>(verdict: V) => `outcomes:verdictHint.${verdict}` as const;

export const reasonKey = <R extends ReasonId>(id: R) => `outcomes:reason.${id}` as const;

export const warningTitleKey = <W extends WarningId>(id: W) => `outcomes:warning.${id}.title` as const;
export const warningBodyKey = <W extends WarningId>(id: W) => `outcomes:warning.${id}.body` as const;

export const evidenceKey = <E extends EvidenceLevel>(level: E) => `outcomes:evidence.${level}` as const;
export const evidenceHintKey = <E extends EvidenceLevel>(level: E) => `outcomes:evidenceHint.${level}` as const;

export const stageKey = <S extends StageId>(stage: S) => `outcomes:stage.${stage}` as const;

/** Whether a stage name is confirmed by the guideline or reconstructed by us (see model.md, Stages). */
export const STAGE_CERTAINTIES = ['confirmed', 'reconstructed'] as const;
export type StageCertainty = (typeof STAGE_CERTAINTIES)[number];
export const stageCertaintyKey = <C extends StageCertainty>(certainty: C) =>
  `outcomes:stageCertainty.${certainty}` as const;

// ---- checklist --------------------------------------------------------------------------------------------

export const CHECKLIST_GROUPS = ['before_provision', 'processing', 'publication_agreements', 'after_provision'] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];


export const checklistGroupKey = <G extends ChecklistGroup>(group: G) => `checklist:group.${group}` as const;
export const checklistTitleKey = <C extends ChecklistId>(id: C) => `checklist:item.${id}.title` as const;
export const checklistDetailKey = <C extends ChecklistId>(id: C) => `checklist:item.${id}.detail` as const;
/** Who does a checklist item, as a noun phrase ("提供元", "the provider"). */
export const ownerKey = <O extends Owner>(owner: O) => `checklist:owner.${owner}` as const;

// ---- remedies ---------------------------------------------------------------------------------------------

/**
 * A remedy is worded from ids, never written per case: its changed answers (question and answer labels from
 * questions.json) fill one sentence chosen by its kind and by whether the basis it reaches still has conditions.
 */
export const REMEDY_FITS = ['plain', 'conditional'] as const;
export type RemedyFit = (typeof REMEDY_FITS)[number];
export const remedyFit = (conditional: boolean): RemedyFit => (conditional ? 'conditional' : 'plain');
export const remedySentenceKey = <K extends RemedyKind, F extends RemedyFit>(kind: K, fit: F) =>
  `outcomes:remedy.sentence.${kind}.${fit}` as const;
export const remedyKindKey = <K extends RemedyKind>(kind: K) => `outcomes:remedy.kind.${kind}` as const;
/**
 * The plain words of a remedy for the result's summary: each change the flow declares ("only the provider keeps the
 * correspondence table") and each answer a remedy may assume for a question it opens, as a short clause.
 */
export const remedyPhraseKey = (question: QuestionId, answer: string) => `outcomes:remedy.phrase.${question}.${answer}`;
export const remedyAssumedPhraseKey = (question: QuestionId, answer: string) => `outcomes:remedy.assumedPhrase.${question}.${answer}`;
export const remedyPhraseKeys = (): string[] =>
  questions.flatMap((question) => [
    ...(question.remedy?.possibleTargets ?? []).map((answer) => remedyPhraseKey(question.id, answer)),
    ...(question.assumeFirst === undefined ? [] : question.assumptionOrder.map((answer) => remedyAssumedPhraseKey(question.id, answer))),
  ]);
export const REMEDY_PLAIN_KEYS = ['result:remedies.plain.plain', 'result:remedies.plain.conditional', 'result:remedies.plainAssumes'] as const;
/** The parts a sentence is built from: one changed answer, one assumed answer, the assumptions, an empty answer. */
export const REMEDY_PART_KEYS = [
  'outcomes:remedy.change',
  'outcomes:remedy.assumed',
  'outcomes:remedy.assumes',
  'outcomes:remedy.noAnswer',
] as const;
/** The result page's words around the list of remedies. */
export const REMEDY_SECTION_KEYS = [
  'result:remedies.heading',
  'result:remedies.leadNone',
  'result:remedies.leadConditional',
  'result:remedies.caveat',
  'result:remedies.kindLabel',
] as const;
/** The label a checklist item's owner is shown with ("担当：{{owner}}"). */
export const OWNER_LABEL_KEY = 'result:checklist.owner';

// ---- citations --------------------------------------------------------------------------------------------

export const citationSourceKey = <C extends CitationId>(id: C) => `citations:${id}.source` as const;
export const citationRefKey = <C extends CitationId>(id: C) => `citations:${id}.ref` as const;
export const citationSummaryKey = <C extends CitationId>(id: C) => `citations:${id}.summary` as const;

export const citationKeys = <C extends CitationId>(id: C) =>
  ({ source: citationSourceKey(id), ref: citationRefKey(id), summary: citationSummaryKey(id) }) as const;

// ---- questions --------------------------------------------------------------------------------------------

export const questionTitleKey = <Q extends QuestionId>(question: Q) => `questions:${question}.title` as const;
export const questionHintKey = <Q extends QuestionId>(question: Q) => `questions:${question}.hint` as const;
export const optionLabelKey = <Q extends QuestionId, A extends string>(question: Q, answer: A) =>
  `questions:${question}.options.${answer}` as const;
export const optionHintKey = <Q extends QuestionId, A extends string>(question: Q, answer: A) =>
  `questions:${question}.optionHints.${answer}` as const;

/** Question ids in the schema's order. */
export const QUESTION_IDS = Object.keys(assessmentInputSchema.shape) as QuestionId[];

/** The answer ids of a question, as the rules read them from the schema. */
export const questionOptions = (question: QuestionId): readonly string[] => getQuestion(question).options;

// ---- glossary ---------------------------------------------------------------------------------------------

/** Terms of the in-place glossary (locales/<lng>/glossary.json). */
export const GLOSSARY_TERM_IDS = [
  'kojin_joho_hogo_ho',
  'ppc',
  'kojin_joho',
  'yohairyo',
  'kojin_data',
  'kojin_shikibetsu_fugo',
  'daisansha_teikyo',
  'gaikoku_daisansha',
  'gaiteki_kankyo',
  'opt_out',
  'gakujutsu_kikan',
  'gakujutsu_mokuteki',
  'seihin_kaihatsu',
  'gakujutsu_reigai',
  'koshu_eisei_reigai',
  'kyodo_kenkyu',
  'itaku',
  'kyodo_riyo',
  'kamei_kako',
  'tokumei_kako',
  'sakujo_joho',
  'shikibetsu_kinshi',
  'renraku_kinshi',
  'kohyo',
  'riyo_mokuteki_henko',
  'rinri_shinsa',
  'rinri_shishin',
  'jisedai_iryo_kiban',
  'shinraisei_chosa',
  'pmda',
  'samd',
] as const;
export type GlossaryTermId = (typeof GLOSSARY_TERM_IDS)[number];

export const glossaryTermKey = <G extends GlossaryTermId>(id: G) => `glossary:${id}.term` as const;
export const glossaryDefinitionKey = <G extends GlossaryTermId>(id: G) => `glossary:${id}.definition` as const;

// ---- everything -------------------------------------------------------------------------------------------

/** Every key the app needs, built from the schema's enums, so a new id without words fails the locale test. */
export function allRequiredKeys(): string[] {
  const keys: string[] = [];
  for (const id of BasisId.options) keys.push(basisNameKey(id), basisProvisionsKey(id), basisSummaryKey(id));
  for (const v of Verdict.options) keys.push(verdictKey(v), verdictHintKey(v));
  for (const id of ReasonId.options) keys.push(reasonKey(id));
  for (const id of WarningId.options) keys.push(warningTitleKey(id), warningBodyKey(id));
  for (const level of EvidenceLevel.options) keys.push(evidenceKey(level), evidenceHintKey(level));
  for (const stage of Stage.options) keys.push(stageKey(stage));
  for (const c of STAGE_CERTAINTIES) keys.push(stageCertaintyKey(c));
  for (const g of CHECKLIST_GROUPS) keys.push(checklistGroupKey(g));
  for (const id of ChecklistId.options) keys.push(checklistTitleKey(id), checklistDetailKey(id));
  for (const owner of Owner.options) keys.push(ownerKey(owner));
  for (const kind of RemedyKind.options) {
    keys.push(remedyKindKey(kind));
    for (const fit of REMEDY_FITS) keys.push(remedySentenceKey(kind, fit));
  }
  keys.push(OWNER_LABEL_KEY, ...REMEDY_PART_KEYS, ...REMEDY_SECTION_KEYS, ...REMEDY_PLAIN_KEYS, ...remedyPhraseKeys());
  for (const id of CitationId.options) keys.push(citationSourceKey(id), citationRefKey(id), citationSummaryKey(id));
  for (const q of QUESTION_IDS) {
    keys.push(questionTitleKey(q), questionHintKey(q));
    for (const a of questionOptions(q)) keys.push(optionLabelKey(q, a), optionHintKey(q, a));
  }
  for (const id of GLOSSARY_TERM_IDS) keys.push(glossaryTermKey(id), glossaryDefinitionKey(id));
  return keys;
}
