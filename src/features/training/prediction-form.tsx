import { type SubmitEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChoiceList, choiceInputId } from '../../components/ui/choice-list';
import { ErrorSummary } from '../../components/ui/error-summary';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { basisNameKey, basisProvisionsKey, verdictKey } from '../../i18n/keys';
import { Verdict } from '../../rules';
import type { BasisId } from '../../rules';
import { BasisPrediction, basisPredictionOptions } from './grading';
import type { Prediction, VerdictPrediction } from './grading';
import { trainingNamespaces } from './use-training';

const BASIS_FIELD = 'predicted-basis';
const verdictFieldId = (basis: BasisId) => `predicted-verdict-${basis}`;

interface PredictionFormProps {
  /** The bases whose verdicts may be predicted (from `focusBases`). */
  focus: readonly BasisId[];
  /** Move focus to the form's heading on mount (after "Predict again"). */
  takeFocus: boolean;
  onSubmit: (prediction: Prediction) => void;
}

/**
 * The learner's prediction: the recommended basis (required; a GOV.UK error summary if missing) and, optionally, the
 * verdicts of three bases. Native radios and selects keep the platform's keyboard behaviour.
 */
export function PredictionForm({ focus, takeFocus, onSubmit }: PredictionFormProps) {
  const { t } = useTranslation(trainingNamespaces);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [basis, setBasis] = useState<string[]>([]);
  const [verdicts, setVerdicts] = useState<Partial<Record<BasisId, Verdict>>>({});
  const [showError, setShowError] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  const hintId = `${BASIS_FIELD}-hint`;
  const errorId = `${BASIS_FIELD}-error`;
  const verdictsHintId = 'predicted-verdicts-hint';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = BasisPrediction.safeParse(basis[0]);
    if (!chosen.success) {
      setShowError(true);
      setAttempt((n) => n + 1);
      return;
    }
    const predicted = focus.flatMap((b): VerdictPrediction[] => {
      const verdict = verdicts[b];
      return verdict === undefined ? [] : [{ basis: b, verdict }];
    });
    onSubmit({ basis: chosen.data, verdicts: predicted });
  };

  const choices = basisPredictionOptions.map((option) =>
    option === 'none'
      ? { value: option, label: t('training:predict.none'), hint: t('training:predict.noneHint') }
      : { value: option, label: t(basisNameKey(option)), hint: t(basisProvisionsKey(option)) },
  );

  return (
    <section className="training-section training-predict" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('training:predict.heading')}
      </h2>
      {showError ? (
        <ErrorSummary
          title={t('training:predict.errorSummary')}
          attempt={attempt}
          errors={[{ targetId: choiceInputId(BASIS_FIELD, basisPredictionOptions[0] ?? 'none'), message: t('training:predict.errorChooseBasis') }]}
        />
      ) : null}
      <form noValidate onSubmit={submit}>
        <div className={showError ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={showError ? `${hintId} ${errorId}` : hintId}>
            <legend className="fieldset__legend training-legend">{t('training:predict.basisLegend')}</legend>
            <div className="hint" id={hintId}>
              {t('training:predict.basisHint')}
            </div>
            {showError ? (
              <p className="error-message" id={errorId}>
                <VisuallyHidden>{t('training:predict.errorPrefix')}</VisuallyHidden>
                {t('training:predict.errorChooseBasis')}
              </p>
            ) : null}
            <ChoiceList type="radio" name={BASIS_FIELD} choices={choices} selected={basis} onChange={setBasis} />
          </fieldset>
        </div>

        <fieldset className="fieldset training-verdict-fields" aria-describedby={verdictsHintId}>
          <legend className="fieldset__legend training-legend">{t('training:predict.verdictsLegend')}</legend>
          <div className="hint" id={verdictsHintId}>
            {t('training:predict.verdictsHint')}
          </div>
          {focus.map((b) => (
            <div className="form-group" key={b}>
              <label className="label" htmlFor={verdictFieldId(b)}>
                {t('training:predict.verdictLabel', { basis: t(basisNameKey(b)) })}
              </label>
              <select
                className="input training-select"
                id={verdictFieldId(b)}
                value={verdicts[b] ?? ''}
                onChange={(event) => {
                  const parsed = Verdict.safeParse(event.target.value);
                  setVerdicts((current) => {
                    const { [b]: _previous, ...others } = current;
                    return parsed.success ? { ...others, [b]: parsed.data } : others;
                  });
                }}
              >
                <option value="">{t('training:predict.noPrediction')}</option>
                {Verdict.options.map((verdict) => (
                  <option key={verdict} value={verdict}>
                    {t(verdictKey(verdict))}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>

        <button className="button" type="submit">
          {t('training:predict.submit')}
        </button>
      </form>
    </section>
  );
}
