import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import '../../styles/training.css';
import { evidenceKey } from '../../i18n/keys';
import { applicableQuestions, citations } from '../../rules';
import type { AssessmentInput, CitationId, QuestionId } from '../../rules';
import { CitationLink } from '../citations/citation-link';
import { Icon, type IconShape } from '../result/icons';
import { useQuestionTexts } from '../wizard/question-texts';
import type { Mark } from './grading';
import type { Confidence } from './schema';
import { trainingNamespaces } from './use-training';

const markShape: Readonly<Record<Mark, IconShape>> = { correct: 'check', incorrect: 'cross', not_predicted: 'dash' };

/** Correct / incorrect / not predicted, as a shape and words, never by colour alone. */
export function MarkBadge({ mark }: { mark: Mark }) {
  const { t } = useTranslation(trainingNamespaces);
  return (
    <span className={`training-mark training-mark--${mark}`} data-mark={mark}>
      <Icon shape={markShape[mark]} className="training-mark__icon" />
      <span>{t(`training:compare.mark.${mark}`)}</span>
    </span>
  );
}

/** Each citation as the shared citation button, followed by its evidence level in words. */
export function CitationsWithEvidence({ ids }: { ids: readonly CitationId[] }) {
  const { t } = useTranslation(trainingNamespaces);
  const labelId = useId();
  return (
    <div className="training-citations" role="group" aria-labelledby={labelId}>
      <span className="training-citations__label" id={labelId}>
        {t('training:compare.citations')}
      </span>
      <ul className="training-citations__list">
        {ids.map((id) => (
          <li key={id}>
            <CitationLink id={id} />{' '}
            <span className={`training-evidence training-evidence--${citations[id].level}`}>
              {t('training:compare.evidence', { level: t(evidenceKey(citations[id].level)) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ConfidenceNote({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation(trainingNamespaces);
  return (
    <p className={`training-confidence training-confidence--${confidence}`}>
      {t('training:confidence.value', { level: t(`training:confidence.${confidence}`) })}
    </p>
  );
}

const selectionOf = (input: AssessmentInput, id: QuestionId): readonly string[] => {
  const value = input[id];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
};

/** A case's input as the wizard's questions and answers, in the order the wizard asks them. */
export function FactsList({ input }: { input: AssessmentInput }) {
  const { t } = useTranslation(trainingNamespaces);
  const texts = useQuestionTexts();
  return (
    <dl className="training-facts">
      {applicableQuestions(input).map((id) => {
        const labels = selectionOf(input, id).map((answer) => texts.option(id, answer));
        return (
          <div className="training-facts__row" key={id}>
            <dt>{texts.title(id)}</dt>
            <dd>
              {labels.length === 0 ? t('training:case.factsNone') : null}
              {labels.length === 1 ? labels[0] : null}
              {labels.length > 1 ? (
                <ul className="training-facts__answers">
                  {labels.map((label) => (
                    <li key={label}>{label}</li>
                  ))}
                </ul>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Narratives are plain text; a blank line starts a new paragraph. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/u).map((paragraph, index) => (
        // Paragraphs of a fixed text never reorder, so the index is a stable key.
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}
