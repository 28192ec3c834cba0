import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { evaluate } from '../../rules';
import { Icon } from '../result/icons';
import { grade } from './grading';
import { casePath } from './paths';
import type { TrainingScenario, TrainingSet } from './schema';
import type { Attempt, SetSource } from './store';
import { useTrainingState } from './store-context';
import { trainingNamespaces, useContentLanguage } from './use-training';

type Status = 'not_answered' | 'correct' | 'incorrect';

function statusOf(scenario: TrainingScenario, attempt: Attempt | undefined): Status {
  if (attempt === undefined) return 'not_answered';
  return grade(evaluate(scenario.input), attempt).basisMark;
}

/** The cases of a set as links, each with whether it has been answered and how the recommended basis went. */
export function CaseList({ source, set }: { source: SetSource; set: TrainingSet }) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  const attempts = useTrainingState((state) => state.attempts);
  return (
    <ol className="training-cases" aria-label={t('training:library.casesLabel', { title: set.title[lng] })}>
      {set.scenarios.map((scenario) => {
        const status = statusOf(
          scenario,
          attempts.find((a) => a.source === source && a.scenarioId === scenario.id),
        );
        return (
          <li className="training-cases__item" key={scenario.id} data-status={status}>
            <Link className="training-cases__link" to={casePath(source, scenario.id)}>
              <span className="training-cases__id">{scenario.id}</span> {scenario.title[lng]}
            </Link>
            <span className={`training-cases__status training-cases__status--${status}`}>
              {status === 'not_answered' ? null : <Icon shape={status === 'correct' ? 'check' : 'cross'} />}
              {status === 'not_answered' ? t('training:library.status.notAnswered') : t(`training:library.status.${status}`)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
