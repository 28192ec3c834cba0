import type jaQuestions from '../../../locales/ja/questions.json';
import { basisNameKey, checklistTitleKey, ownerKey, reasonKey, verdictKey, warningTitleKey } from '../../i18n/keys';
import type { BasisId, QuestionId, Remedy, Verdict } from '../../rules';
import { oldAnswerKey } from '../exchange/rule-update-notice';
import type { RemovedAnswer } from '../exchange/rule-update';
import type { AssessmentChange } from './diff';
import type { ReviewT } from './namespaces';
import type { ReviewMark } from './schema';
import type { Examination, FingerprintCheck, RulesCheck, SnapshotCheck } from './submission';

type Questions = typeof jaQuestions;
type OptionKey = { [Q in QuestionId]: `questions:${Q}.options.${keyof Questions[Q]['options'] & string}` }[QuestionId];

/**
 * Words for the review, shared by the pages and the memo so both say the same thing. Each function takes the `t`
 * of the caller (a hook's in components, a fixed language's in tests) and stays pure.
 */
export const questionTitle = (t: ReviewT, question: QuestionId): string => t(`questions:${question}.title`);

/**
 * The labels of an answer. Answer ids come from the rules' schema as strings; the locale test proves every
 * (question, answer) pair has a label, which is what makes the cast safe.
 */
export function answerLabels(t: ReviewT, question: QuestionId, value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const ids = typeof value === 'string' ? [value] : value;
  return ids.map((answer) => t(`questions:${question}.options.${answer}` as OptionKey));
}

/** A submitted answer that the current rules removed, in words (its label is no longer among the questions'). */
export function removedAnswerText(t: ReviewT, entry: RemovedAnswer): string {
  const key = oldAnswerKey(entry);
  return key === undefined ? entry.answer : t(`common:${key}`);
}

/**
 * What the answer list says under an answer that is not simply the submitter's: one the current rules removed, or
 * one they did not ask and the result assumes as rule set 1 did. Null for an ordinary answer.
 */
export function answerNote(t: ReviewT, examination: Examination, question: QuestionId): string | null {
  const removed = examination.removed.find((entry) => entry.question === question);
  if (removed !== undefined) return t('review:answers.removed', { answer: removedAnswerText(t, removed) });
  if (examination.assumed.includes(question)) return t('review:answers.assumed', { version: examination.submittedRulesVersion });
  return null;
}

/** One line for a memo or a table cell; "none selected" for an empty multi-select answer. */
export function answerText(t: ReviewT, question: QuestionId, value: string | readonly string[] | undefined): string {
  const labels = answerLabels(t, question, value);
  return labels.length === 0 ? t('review:answers.none') : labels.join(t('review:listSeparator'));
}

export const basisName = (t: ReviewT, basis: BasisId | null): string =>
  basis === null ? t('review:diff.noBasis') : t(basisNameKey(basis));

const verdictName = (t: ReviewT, verdict: Verdict | null): string =>
  verdict === null ? t('review:diff.noVerdict') : t(verdictKey(verdict));

export const markName = (t: ReviewT, mark: ReviewMark | null): string => {
  if (mark === null) return t('review:marks.none');
  switch (mark) {
    case 'acceptable':
      return t('review:marks.acceptable');
    case 'needs_clarification':
      return t('review:marks.needs_clarification');
    case 'not_acceptable':
      return t('review:marks.not_acceptable');
  }
};

/** A remedy in one line: the basis it makes usable (and its verdict then), by which changed answers. */
export function remedyText(t: ReviewT, remedy: Remedy): string {
  const changes = remedy.changes
    .map((change) => t('review:diff.remedyChange', { question: questionTitle(t, change.question), answer: answerText(t, change.question, change.answer) }))
    .join(t('review:listSeparator'));
  return t('review:diff.remedy', { basis: t(basisNameKey(remedy.basis)), verdict: t(verdictKey(remedy.verdict)), changes });
}

