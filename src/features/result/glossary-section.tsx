import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type GlossaryTermId, glossaryDefinitionKey, glossaryTermKey } from '../../i18n/keys';
import { resultNamespaces } from './namespaces';

/**
 * The terms used on the page with their definitions, folded away on screen (each term also explains itself where
 * it appears) and unfolded for printing, so the definitions reach paper.
 */
export function GlossarySection({ terms }: { terms: readonly GlossaryTermId[] }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  return (
    <section className="result-section result-glossary" aria-labelledby={headingId} data-section="glossary">
      <h2 id={headingId}>{t('result:glossary.heading')}</h2>
      <p>{t('result:glossary.lead')}</p>
      <details className="result-glossary__more">
        <summary>{t('result:glossary.show', { count: terms.length })}</summary>
        <dl className="result-glossary__list">
          {terms.map((term) => (
            <div key={term} className="result-glossary__entry" data-term={term}>
              <dt>{t(glossaryTermKey(term))}</dt>
              <dd>{t(glossaryDefinitionKey(term))}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
