import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { PageHeading } from '../../components/ui/page-heading';
import { Comparison } from './comparison';
import { focusBases } from './grading';
import { trainingPaths } from './paths';
import { ConfidenceNote, FactsList, Paragraphs } from './parts';
import { PredictionForm } from './prediction-form';
import type { TrainingScenario, TrainingSet } from './schema';
import type { SetSource } from './store';
import { useTrainingApi, useTrainingState } from './store-context';
import { trainingNamespaces, useAnswerKey, useContentLanguage, useSourceFromUrl, useTrainingSet } from './use-training';

function CaseNotFound() {
  const { t } = useTranslation(trainingNamespaces);
  usePageTitle(t('training:case.notFoundTitle'));
  return (
    <article className="prose training-page">
      <BackLink to={trainingPaths.library}>{t('training:case.back')}</BackLink>
      <PageHeading>{t('training:case.notFoundTitle')}</PageHeading>
      <p>{t('training:case.notFoundBody')}</p>
    </article>
  );
}

/** '/training/:scenarioId' (with `?set=custom` for a loaded set): read, predict, compare. */
export function CasePage() {
  const { scenarioId = '' } = useParams();
  const source = useSourceFromUrl();
  const set = useTrainingSet(source);
  const scenario = set?.scenarios.find((candidate) => candidate.id === scenarioId);
  if (set === null || scenario === undefined) return <CaseNotFound />;
  // Keyed, so moving to the next case starts with a fresh form.
  return <Case key={`${source}:${scenario.id}`} source={source} set={set} scenario={scenario} />;
}

function Case({ source, set, scenario }: { source: SetSource; set: TrainingSet; scenario: TrainingScenario }) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  usePageTitle(scenario.title[lng]);
  const store = useTrainingApi();
  const assessment = useAnswerKey(scenario);
  const attempt = useTrainingState((state) => state.attempts.find((a) => a.source === source && a.scenarioId === scenario.id));
  // Which part should take focus when it appears: the comparison after a submit, the form after "Predict again".
  const [focusTarget, setFocusTarget] = useState<'compare' | 'form' | null>(null);
  const narrativeId = useId();
  const index = set.scenarios.indexOf(scenario);

  return (
    <article className="prose training-page training-case" data-scenario={scenario.id}>
      <BackLink to={trainingPaths.library}>{t('training:case.back')}</BackLink>
      <p className="caption">{t('training:case.caption', { set: set.title[lng], number: index + 1, total: set.scenarios.length })}</p>
      <PageHeading>{scenario.title[lng]}</PageHeading>
      <ConfidenceNote confidence={scenario.confidence} />

      <section className="training-section training-narrative" aria-labelledby={narrativeId}>
        <h2 id={narrativeId}>{t('training:case.narrativeHeading')}</h2>
        <Paragraphs text={scenario.description[lng]} />
        <details className="training-details">
          <summary>{t('training:case.factsSummary')}</summary>
          <p>{t('training:case.factsLead')}</p>
          <FactsList input={scenario.input} />
        </details>
      </section>

      {attempt === undefined ? (
        <PredictionForm
          focus={focusBases(assessment)}
          takeFocus={focusTarget === 'form'}
          onSubmit={(prediction) => {
            store.getState().predictionSubmitted(source, scenario.id, prediction);
            setFocusTarget('compare');
          }}
        />
      ) : (
        <Comparison
          source={source}
          scenario={scenario}
          assessment={assessment}
          attempt={attempt}
          next={set.scenarios[index + 1]}
          takeFocus={focusTarget === 'compare'}
          onAgain={() => {
            store.getState().predictionWithdrawn(source, scenario.id);
            setFocusTarget('form');
          }}
        />
      )}
    </article>
  );
}
