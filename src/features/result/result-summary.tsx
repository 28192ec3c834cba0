import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { basisNameKey, checklistTitleKey, stageKey, warningBodyKey, warningTitleKey } from '../../i18n/keys';
import { maxNextSteps, nextSteps } from '../../rules';
import type { Assessment, AssessmentInput, ChecklistId } from '../../rules';
import { CitationList } from '../citations/citation-link';
import { useInstitutionProfile } from '../profile/use-institution-profile';
import { Icon } from './icons';
import { resultNamespaces } from './namespaces';
import { ownerWords, timingWords } from './next-step-text';
import { RemediesSection } from './remedies-section';
import { sectionIds } from './section-ids';
import { blocksProgress, isScopeNotice } from './warning-kinds';

/** The number of next steps named beside ways forward or blocking points (the summary names three to five). */
const fewerSteps = 3;

interface ResultSummaryProps {
  readonly assessment: Assessment;
  readonly answers: AssessmentInput;
  readonly ticks: readonly ChecklistId[];
}

/**
 * The top of the result, written to be read first and acted on: the answer in one sentence, what blocks progress,
 * the next few steps with who does them and when, and (where no basis fits, or a better one is within reach) the
 * changes that would help. Everything here is also in the details below, with its reasons and sources.
 */
export function ResultSummary({ assessment, answers, ticks }: ResultSummaryProps) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  return (
    <section
      id={sectionIds.summary}
      className="result-summary"
      aria-labelledby={headingId}
      data-section="summary"
      data-recommended-basis={assessment.recommendedBasis ?? 'none'}
    >
      <h2 id={headingId} className="result-summary__heading">
        {t('result:summary.heading')}
      </h2>
      <ScopeNotice assessment={assessment} />
      <Answer assessment={assessment} />
      <Blocking assessment={assessment} />
      {/* Side by side on a wide screen, so the whole summary fits the first screen. With nothing recommended, the
          ways forward come before the steps: they decide which steps there will be. */}
      <div className={assessment.remedies.length > 0 ? 'result-summary__columns' : undefined}>
        {assessment.recommendedBasis === null ? <RemediesSection assessment={assessment} /> : null}
        <NextSteps assessment={assessment} answers={answers} ticks={ticks} />
        {assessment.recommendedBasis === null ? null : <RemediesSection assessment={assessment} />}
      </div>
    </section>
  );
}

