import type { ParseKeys, TFunction } from 'i18next';

import type { Cite, DocBlock, DocModel } from '../../lib/export/doc-model';
import { DataType, stages } from '../../rules';
import type { Assessment, AssessmentInput, BasisId, DataTypeId, QuestionId, StageId, WarningId } from '../../rules';

/** The `t` a builder receives: fixed to the 'drafts' namespace and to one language. */
export type DraftsT = TFunction<'drafts'>;
export type DraftsKey = ParseKeys<'drafts'>;

/**
 * What a draft knows beyond the answers: the institution profile (name, the office people contact), when one is in
 * effect, and the notes the user wrote on answers still on the path.
 */
export interface DraftContext {
  readonly institutionName?: string | undefined;
  /**
   * For a project's joint-use publication: the other joint users, named, across all its data flows. Absent for a
   * single flow, whose one recipient stays a blank to fill in.
   */
  readonly otherJointUsers?: readonly string[] | undefined;
  readonly contactOffice?: string | undefined;
  readonly contactDetails?: string | undefined;
  readonly notes?: Readonly<Partial<Record<QuestionId, string>>> | undefined;
}

/**
 * A draft is a pure function of the answers, the rules' result, the words and the context: no clock, no storage, no
 * DOM, so the same input gives the same document and tests can read it without rendering anything.
 */
export type DraftBuilder = (answers: AssessmentInput, result: Assessment, t: DraftsT, context?: DraftContext) => DocModel;

/** Places the user must fill in. Each is named once; the notes list them in order of first appearance. */
export interface Blanks {
  named(name: string): string;
  empty(): string;
  names(): readonly string[];
}

export function createBlanks(t: DraftsT): Blanks {
  const seen: string[] = [];
  return {
    named(name) {
      if (!seen.includes(name)) seen.push(name);
      return t('doc.blank', { name });
    },
    empty: () => t('doc.emptyBlank'),
    names: () => [...seen],
  };
}

export const heading = (level: 1 | 2 | 3, text: string): DocBlock => ({ kind: 'heading', level, text });
export const paragraph = (text: string, cite?: Cite): DocBlock => (cite === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, cite });
export const list = (items: readonly string[], ordered = false, cite?: Cite): DocBlock =>
  cite === undefined ? { kind: 'list', ordered, items } : { kind: 'list', ordered, items, cite };
export const table = (header: readonly string[], rows: readonly (readonly string[])[], cite?: Cite): DocBlock =>
  cite === undefined ? { kind: 'table', header, rows } : { kind: 'table', header, rows, cite };

/**
 * The notes that open every draft: what to check before use and which places to fill in. They sit in their own
 * section so the user can delete it from the final text in one go.
 */
export function notesSection(t: DraftsT, notes: readonly string[], blanks: Blanks): DocBlock[] {
  const names = blanks.names();
  return [
    heading(1, t('doc.notesHeading')),
    list(notes),
    ...(names.length > 0 ? [paragraph(t('doc.blanksIntro')), list(names)] : []),
  ];
}

export const draftMeta = (t: DraftsT, result: Assessment): string[] => [
  t('doc.meta.draft'),
  t('doc.meta.rulesVersion', { version: result.rulesVersion }),
];

/** How the creating operator names itself: a hospital says 当院, a university 当機関, a company 当社. */
export type SelfGroup = 'medical' | 'academic' | 'company';

export function selfGroup(providerType: AssessmentInput['providerType']): SelfGroup {
  switch (providerType) {
    case 'academic_non_medical':
      return 'academic';
    case 'company':
      return 'company';
    case 'academic_medical':
    case 'non_academic_medical':
    case undefined:
      return 'medical';
  }
}

export interface SelfTerms {
  /** The operator's name from the institution profile, else the blank for it, e.g. 〔医療機関の名称〕. */
  readonly name: string;
  /** The defined short form, e.g. 当院. */
  readonly short: string;
}

/** A filled-in name is no longer a blank, so it is not listed among the places to fill in. */
export function selfTerms(answers: AssessmentInput, t: DraftsT, blanks: Blanks, context: DraftContext = {}): SelfTerms {
  const group = selfGroup(answers.providerType);
  const known = context.institutionName?.trim() ?? '';
  return { name: known === '' ? blanks.named(t(`doc.self.${group}.name`)) : known, short: t(`doc.self.${group}.short`) };
}

const PSEUDONYMIZING: readonly BasisId[] = ['pseudonymized_joint_use', 'pseudonymized_internal_use'];

/**
 * The stages the published purpose should cover: the assessed stage and, where the same pseudonymized basis stays
 * recommended, the stages that follow it. A purpose published now then covers the planned work through to the
 * approval application instead of needing a new publication at each stage.
 */
export function purposeStages(result: Assessment): StageId[] {
  const basis = result.recommendedBasis;
  const covered: StageId[] = [result.stage];
  if (basis === null || !PSEUDONYMIZING.includes(basis)) return covered;
  for (const entry of result.timeline.slice(stages.indexOf(result.stage) + 1)) {
    if (entry.recommendedBasis !== basis) break;
    covered.push(entry.stage);
  }
  return covered;
}

export const hasWarning = (result: Assessment, id: WarningId): boolean => result.warnings.some((w) => w.id === id);

/** The selected data types, in the schema's order (every draft lists them in the same order). */
export const selectedTypes = (answers: AssessmentInput): DataTypeId[] => DataType.options.filter((type) => answers.dataTypes?.includes(type) === true);