export function changeText(t: ReviewT, change: AssessmentChange): string {
  switch (change.kind) {
    case 'recommended_basis':
      return t('review:diff.recommendedBasis', { before: basisName(t, change.before), after: basisName(t, change.after) });
    case 'verdict':
      return t('review:diff.verdict', {
        basis: t(basisNameKey(change.basis)),
        before: verdictName(t, change.before),
        after: verdictName(t, change.after),
      });
    case 'checklist_added':
      return t('review:diff.checklistAdded', { item: t(checklistTitleKey(change.id)) });
    case 'checklist_removed':
      return t('review:diff.checklistRemoved', { item: t(checklistTitleKey(change.id)) });
    case 'warning_added':
      return t('review:diff.warningAdded', { warning: t(warningTitleKey(change.id)) });
    case 'warning_removed':
      return t('review:diff.warningRemoved', { warning: t(warningTitleKey(change.id)) });
    case 'checklist_owner':
      return t('review:diff.checklistOwner', {
        item: t(checklistTitleKey(change.id)),
        before: t(ownerKey(change.before)),
        after: t(ownerKey(change.after)),
      });
    case 'remedy_added':
      return t('review:diff.remedyAdded', { remedy: remedyText(t, change.remedy) });
    case 'remedy_removed':
      return t('review:diff.remedyRemoved', { remedy: remedyText(t, change.remedy) });
  }
}

/** Status word and sentence for the fingerprint check; the word carries the meaning without colour. */
export function fingerprintTexts(t: ReviewT, check: FingerprintCheck): { status: string; text: string } {
  switch (check.kind) {
    case 'match':
      return { status: t('review:check.status.ok'), text: t('review:check.fingerprint.match', { fingerprint: check.fingerprint }) };
    case 'mismatch':
      return {
        status: t('review:check.status.problem'),
        text: t('review:check.fingerprint.mismatch', { declared: check.declared, computed: check.computed }),
      };
    case 'absent':
      return { status: t('review:check.status.unchecked'), text: t('review:check.fingerprint.absent') };
    case 'project':
      return { status: t('review:check.status.unchecked'), text: t('review:check.fingerprint.project') };
  }
}

export function rulesTexts(t: ReviewT, check: RulesCheck): { status: string; text: string } {
  switch (check.kind) {
    case 'same':
      return { status: t('review:check.status.ok'), text: t('review:check.rules.same', { version: check.version }) };
    case 'superseded':
      return {
        status: t('review:check.status.changed'),
        text: t('review:check.rules.superseded', { submitted: check.submitted, current: check.current }),
      };
    case 'different':
      return {
        status: t('review:check.status.changed'),
        text: t('review:check.rules.different', { submitted: check.submitted, current: check.current }),
      };
  }
}

export function snapshotTexts(t: ReviewT, check: SnapshotCheck): { status: string; text: string } {
  switch (check.kind) {
    case 'absent':
      return { status: t('review:check.status.unchecked'), text: t('review:check.snapshot.absent') };
    case 'not_comparable':
      return { status: t('review:check.status.unchecked'), text: t('review:check.snapshot.notComparable') };
    case 'answer_removed':
      return {
        status: t('review:check.status.unchecked'),
        text: t('review:check.snapshot.answerRemoved', {
          questions: check.questions.map((question) => t('review:quoted', { text: questionTitle(t, question) })).join(t('review:listSeparator')),
        }),
      };
    case 'same':
      return { status: t('review:check.status.ok'), text: t('review:check.snapshot.same') };
    case 'differs':
      return { status: t('review:check.status.changed'), text: t('review:check.snapshot.differs', { n: check.changes.length }) };
  }
}

export const reasonsText = (t: ReviewT, reasons: readonly Parameters<typeof reasonKey>[0][]): string =>
  reasons.map((reason) => t(reasonKey(reason))).join('\n');
