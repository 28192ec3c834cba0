import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { basisNameKey, basisProvisionsKey, basisSummaryKey, reasonKey, verdictHintKey } from '../../i18n/keys';
import type { BasisVerdict } from '../../rules';
import { OpenPointMarkers } from '../about/open-point-marker';
import { CitationList } from '../citations/citation-link';
import { VerdictBadge } from './verdict-badge';
import { resultNamespaces } from './namespaces';
import { FoldedDetails } from '../../components/ui/folded-details';

/** The reasons behind a verdict, in the rules' words (outcomes.json). */
export function ReasonList({ reasons }: { reasons: BasisVerdict['reasons'] }) {
  const { t } = useTranslation(resultNamespaces);
  return (
    <ul className="reason-list">
      {reasons.map((reason) => (
        <li key={reason} data-reason={reason}>
          {t(reasonKey(reason))}
          <OpenPointMarkers concerning={{ kind: 'reason', id: reason }} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One basis with its verdict, what the verdict means, the reasons and their sources. Carries the ids as data
 * attributes so reviewers and tests can compare the page with `evaluate` directly.
 */
export function BasisCard({ entry, statuteOnly = false }: { entry: BasisVerdict; statuteOnly?: boolean }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  return (
    <li className={`basis-card basis-card--${entry.verdict}`} data-basis={entry.basis} data-verdict={entry.verdict} aria-labelledby={headingId}>
      <div className="basis-card__head">
        <h4 className="basis-card__name" id={headingId}>
          {t(basisNameKey(entry.basis))}
        </h4>
        <VerdictBadge verdict={entry.verdict} />
      </div>
      {/* The recommended basis shows everything (the summary's "why" leads here); the others show their verdict in
          words and fold the rest away on screen. Printing unfolds it. */}
      {entry.verdict === 'recommended' ? (
        <BasisDetails entry={entry} statuteOnly={statuteOnly} />
      ) : (
        <>
          <p className="basis-card__hint">{t(verdictHintKey(entry.verdict))}</p>
          <FoldedDetails className="basis-card__more" summary={t('result:bases.showReasons')} later={<BasisDetails entry={entry} hint={false} />} />
        </>
      )}
    </li>
  );
}

function BasisDetails({ entry, hint = true, statuteOnly = false }: { entry: BasisVerdict; hint?: boolean; statuteOnly?: boolean }) {
  const { t } = useTranslation(resultNamespaces);
  return (
    <>
      <p className="basis-card__provisions">{t('result:recommended.provisions', { provisions: t(basisProvisionsKey(entry.basis)) })}</p>
      <p className="basis-card__summary">{t(basisSummaryKey(entry.basis))}</p>
      {hint ? <p className="basis-card__hint">{statuteOnly ? t('result:bases.statuteOnlyHint') : t(verdictHintKey(entry.verdict))}</p> : null}
      <h5 className="basis-card__reasons-heading">{t('result:bases.reasons')}</h5>
      <ReasonList reasons={entry.reasons} />
      <CitationList ids={entry.citations} />
    </>
  );
}