/**
 * The jointly used items, as the publication and the agreement both name them: one wording in one place keeps the
 * published items and the agreed items in step.
 */
export function pseudonymizedItems(answers: AssessmentInput, t: DraftsT, blanks: Blanks): string[] {
  const selected = selectedTypes(answers);
  return [t('doc.items.pseudonym_id'), ...(selected.length > 0 ? selected.map((type) => t(`doc.items.${type}`)) : [blanks.named(t('doc.jointUse.item2NoneBlank'))])];
}

/** The data types by name, for drafts about identifiable data (the research plan, the disclosure notice). */
export function dataTypeNames(answers: AssessmentInput, t: DraftsT, blanks: Blanks): string[] {
  const selected = selectedTypes(answers);
  return selected.length > 0 ? selected.map((type) => t(`doc.processing.types.${type}.name`)) : [blanks.named(t('doc.jointUse.item2NoneBlank'))];
}

/** The purposes per stage the published texts share (publication, agreement, notice). */
export const purposeLines = (result: Assessment, t: DraftsT): string[] => purposeStages(result).map((stage) => t(`doc.stagePurpose.${stage}`));

/**
 * The recipient's name: always a blank, named by the kind of recipient the answers give, as a joint user where the
 * route is joint use and as a recipient otherwise.
 */
export const recipientBlank = (answers: AssessmentInput, t: DraftsT, blanks: Blanks, jointUser = false): string =>
  blanks.named(t(jointUser ? `doc.recipient.${answers.recipientType ?? 'company'}` : `doc.provisionRecipient.${answers.recipientType ?? 'company'}`));

/** Whether the data leaves the provider (a provision, or entrustment: both hand data to another party). */
export const leavesProvider = (answers: AssessmentInput): boolean => answers.recipientType !== undefined && answers.recipientType !== 'same_institution';

/** The provisions each basis rests on, for the paragraphs that name the route. */
export const basisCite: Readonly<Record<BasisId, Cite>> = {
  consent: ['appi_27_1_consent', 'appi_20_2_consent_sensitive'],
  academic_exception: ['appi_27_1_vi_joint_research', 'appi_27_1_vii_academic_recipient', 'appi_18_3_v_vi_academic', 'gl_2_4_academic_exception'],
  public_health_exception: ['appi_27_1_iii_public_health', 'appi_18_3_iii_public_health', 'ppc_faq3_q4_1_public_health'],
  entrustment: ['appi_27_5_i_entrustment', 'appi_25_supervision', 'ppc_q5_26_2_entrustment'],
  personal_data_joint_use: ['appi_27_5_iii_joint_use', 'ppc_q7_51_joint_use_purpose'],
  pseudonymized_joint_use: ['appi_41_6_provision_ban', 'ppc_q14_18_joint_use_items', 'gl_3_2_joint_use'],
  pseudonymized_internal_use: ['appi_41_3_4_purpose', 'appi_41_9_exclusions'],
  statutory_cooperation: ['appi_27_1_iv_statutory', 'gl_ch6_reliability_inspection'],
  anonymized_provision: ['appi_43_44_anonymized'],
  opt_out: ['appi_27_2_opt_out'],
};

/** The answers whose notes a draft quotes (an approval number, why the body is academic, why consent is hard). */
export type NoteQuestion = Extract<QuestionId, 'providerType' | 'recipientType' | 'purpose' | 'jointResearch' | 'dataTypes' | 'consent' | 'publicHealthNeed' | 'foreignRecipient' | 'ethicsReview'>;

/** Which academic exception carries the route: the provider's own use, joint research, or an academic recipient. */
export type AcademicVariant = 'internal' | 'joint' | 'recipient';

export function academicVariant(answers: AssessmentInput): AcademicVariant {
  if (!leavesProvider(answers)) return 'internal';
  const providerAcademic = answers.providerType === 'academic_medical' || answers.providerType === 'academic_non_medical';
  return providerAcademic && answers.jointResearch === 'yes' ? 'joint' : 'recipient';
}

export const academicCite: Readonly<Record<AcademicVariant, Cite>> = {
  internal: ['appi_18_3_v_vi_academic', 'appi_16_8_academic_body'],
  joint: ['appi_27_1_vi_joint_research', 'appi_20_2_v_vi_academic', 'appi_16_8_academic_body'],
  recipient: ['appi_27_1_vii_academic_recipient', 'appi_16_8_academic_body'],
};

/** The provisions a paragraph naming the route cites: for the academic exception, the item these answers use. */
export const routeCite = (basis: BasisId | null, answers: AssessmentInput): Cite =>
  basis === null ? ['ethics_guideline'] : basis === 'academic_exception' ? academicCite[academicVariant(answers)] : basisCite[basis];

/** The user's notes on these answers, as one list item each (their own words, kept as text). */
export function noteItems(context: DraftContext, questions: readonly NoteQuestion[], t: DraftsT): string[] {
  return questions.flatMap((question) => {
    const note = context.notes?.[question]?.trim() ?? '';
    return note === '' ? [] : [t('doc.noteItem', { question: t(`doc.noteQuestion.${question}`), note })];
  });
}

/** Gives every paragraph, list and table of a section the section's sources, where a block names none of its own. */
export const citing = (cite: Cite, blocks: readonly DocBlock[]): DocBlock[] =>
  blocks.map((block) => (block.kind === 'heading' || block.kind === 'checklist' || block.cite !== undefined ? block : { ...block, cite }));
