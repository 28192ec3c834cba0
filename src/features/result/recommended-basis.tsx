import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { basisNameKey, basisProvisionsKey, basisSummaryKey, stageKey, verdictHintKey } from '../../i18n/keys';
import type { Assessment, BasisVerdict } from '../../rules';
import { CitationList } from '../citations/citation-link';
import { GlossaryTerm } from '../glossary/glossary-term';
import { ReasonList } from './basis-card';
import { Icon } from './icons';
import { basisTerms } from './result-terms';
import { VerdictBadge } from './verdict-badge';
import { resultNamespaces } from './namespaces';

/**
 * The answer first: the basis recommended at the stage assessed and why, or, when there is none, a plain statement
 * that the sources do not decide this case, that advice is needed, and which bases remain open or conditional.
 */
export function RecommendedBasis({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  const recommended = assessment.bases.find((entry) => entry.basis === assessment.recommendedBasis);

  return (
    <section
      className="result-section recommended"
      aria-labelledby={headingId}
      data-recommended-basis={assessment.recommendedBasis ?? 'none'}
    >
      <h2 id={headingId}>{t('result:recommended.heading')}</h2>
      <p>{t('result:recommended.lead', { stage: t(stageKey(assessment.stage)) })}</p>
      {recommended === undefined ? <NoRecommendation assessment={assessment} /> : <Recommendation entry={recommended} />}
    </section>
  );
}

function Recommendation({ entry }: { entry: BasisVerdict }) {
  const { t } = useTranslation(resultNamespaces);
  const termsId = useId();
  return (
    <div className="recommended__card">
      <VerdictBadge verdict={entry.verdict} />
      <h3 className="recommended__name">{t(basisNameKey(entry.basis))}</h3>
      <p className="recommended__provisions">{t('result:recommended.provisions', { provisions: t(basisProvisionsKey(entry.basis)) })}</p>
      <p>{t(basisSummaryKey(entry.basis))}</p>
      <p className="recommended__hint">{t(verdictHintKey(entry.verdict))}</p>
      <h4>{t('result:recommended.why')}</h4>
      <ReasonList reasons={entry.reasons} />
      <CitationList ids={entry.citations} />
      <div className="recommended__terms" role="group" aria-labelledby={termsId}>
        <span className="recommended__terms-label" id={termsId}>
          {t('result:recommended.terms')}
        </span>
        <ul className="recommended__terms-list">
          {basisTerms[entry.basis].map((term) => (
            <li key={term}>
              <GlossaryTerm termId={term} />
            </li>
          ))}
        </ul>
      </div>
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

function NoRecommendation({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  const notNeeded = noBasisNeeded(assessment);
  if (notNeeded !== null) {
    return (
      <div className="recommended__none" data-no-basis-needed={notNeeded}>
        <p className="recommended__none-title">
          <Icon shape="info" className="recommended__none-icon" />
          <strong>{notNeeded === 'outsideAppi' ? t('result:recommended.outsideAppiTitle') : t('result:recommended.noProvisionTitle')}</strong>
        </p>
        <p>{notNeeded === 'outsideAppi' ? t('result:recommended.outsideAppiBody') : t('result:recommended.noProvisionBody')}</p>
      </div>
    );
  }
  const inconclusive = assessment.bases.filter((entry) => entry.verdict === 'inconclusive');
  const others = assessment.bases.filter((entry) => entry.verdict === 'acceptable' || entry.verdict === 'conditional');
  return (
    <div className="recommended__none">
      <p className="recommended__none-title">
        <Icon shape="question" className="recommended__none-icon" />
        <strong>{t('result:recommended.noneTitle')}</strong>
      </p>
      <p>{inconclusive.length > 0 ? t('result:recommended.noneUndecided') : t('result:recommended.noneNothingFits')}</p>
      <p className="recommended__advice">{t('result:recommended.takeAdvice')}</p>
      {inconclusive.length > 0 ? <BasisBrief heading={t('result:recommended.inconclusiveHeading')} entries={inconclusive} /> : null}
      {others.length > 0 ? <BasisBrief heading={t('result:recommended.otherOptionsHeading')} entries={others} /> : null}
      {inconclusive.length === 0 && others.length === 0 ? <p>{t('result:recommended.nothingUsable')}</p> : null}
    </div>
  );
}

/** A short list of bases with verdict and reasons; the full cards (with data attributes) are further down. */
function BasisBrief({ heading, entries }: { heading: string; entries: readonly BasisVerdict[] }) {
  const { t } = useTranslation(resultNamespaces);
  return (
    <>
      <h3>{heading}</h3>
      <ul className="basis-brief">
        {entries.map((entry) => (
          <li key={entry.basis}>
            <p className="basis-brief__head">
              <strong>{t(basisNameKey(entry.basis))}</strong> <VerdictBadge verdict={entry.verdict} />
            </p>
            <ReasonList reasons={entry.reasons} />
            <CitationList ids={entry.citations} />
          </li>
        ))}
      </ul>
    </>
  );
}
