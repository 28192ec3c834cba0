import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type GlossaryTermId, glossaryDefinitionKey, glossaryTermKey } from '../../i18n/keys';
import { resultNamespaces } from './namespaces';
import { FoldedDetails } from '../../components/ui/folded-details';

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
      <FoldedDetails
        className="result-glossary__more"
        summary={t('result:glossary.show', { count: terms.length })}
        later={
          <dl className="result-glossary__list">
            {terms.map((term) => (
              <GlossaryEntry key={term} term={term} />
            ))}
          </dl>
        }
      />
    </section>
  );
}

/** One term a component, so React can pause between terms of a long list. */
function GlossaryEntry({ term }: { term: GlossaryTermId }) {
  const { t } = useTranslation(resultNamespaces);
  return (
    <div className="result-glossary__entry" data-term={term}>
      <dt>{t(glossaryTermKey(term))}</dt>
      <dd>{t(glossaryDefinitionKey(term))}</dd>
    </div>
  );
}
