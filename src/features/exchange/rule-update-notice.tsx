import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { rulesVersion } from '../../rules';
import type { QuestionId } from '../../rules';
import { withUserText } from '../report/user-text';
import { useQuestionTexts } from '../wizard/question-texts';
import { allowedAnswers } from './rule-update';
import type { RemovedAnswer } from './rule-update';

/** Words for answers that earlier rule sets allowed and the current one removed (their labels left questions.json). */
const oldAnswerKeys: Readonly<Partial<Record<QuestionId, Readonly<Record<string, 'ruleUpdate.oldAnswer.foreignRecipient.yes'>>>>> = {
  foreignRecipient: { yes: 'ruleUpdate.oldAnswer.foreignRecipient.yes' },
};

/** The `common` key wording a removed answer, or undefined for one without words (then its id is shown). */
export const oldAnswerKey = (entry: RemovedAnswer) => oldAnswerKeys[entry.question]?.[entry.answer];

export interface RuleUpdateNoticeProps {
  /** The rule set the answers were written under, as a file or link named it (so shown as text from outside). */
  readonly from: string;
  /** Answers that no longer exist and are still to be chosen again. */
  readonly removed: readonly RemovedAnswer[];
  /** Questions the current rules added that are still to be answered. */
  readonly added?: readonly QuestionId[];
}

/**
 * Tells the person that the rules changed since their answers were written, and what that means for them: each
 * removed answer, naming the question and the answers it allows now, the new questions still to answer, and that
 * every other answer is kept. Used wherever answers from an earlier rule set arrive: saved assessments, imported
 * files, share links, submissions under review and training sets.
 */
export function RuleUpdateNotice({ from, removed, added = [] }: RuleUpdateNoticeProps) {
  const { t } = useTranslation('common');
  const texts = useQuestionTexts();
  const id = useId();
  const oldAnswer = (entry: RemovedAnswer) => {
    const key = oldAnswerKey(entry);
    return key === undefined ? entry.answer : t(key);
  };
  return (
    // A note named by its title, so it can be found (and read) as one piece wherever it appears.
    <div className="notice notice--warning rule-update" role="note" aria-labelledby={`${id}-title`} data-notice="rule-update">
      <p className="rule-update__title" id={`${id}-title`}>
        <strong>{t('ruleUpdate.title')}</strong>
      </p>
      <p>{withUserText((slots) => t('ruleUpdate.versions', slots), { from, current: rulesVersion })}</p>
      {removed.map((entry) => (
        <div key={entry.question} className="rule-update__removed" data-removed={entry.question}>
          <p>{t('ruleUpdate.removed', { question: texts.title(entry.question), answer: oldAnswer(entry) })}</p>
          <p id={`${id}-${entry.question}`}>{t('ruleUpdate.allowed')}</p>
          <ul aria-labelledby={`${id}-${entry.question}`}>
            {allowedAnswers(entry.question).map((answer) => (
              <li key={answer}>{texts.option(entry.question, answer)}</li>
            ))}
          </ul>
        </div>
      ))}
      {added.length === 0 ? null : (
        <>
          <p id={`${id}-added`}>{t('ruleUpdate.added')}</p>
          <ul className="rule-update__added" aria-labelledby={`${id}-added`}>
            {added.map((question) => (
              <li key={question}>{texts.title(question)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('ruleUpdate.kept')}</p>
    </div>
  );
}
