import type { ParseKeys, TFunction } from 'i18next';

import type { DocBlock, DocModel } from '../../lib/export/doc-model';
import { stages } from '../../rules';
import type { Assessment, AssessmentInput, BasisId, StageId, WarningId } from '../../rules';

/** The `t` a builder receives: fixed to the 'drafts' namespace and to one language. */
export type DraftsT = TFunction<'drafts'>;
export type DraftsKey = ParseKeys<'drafts'>;

/** What a draft knows beyond the answers: the institution profile's name, when one is in effect. */
export interface DraftContext {
  readonly institutionName?: string | undefined;
  /**
   * For a project's joint-use publication: the other joint users, named, across all its data flows. Absent for a
   * single flow, whose one recipient stays a blank to fill in.
   */
  readonly otherJointUsers?: readonly string[] | undefined;
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
export const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', text });
export const list = (items: readonly string[], ordered = false): DocBlock => ({ kind: 'list', ordered, items });
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): DocBlock => ({ kind: 'table', header, rows });

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
