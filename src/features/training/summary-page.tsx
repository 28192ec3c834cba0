import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { PageHeading } from '../../components/ui/page-heading';
import { basisNameKey } from '../../i18n/keys';
import { evaluate } from '../../rules';
import { grade, modelBasis } from './grading';
import type { BasisPrediction, Grade } from './grading';
import { builtInLibrary } from './library';
import { casePath, trainingPaths } from './paths';
import { MarkBadge } from './parts';
import type { TrainingScenario, TrainingSet } from './schema';
import type { Attempt, SetSource } from './store';
import { useTrainingApi, useTrainingState } from './store-context';
import { TrainingStorageNotices } from './storage-notices';
import { trainingNamespaces, useContentLanguage } from './use-training';
import { ConfirmPrompt } from '../../components/ui/confirm-prompt';

interface Row {
  readonly scenario: TrainingScenario;
  readonly attempt: Attempt;
  readonly model: BasisPrediction;
  readonly grade: Grade;
}

/** Answered cases of a set, in the set's order, marked against `evaluate` now. */
function rowsOf(set: TrainingSet, source: SetSource, attempts: readonly Attempt[]): Row[] {
  return set.scenarios.flatMap((scenario): Row[] => {
    const attempt = attempts.find((a) => a.source === source && a.scenarioId === scenario.id);
    if (attempt === undefined) return [];
    const assessment = evaluate(scenario.input);
    return [{ scenario, attempt, model: modelBasis(assessment), grade: grade(assessment, attempt) }];
  });
}

function SetScore({ source, set, rows }: { source: SetSource; set: TrainingSet; rows: readonly Row[] }) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  const headingId = useId();
  const name = (basis: BasisPrediction) => (basis === 'none' ? t('training:predict.none') : t(basisNameKey(basis)));
  const basisCorrect = rows.filter((row) => row.grade.basisMark === 'correct').length;
  const predicted = rows.reduce((sum, row) => sum + row.grade.verdictsPredicted, 0);
  const verdictsCorrect = rows.reduce((sum, row) => sum + row.grade.verdictsCorrect, 0);

  return (
    <section className="training-section training-set-score" aria-labelledby={headingId} data-set={source}>
      <h2 id={headingId}>{set.title[lng]}</h2>
      <dl className="training-stats">
        <div className="training-stats__item" data-stat="answered">
          <dt>{t('training:summary.answered')}</dt>
          <dd>{t('training:summary.answeredValue', { answered: rows.length, total: set.scenarios.length })}</dd>
        </div>
        <div className="training-stats__item" data-stat="basis">
          <dt>{t('training:summary.basisCorrect')}</dt>
          <dd>{t('training:summary.basisCorrectValue', { correct: basisCorrect, answered: rows.length })}</dd>
        </div>
        <div className="training-stats__item" data-stat="verdicts">
          <dt>{t('training:summary.verdictsCorrect')}</dt>
          <dd>{t('training:summary.verdictsCorrectValue', { correct: verdictsCorrect, predicted })}</dd>
        </div>
      </dl>
      {rows.length === 0 ? null : (
        <div className="training-table-wrap">
          <table className="training-table">
            <caption>{t('training:summary.tableCaption', { title: set.title[lng] })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training:summary.col.case')}</th>
                <th scope="col">{t('training:summary.col.yours')}</th>
                <th scope="col">{t('training:summary.col.model')}</th>
                <th scope="col">{t('training:summary.col.basis')}</th>
                <th scope="col">{t('training:summary.col.verdicts')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.scenario.id} data-scenario={row.scenario.id}>
                  <th scope="row">
                    <Link to={casePath(source, row.scenario.id)}>
                      {row.scenario.id} {row.scenario.title[lng]}
                    </Link>
                  </th>
                  <td>{name(row.attempt.basis)}</td>
                  <td>{name(row.model)}</td>
                  <td>
                    <MarkBadge mark={row.grade.basisMark} />
                  </td>
                  <td>
                    {row.grade.verdictsPredicted === 0 ? (
                      <MarkBadge mark="not_predicted" />
                    ) : (
                      t('training:summary.verdictsCell', { correct: row.grade.verdictsCorrect, predicted: row.grade.verdictsPredicted })
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Reset asks first, inline; afterwards a focused status message says it is done. */
function ResetProgress({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation(trainingNamespaces);
  const store = useTrainingApi();
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('training:summary.reset')}
      </button>
    );
  }
  return (
    <ConfirmPrompt
      question={t('training:summary.resetConfirm')}
      confirmLabel={t('training:summary.resetYes')}
      cancelLabel={t('training:summary.resetNo')}
      onConfirm={() => {
        store.getState().progressReset();
        setConfirming(false);
        onReset();
      }}
      onCancel={() => {
        setConfirming(false);
      }}
    />
  );
}

/** '/training/summary': the score per set and per case, with a reset. */
export function SummaryPage() {
  const { t } = useTranslation(trainingNamespaces);
  usePageTitle(t('training:summary.title'));
  const attempts = useTrainingState((state) => state.attempts);
  const custom = useTrainingState((state) => state.customSet);
  const [resetDone, setResetDone] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (resetDone) doneRef.current?.focus();
  }, [resetDone]);

  const libraryRows = rowsOf(builtInLibrary, 'library', attempts);
  const customRows = custom === null ? [] : rowsOf(custom, 'custom', attempts);
  const answered = libraryRows.length + customRows.length;

  return (
    <article className="training-page training-summary">
      <BackLink to={trainingPaths.library}>{t('training:case.back')}</BackLink>
      <PageHeading>{t('training:summary.title')}</PageHeading>
      <p className="lead">{t('training:summary.lead')}</p>
      <TrainingStorageNotices />
      <div role="status" className="status-message">
        {resetDone ? (
          <p className="notice notice--success" tabIndex={-1} ref={doneRef}>
            {t('training:summary.resetDone')}
          </p>
        ) : null}
      </div>
      {answered === 0 ? (
        <>
          <p>{t('training:summary.empty')}</p>
          <p>
            <Link to={trainingPaths.library}>{t('training:summary.startLink')}</Link>
          </p>
        </>
      ) : null}
      <SetScore source="library" set={builtInLibrary} rows={libraryRows} />
      {custom === null ? null : <SetScore source="custom" set={custom} rows={customRows} />}
      {answered === 0 ? null : (
        <ResetProgress
          onReset={() => {
            setResetDone(true);
          }}
        />
      )}
    </article>
  );
}
