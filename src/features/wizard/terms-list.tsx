import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuestionId } from '../../rules';
import { GlossaryTerm } from '../glossary/glossary-term';
import { questionTerms } from './question-terms';

/** "Terms used here": the glossary terms a question relies on, each explained in place. */
export function TermsList({ questionId }: { questionId: QuestionId }) {
  const { t } = useTranslation('wizard');
  const headingId = useId();
  const terms = questionTerms[questionId];
  if (terms.length === 0) return null;
  return (
    <section className="terms" aria-labelledby={headingId}>
      <h2 className="terms__heading" id={headingId}>
        {t('question.termsHeading')}
      </h2>
      <p className="terms__hint">{t('question.termsHint')}</p>
      <ul className="terms__list">
        {terms.map((termId) => (
          <li key={termId}>
            <GlossaryTerm termId={termId} />
          </li>
        ))}
      </ul>
    </section>
  );
}
