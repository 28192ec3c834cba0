import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { remedyKindKey } from '../../i18n/keys';
import type { Assessment, Remedy } from '../../rules';
import { CitationList } from '../citations/citation-link';
import { resultNamespaces } from './namespaces';
import { remedyAttribute, remedyPlainSentence, remedySentences } from './remedy-text';
import { FoldedDetails } from '../../components/ui/folded-details';

/**
 * "Ways forward", part of the result's summary: the changes to the plan that the rules found would make a basis
 * usable (or usable without conditions), each in plain words with its sources. Nothing is shown when there are
 * none: an empty heading would suggest there should have been something.
 */
/** Ways forward named in the summary before the rest fold away: enough to show the way, short enough for a phone. */
const shownAtFirst = 2;

export function RemediesSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  if (assessment.remedies.length === 0) return null;
  const lead = assessment.recommendedBasis === null ? t('result:remedies.leadNone') : t('result:remedies.leadConditional');
  // What the user can do themselves first, a change of who provides after; the summary names two, the rest fold.
  const ordered = [...assessment.remedies.filter((remedy) => remedy.kind === 'action'), ...assessment.remedies.filter((remedy) => remedy.kind !== 'action')];
  const first = ordered.slice(0, shownAtFirst);
  const more = ordered.slice(shownAtFirst);

  return (
    <section className="remedies" aria-labelledby={headingId} data-section="remedies">
      <h3 id={headingId}>{t('result:remedies.heading')}</h3>
      <p>{lead}</p>
      <RemedyList remedies={first} />
      {more.length > 0 ? (
        <FoldedDetails className="remedies__more" summary={t('result:remedies.more', { count: more.length })} later={<RemedyList remedies={more} />} />
      ) : null}
      {/* The exact answers to change, the kind of change and why each works: one click away, unfolded in print. */}
      <FoldedDetails
        className="remedies__more"
        summary={t('result:remedies.sources')}
        later={
          <ul className="basis-brief">
            {assessment.remedies.map((remedy) => (
              <RemedyDetails key={remedyAttribute(remedy)} remedy={remedy} />
            ))}
          </ul>
        }
      >
        <p className="remedies__caveat">{t('result:remedies.caveat')}</p>
      </FoldedDetails>
    </section>
  );
}

function RemedyList({ remedies }: { remedies: readonly Remedy[] }) {
  const { t } = useTranslation(resultNamespaces);
  return (
    <ul className="remedies__list">
      {remedies.map((remedy) => (
        <li key={remedyAttribute(remedy)} data-remedy={remedyAttribute(remedy)} data-remedy-kind={remedy.kind} data-remedy-basis={remedy.basis}>
          {remedyPlainSentence(remedy, t)}
        </li>
      ))}
    </ul>
  );
}

function RemedyDetails({ remedy }: { remedy: Remedy }) {
  const { t, i18n } = useTranslation(resultNamespaces);
  const { sentence, assumes } = remedySentences(remedy, t, i18n.resolvedLanguage ?? i18n.language);
  return (
    <li>
      <p>{sentence}</p>
      {assumes === null ? null : <p>{assumes}</p>}
      <p className="remedies__kind">{t('result:remedies.kindLabel', { kind: t(remedyKindKey(remedy.kind)) })}</p>
      <CitationList ids={remedy.citations} />
    </li>
  );
}
