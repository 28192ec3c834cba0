import { useTranslation } from 'react-i18next';

import '../../styles/report.css';
import type { AssessmentInput } from '../../rules';
import type { AnswerNotes } from '../assessments/notes';
import { answerRows } from './answer-rows';
import { reportNamespaces } from './namespaces';

/** Every answered question on the path, in words, with its note: what a share link or an imported file holds. */
export function AnswerSummary({ answers, notes }: { answers: AssessmentInput; notes?: AnswerNotes | undefined }) {
  const { t } = useTranslation(reportNamespaces);
  const rows = answerRows(answers, t, notes);
  if (rows.length === 0) return <p>{t('report:answers.noAnswers')}</p>;
  return (
    <dl className="answer-summary" aria-label={t('report:answers.label')}>
      {rows.map((row) => (
        <div className="answer-summary__row" key={row.question} data-question={row.question}>
          <dt className="answer-summary__question">{row.title}</dt>
          <dd className="answer-summary__answer">
            {row.labels.length === 0 ? t('report:answers.none') : null}
            {row.labels.length === 1 ? row.labels[0] : null}
            {row.labels.length > 1 ? (
              <ul className="answer-summary__list">
                {row.labels.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            ) : null}
            {row.note === undefined ? null : (
              <p className="answer-summary__note user-text">
                <span className="answer-summary__note-label">{t('report:answers.noteLabel')}</span>
                {row.note}
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
