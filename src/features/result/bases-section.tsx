import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Assessment, Verdict } from '../../rules';
import { BasisCard } from './basis-card';
import { resultNamespaces } from './namespaces';
import { FoldedDetails } from '../../components/ui/folded-details';

type Group = 'usable' | 'inconclusive' | 'not_usable';

const groupOf = (verdict: Verdict): Group => {
  switch (verdict) {
    case 'recommended':
    case 'acceptable':
    case 'conditional':
      return 'usable';
    case 'inconclusive':
      return 'inconclusive';
    case 'not_appropriate':
    case 'not_applicable':
      return 'not_usable';
  }
};

/**
 * All ten bases, always: what can be used first, then what the sources leave open, then (folded away but still in
 * the page, and unfolded for printing) what cannot be used. Within a group the rules' order is kept. Out of the
 * guideline's scope (`statuteOnly`), the recommendation is labelled as a reading of the statute only.
 */
export function BasesSection({ bases, statuteOnly = false }: { bases: Assessment['bases']; statuteOnly?: boolean }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  const inGroup = (group: Group) => bases.filter((entry) => groupOf(entry.verdict) === group);
  const usable = inGroup('usable');
  const inconclusive = inGroup('inconclusive');
  const notUsable = inGroup('not_usable');

  return (
    <section className="result-section bases" aria-labelledby={headingId} data-section="bases">
      <h2 id={headingId}>{t('result:bases.heading')}</h2>
      <p>{t('result:bases.lead')}</p>
      {usable.length > 0 ? (
        <>
          <h3>{t('result:bases.usableHeading')}</h3>
          <ul className="basis-list">
            {usable.map((entry) => (
              <BasisCard key={entry.basis} entry={entry} statuteOnly={statuteOnly} />
            ))}
          </ul>
        </>
      ) : null}
      {inconclusive.length > 0 ? (
        <>
          <h3>{t('result:bases.inconclusiveHeading')}</h3>
          <ul className="basis-list">
            {inconclusive.map((entry) => (
              <BasisCard key={entry.basis} entry={entry} statuteOnly={statuteOnly} />
            ))}
          </ul>
        </>
      ) : null}
      {notUsable.length > 0 ? (
        <>
          <h3>{t('result:bases.notUsableHeading')}</h3>
          <FoldedDetails
            className="bases__more"
            summary={t('result:bases.notUsableSummary', { count: notUsable.length })}
            later={
              <ul className="basis-list">
                {notUsable.map((entry) => (
                  <BasisCard key={entry.basis} entry={entry} statuteOnly={statuteOnly} />
                ))}
              </ul>
            }
          />
        </>
      ) : null}
    </section>
  );
}
