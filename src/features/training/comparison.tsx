import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '../../routing/paths';
import { basisNameKey, basisProvisionsKey, verdictHintKey, verdictKey } from '../../i18n/keys';
import type { Assessment, BasisVerdict } from '../../rules';
import { useAssessmentsApi } from '../assessments/store-context';
import { ReasonList } from '../result/basis-card';
import { VerdictBadge } from '../result/verdict-badge';
import { WarningsSection } from '../result/warnings-section';
import { grade } from './grading';
import type { BasisPrediction } from './grading';
import { casePath, trainingPaths } from './paths';
import { CitationsWithEvidence, MarkBadge, Paragraphs } from './parts';
import type { TrainingScenario } from './schema';
import type { Attempt, SetSource } from './store';
import { trainingNamespaces, useContentLanguage } from './use-training';

function useBasisName() {
  const { t } = useTranslation(trainingNamespaces);
  return (basis: BasisPrediction) => (basis === 'none' ? t('training:predict.none') : t(basisNameKey(basis)));
}

/** One basis's verdict in the answer key: the badge, what it means, the reasons and their sources. */
function VerdictDetail({ entry }: { entry: BasisVerdict }) {
  const { t } = useTranslation(trainingNamespaces);
  return (
    <>
      <p className="training-verdict__hint">{t(verdictHintKey(entry.verdict))}</p>
      <p className="training-verdict__provisions">{t('result:recommended.provisions', { provisions: t(basisProvisionsKey(entry.basis)) })}</p>
      <h5 className="training-verdict__why">{t('training:compare.why')}</h5>
      <ReasonList reasons={entry.reasons} />
      <CitationsWithEvidence ids={entry.citations} />
    </>
  );
}

function ModelRecommendation({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(trainingNamespaces);
  const recommended = assessment.bases.find((entry) => entry.basis === assessment.recommendedBasis);
  if (recommended !== undefined) {
    return (
      <div className="training-recommended" data-basis={recommended.basis}>
        <p className="training-recommended__name">
          <strong>{t(basisNameKey(recommended.basis))}</strong> <VerdictBadge verdict={recommended.verdict} />
        </p>
        <VerdictDetail entry={recommended} />
      </div>
    );
  }
  const open = assessment.bases.filter((entry) => entry.verdict === 'inconclusive');
  return (
    <div className="training-recommended training-recommended--none" data-basis="none">
      <p className="training-recommended__name">
        <strong>{t('training:compare.noneTitle')}</strong>
      </p>
      <p>{open.length > 0 ? t('training:compare.noneUndecided') : t('training:compare.noneNothingFits')}</p>
      {open.length > 0 ? (
        <>
          <h4>{t('training:compare.openBasesHeading')}</h4>
          <ul className="training-open-bases">
            {open.map((entry) => (
              <li key={entry.basis}>
                <p>
                  <strong>{t(basisNameKey(entry.basis))}</strong> <VerdictBadge verdict={entry.verdict} />
                </p>
                <ReasonList reasons={entry.reasons} />
                <CitationsWithEvidence ids={entry.citations} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

interface ComparisonProps {
  source: SetSource;
  scenario: TrainingScenario;
  assessment: Assessment;
  attempt: Attempt;
  next: TrainingScenario | undefined;
  /** Move focus to the heading on mount: true right after submitting, false when revisiting an answered case. */
  takeFocus: boolean;
  onAgain: () => void;
}

/** The answer key beside the learner's prediction, marked per prediction, then the warnings and the lesson. */
export function Comparison({ source, scenario, assessment, attempt, next, takeFocus, onAgain }: ComparisonProps) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  const basisName = useBasisName();
  const navigate = useNavigate();
  const assessments = useAssessmentsApi();
  const headingId = useId();
  const teachingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const result = grade(assessment, attempt);

  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  const workThrough = () => {
    assessments.getState().assessmentImported({
      name: t('training:compare.wizardName', { title: scenario.title[lng] }),
      answers: scenario.input,
      ticks: [],
    });
    void navigate(paths.check);
  };

  return (
    <>
      <section className="training-section training-compare" aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('training:compare.heading')}
        </h2>
        <ul className="training-score">
          <li>
            {t('training:compare.basisScore', { mark: t(`training:compare.mark.${result.basisMark}`) })}
          </li>
          <li>
            {result.verdictsPredicted === 0
              ? t('training:compare.verdictScoreNone')
              : t('training:compare.verdictScore', { predicted: result.verdictsPredicted, correct: result.verdictsCorrect })}
          </li>
        </ul>

        <h3>{t('training:compare.basisHeading')}</h3>
        <dl className="training-answer" data-mark={result.basisMark}>
          <div className="training-answer__row">
            <dt>{t('training:compare.yourAnswer')}</dt>
            <dd>
              {basisName(attempt.basis)} <MarkBadge mark={result.basisMark} />
            </dd>
          </div>
          <div className="training-answer__row">
            <dt>{t('training:compare.modelAnswer')}</dt>
            <dd>{basisName(assessment.recommendedBasis ?? 'none')}</dd>
          </div>
        </dl>
        <ModelRecommendation assessment={assessment} />

        <h3>{t('training:compare.verdictsHeading')}</h3>
        <ul className="training-verdicts">
          {result.verdicts.map(({ entry, predicted, mark }) => (
            <li
              className="training-verdict"
              key={entry.basis}
              aria-labelledby={`${headingId}-${entry.basis}`}
              data-basis={entry.basis}
              data-verdict={entry.verdict}
              data-mark={mark}
            >
              <h4 className="training-verdict__name" id={`${headingId}-${entry.basis}`}>
                {t(basisNameKey(entry.basis))}
              </h4>
              <dl className="training-answer">
                <div className="training-answer__row">
                  <dt>{t('training:compare.yourVerdict')}</dt>
                  <dd>
                    {predicted === null ? t('training:predict.noPrediction') : t(verdictKey(predicted))} <MarkBadge mark={mark} />
                  </dd>
                </div>
                <div className="training-answer__row">
                  <dt>{t('training:compare.modelVerdict')}</dt>
                  <dd>
                    <VerdictBadge verdict={entry.verdict} />
                  </dd>
                </div>
              </dl>
              <VerdictDetail entry={entry} />
            </li>
          ))}
        </ul>
      </section>

      <WarningsSection warnings={assessment.warnings} />

      <section className="training-section training-teaching" aria-labelledby={teachingId}>
        <h2 id={teachingId}>{t('training:compare.teachingHeading')}</h2>
        <Paragraphs text={scenario.teachingPoint[lng]} />
      </section>

      <div className="training-actions">
        <div>
          <button type="button" className="button" aria-describedby={`${headingId}-wizard-hint`} onClick={workThrough}>
            {t('training:compare.wizardButton')}
          </button>
          <p className="hint" id={`${headingId}-wizard-hint`}>
            {t('training:compare.wizardHint')}
          </p>
        </div>
        <button type="button" className="button button--secondary" onClick={onAgain}>
          {t('training:compare.again')}
        </button>
        <ul className="training-actions__links">
          {next === undefined ? null : (
            <li>
              <Link to={casePath(source, next.id)}>{t('training:compare.next', { title: next.title[lng] })}</Link>
            </li>
          )}
          <li>
            <Link to={trainingPaths.summary}>{t('training:compare.summaryLink')}</Link>
          </li>
          <li>
            <Link to={trainingPaths.library}>{t('training:compare.libraryLink')}</Link>
          </li>
        </ul>
      </div>
    </>
  );
}
