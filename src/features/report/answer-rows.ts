import type jaQuestions from '../../../locales/ja/questions.json';
import { applicableQuestions, pruneAnswers } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';
import { notesOnPath } from '../assessments/notes';
import type { AnswerNotes } from '../assessments/notes';
import type { ReportT } from './namespaces';

type Questions = typeof jaQuestions;
type OptionKey = { [Q in QuestionId]: `questions:${Q}.options.${keyof Questions[Q]['options'] & string}` }[QuestionId];

export interface AnswerRow {
  readonly question: QuestionId;
  readonly title: string;
  /** The labels of the answers given; empty for a multi-select answered with none. */
  readonly labels: readonly string[];
  /** The person's note on the answer, as typed; absent when there is none. */
  readonly note?: string;
}

/**
 * Every answered question on the path, in the order asked, with the answers in words. Answers off the path (which
 * cannot change the result) are left out, as the rules leave them out, and so are their notes. Answer ids reach here only after the zod
 * schema accepted them, and tests/i18n proves each has a label, which makes the key cast safe.
 */
export function answerRows(answers: AssessmentInput, t: ReportT, notes?: AnswerNotes): AnswerRow[] {
  const kept = pruneAnswers(answers);
  const shown = notesOnPath(kept, notes);
  return applicableQuestions(kept).flatMap((question) => {
    const value = kept[question];
    if (value === undefined) return [];
    const ids: readonly string[] = typeof value === 'string' ? [value] : value;
    const note = shown[question];
    return [
      {
        question,
        title: t(`questions:${question}.title`),
        labels: ids.map((answer) => t(`questions:${question}.options.${answer}` as OptionKey)),
        ...(note === undefined ? {} : { note }),
      },
    ];
  });
}

/** One answer cell as text: labels one per line, or the word for "none". */
export const answerText = (row: AnswerRow, t: ReportT): string =>
  row.labels.length === 0 ? t('report:answers.none') : row.labels.join('\n');
