import { useTranslation } from 'react-i18next';

import type jaQuestions from '../../../locales/ja/questions.json';
import type { QuestionId } from '../../rules';

type Questions = typeof jaQuestions;
type OptionOf<Q extends QuestionId> = keyof Questions[Q]['options'] & string;
type OptionKey = { [Q in QuestionId]: `${Q}.options.${OptionOf<Q>}` }[QuestionId];
type OptionHintKey = { [Q in QuestionId]: `${Q}.optionHints.${OptionOf<Q>}` }[QuestionId];

export interface QuestionTexts {
  title(question: QuestionId): string;
  hint(question: QuestionId): string;
  option(question: QuestionId, answer: string): string;
  optionHint(question: QuestionId, answer: string): string;
}

/**
 * The words of the questions. Answer ids come from the rules as plain strings; tests/i18n/locales.test.ts proves
 * every (question, answer) pair has a label and a hint in both languages, which is what makes the casts below safe.
 */
export function useQuestionTexts(): QuestionTexts {
  const { t } = useTranslation('questions');
  return {
    title: (question) => t(`${question}.title`),
    hint: (question) => t(`${question}.hint`),
    option: (question, answer) => t(`${question}.options.${answer}` as OptionKey),
    optionHint: (question, answer) => t(`${question}.optionHints.${answer}` as OptionHintKey),
  };
}
