import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { remedyKindKey } from '../../i18n/keys';
import type { Assessment, Remedy } from '../../rules';
import { CitationList } from '../citations/citation-link';
import { resultNamespaces } from './namespaces';
import { remedyAttribute, remedySentences } from './remedy-text';

/**
 * "Ways forward", part of the result's summary: the changes to the plan that the rules found would make a basis
 * usable (or usable without conditions), each in plain words with its sources. Nothing is shown when there are
 * none: an empty heading would suggest there should have been something.
 */
export function RemediesSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  if (assessment.remedies.length === 0) return null;
  const lead = assessment.recommendedBasis === null ? t('result:remedies.leadNone') : t('result:remedies.leadConditional');

  return (
    <section className="remedies" aria-labelledby={headingId} data-section="remedies">
      <h3 id={headingId}>{t('result:remedies.heading')}</h3>
      <p>{lead}</p>
      <ul className="basis-brief">
        {assessment.remedies.map((remedy) => (
          <RemedyItem key={remedyAttribute(remedy)} remedy={remedy} />
        ))}
      </ul>
      <p className="remedies__caveat">{t('result:remedies.caveat')}</p>
    </section>
  );
}

function RemedyItem({ remedy }: { remedy: Remedy }) {
  const { t, i18n } = useTranslation(resultNamespaces);
  const { sentence, assumes } = remedySentences(remedy, t, i18n.resolvedLanguage ?? i18n.language);
  return (
    <li data-remedy={remedyAttribute(remedy)} data-remedy-kind={remedy.kind} data-remedy-basis={remedy.basis}>
      <p>
        <strong>{sentence}</strong>
      </p>
      {assumes === null ? null : <p>{assumes}</p>}
      <details className="remedies__more">
        <summary>{t('result:remedies.sources', { count: remedy.citations.length })}</summary>
        <p className="remedies__kind">{t('result:remedies.kindLabel', { kind: t(remedyKindKey(remedy.kind)) })}</p>
        <CitationList ids={remedy.citations} />
      </details>
    </li>
  );
}
