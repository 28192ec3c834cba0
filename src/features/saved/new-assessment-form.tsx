import { type SubmitEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { TextField } from '../../components/ui/fields';
import { useHydrated } from '../../components/ui/use-hydrated';
import { questionPath } from '../../routing/paths';
import { nextQuestion } from '../../rules';
import { projectNameMaxLength } from '../assessments/schema';
import { useAssessmentsApi } from '../assessments/store-context';

/** Starts an assessment with an optional project name and opens its first question. */
export function NewAssessmentForm() {
  const { t } = useTranslation();
  const store = useAssessmentsApi();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const headingId = useId();
  // The start page is prerendered: until the app has taken it over, the form cannot be used.
  const live = useHydrated();

  const start = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    store.getState().assessmentStarted(name.trim());
    const first = nextQuestion({});
    if (first !== null) void navigate(questionPath(first));
  };

  return (
    <section className="new-assessment" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('start.new.heading')}</h2>
      <form noValidate onSubmit={start}>
        <TextField
          label={t('start.new.nameLabel')}
          hint={t('start.new.nameHint', { max: projectNameMaxLength })}
          maxLength={projectNameMaxLength}
          readOnly={!live}
          value={name}
          onChange={setName}
          after={t('start.new.nameCount', { count: name.length, max: projectNameMaxLength })}
        />
        <button className="button button--start" type="submit" disabled={!live}>
          {t('start.new.button')}
        </button>
      </form>
    </section>
  );
}