/** Out of the guideline's scope: said once, here, with the reason and its source. */
function ScopeNotice({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  if (assessment.inScope) return null;
  const reasons = assessment.warnings.filter((warning) => isScopeNotice(warning.id));
  return (
    <div className="result-summary__scope" data-in-scope="false">
      <p className="result-summary__scope-title">
        <Icon shape="info" />
        <strong>{t('result:scope.title')}</strong>
      </p>
      <ul className="result-summary__scope-reasons">
        {reasons.map((warning) => (
          <li key={warning.id} data-warning={warning.id}>
            {t(warningTitleKey(warning.id))}
            <details className="result-summary__scope-more">
              <summary>{t('result:summary.scopeMore')}</summary>
              <p>{t(warningBodyKey(warning.id))}</p>
              <CitationList ids={warning.citations} />
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Why no basis is needed at all, when the rules' output says so: every basis gives the "outside the Act" reason
 * (deceased patients only), or the rules warn that the institution only uses its own 匿名加工情報 internally.
 * "Take advice, nothing fits" would alarm for no reason there.
 */
function noBasisNeeded(assessment: Assessment): 'outsideAppi' | 'noProvision' | null {
  if (assessment.bases.every((entry) => entry.reasons.includes('deceased_not_personal_information'))) return 'outsideAppi';
  if (assessment.warnings.some((warning) => warning.id === 'anonymized_internal_use')) return 'noProvision';
  return null;
}

function Answer({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  const stage = t(stageKey(assessment.stage));
  const basis = assessment.recommendedBasis;
  const why = (
    <Link to={`#${sectionIds.bases}`} className="result-summary__why">
      {t('result:summary.whyLink')}
    </Link>
  );
  if (basis !== null) {
    return (
      <div className="result-summary__answer">
        <p className="result-summary__sentence">
          <Icon shape="star" />
          <strong>
            {assessment.inScope
              ? t('result:summary.recommended', { stage, basis: t(basisNameKey(basis)) })
              : t('result:summary.recommendedStatuteOnly', { stage, basis: t(basisNameKey(basis)) })}
          </strong>
        </p>
        <p>{why}</p>
      </div>
    );
  }
  const notNeeded = noBasisNeeded(assessment);
  if (notNeeded !== null) {
    return (
      <div className="result-summary__answer" data-no-basis-needed={notNeeded}>
        <p className="result-summary__sentence">
          <Icon shape="info" />
          <strong>{notNeeded === 'outsideAppi' ? t('result:recommended.outsideAppiTitle') : t('result:recommended.noProvisionTitle')}</strong>
        </p>
        <p>{notNeeded === 'outsideAppi' ? t('result:recommended.outsideAppiBody') : t('result:recommended.noProvisionBody')}</p>
      </div>
    );
  }
  const undecided = assessment.bases.some((entry) => entry.verdict === 'inconclusive');
  return (
    <div className="result-summary__answer">
      <p className="result-summary__sentence">
        <Icon shape="question" />
        <strong>{t('result:summary.none', { stage })}</strong>
      </p>
      <p>
        {undecided ? t('result:recommended.noneUndecided') : t('result:recommended.noneNothingFits')} {why}
      </p>
      <p className="result-summary__advice">{t('result:recommended.takeAdvice')}</p>
    </div>
  );
}

/** The warnings that stop the plan as answered from going ahead; the rest wait in the details. */
function Blocking({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  const blocking = assessment.warnings.filter((warning) => blocksProgress(warning.id));
  if (blocking.length === 0) return null;
  return (
    <div className="result-summary__block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('result:summary.blockingHeading')}</h3>
      <ul className="result-summary__blocking">
        {blocking.map((warning) => (
          <li key={warning.id} data-blocking-warning={warning.id}>
            <Icon shape="triangle" />
            <Link to={`#${sectionIds.warnings}`}>{t(warningTitleKey(warning.id))}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function NextSteps({ assessment, answers, ticks }: ResultSummaryProps) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  // With ways forward or blocking points above, three steps: the whole summary still fits the first screen.
  const crowded = assessment.remedies.length > 0 || assessment.warnings.some((warning) => blocksProgress(warning.id));
  const steps = nextSteps(assessment.checklist, new Set(ticks), crowded ? fewerSteps : maxNextSteps);
  const open = assessment.checklist.filter((item) => !ticks.includes(item.id)).length;
  return (
    <div className="result-summary__block" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('result:summary.nextStepsHeading')}</h3>
      {steps.length === 0 ? (
        <p>{assessment.checklist.length === 0 ? t('result:summary.noSteps') : t('result:summary.allDone')}</p>
      ) : (
        <ol className="result-summary__steps">
          {steps.map((step) => (
            <li key={step.id} data-next-step={step.id} data-owner={step.owner} data-timing={step.timing}>
              <strong>{t(checklistTitleKey(step.id))}</strong>
              <span className="result-summary__step-meta">
                {t('result:summary.stepMeta', { owner: ownerWords(step.owner, answers, t), when: timingWords(step.timing, answers, t) })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <Contact />
      {open > steps.length ? (
        <p>
          <Link to={`#${sectionIds.checklist}`}>{t('result:summary.moreSteps', { count: open - steps.length })}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** Where the institution has said whom to ask (its profile), the steps end with that office. */
function Contact() {
  const { t } = useTranslation(resultNamespaces);
  const profile = useInstitutionProfile();
  if (profile === null || profile.contactOffice === '') return null;
  return (
    <p className="result-summary__contact" data-contact="">
      {profile.contactDetails === ''
        ? t('result:summary.contact', { office: profile.contactOffice })
        : t('result:summary.contactWithDetails', { office: profile.contactOffice, details: profile.contactDetails })}
    </p>
  );
}
