import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../styles/about.css';
import { usePageTitle } from '../../routing/use-page-title';
import { PageHeading } from '../../components/ui/page-heading';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { citationRefKey, citationSourceKey, evidenceHintKey, evidenceKey, stageKey } from '../../i18n/keys';
import { EvidenceLevel, citations, rulesVersion, stageNameCertainty } from '../../rules';
import type { CitationId, CitationSource } from '../../rules';
import { CitationList } from '../citations/citation-link';
import { resultNamespaces } from '../result/namespaces';
import { type OpenPoint, OpenPointId, openPointKeys, openPoints } from './open-points';
import { openPointAnchor, openPointPath } from './paths';

// The citation buttons and the stage names come from the result page's namespaces, which include `about`.
const namespaces = resultNamespaces;

/** The kinds of source in the order the page lists them: the guideline, the law, the regulators, the rest. */
const sourceKinds: readonly CitationSource[] = [
  'guideline',
  'appi',
  'cabinet_order',
  'enforcement_rules',
  'ppc_guideline',
  'ppc_faq',
  'mhlw_material',
  'ethics_guideline',
  'dicom_standard',
  'other_act',
  'our_reading',
];

/** One link per public address of a kind of source; several citations of one document share its address. */
function addressesOf(kind: CitationSource): { id: CitationId; url: string }[] {
  const seen = new Set<string>();
  const out: { id: CitationId; url: string }[] = [];
  for (const [id, entry] of Object.entries(citations) as [CitationId, (typeof citations)[CitationId]][]) {
    if (entry.source !== kind || entry.url === undefined || seen.has(entry.url)) continue;
    seen.add(entry.url);
    out.push({ id, url: entry.url });
  }
  return out;
}

/**
 * '#/about' and '#/about/open/<id>': the rule-set version, the sources, the evidence levels and every open point,
 * said once. A marker elsewhere links to '#/about/open/<id>'; the point's heading then carries data-arrival-focus,
 * so the layout focuses it (and the browser scrolls to it) instead of the h1, and Back returns to the marker.
 */
export function AboutPage() {
  const { t } = useTranslation(namespaces);
  usePageTitle(t('about:page.title'));
  const { pointId } = useParams();
  const parsed = OpenPointId.safeParse(pointId);
  const target = parsed.success ? parsed.data : undefined;

  useEffect(() => {
    // Opened straight at a point (a bookmark, a new tab), the page behaves as a link to a #fragment does: it shows and
    // focuses the point. After a navigation inside the app the layout has already focused it; this changes nothing.
    if (target !== undefined) document.getElementById(openPointAnchor(target))?.focus();
  }, [target]);

  return (
    <article className="prose about-page">
      <PageHeading>{t('about:page.title')}</PageHeading>
      <p className="lead">{t('about:page.lead')}</p>

      <section aria-labelledby="about-version">
        <h2 id="about-version">{t('about:version.heading')}</h2>
        <p>{t('about:version.current', { version: rulesVersion })}</p>
        <p>{t('about:version.encodes')}</p>
        <p>{t('about:version.newSet')}</p>
      </section>

      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t('about:sources.heading')}</h2>
        <p>{t('about:sources.lead')}</p>
        <p>{t('about:sources.guidelineNote')}</p>
        <dl className="about-page__sources">
          {sourceKinds.map((kind) => (
            <SourceKind key={kind} kind={kind} />
          ))}
        </dl>
      </section>

      <section aria-labelledby="about-evidence">
        <h2 id="about-evidence">{t('about:evidence.heading')}</h2>
        <p>{t('about:evidence.lead')}</p>
        <dl className="about-page__evidence">
          {EvidenceLevel.options.map((level) => (
            <div key={level} className={`evidence evidence--${level}`}>
              <dt className="evidence__label">{t(evidenceKey(level))}</dt>
              <dd className="evidence__hint">{t(evidenceHintKey(level))}</dd>
            </div>
          ))}
        </dl>
        <p>{t('about:evidence.advice')}</p>
      </section>

      <section aria-labelledby="about-open">
        <h2 id="about-open">{t('about:open.heading')}</h2>
        <p>{t('about:open.lead')}</p>
        <nav aria-label={t('about:open.listLabel')}>
          <ul className="about-page__contents">
            {openPoints.map((point) => (
              <li key={point.id}>
                {/* Each point pushes an entry, as an in-page link does, so Back returns to where the reader was. */}
                <Link to={openPointPath(point.id)}>
                  {t(openPointKeys(point.id).title)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {openPoints.map((point) => (
          <OpenPointSection key={point.id} point={point} isTarget={point.id === target} />
        ))}
      </section>
    </article>
  );
}

export default AboutPage;

function SourceKind({ kind }: { kind: CitationSource }) {
  const { t } = useTranslation(namespaces);
  const addresses = addressesOf(kind);
  // A kind with one document is named by its kind; several documents (the PPC Q&A) are told apart by their article.
  const label = (id: CitationId) =>
    addresses.length > 1 ? t('about:sources.entry', { source: t(citationSourceKey(id)), ref: t(citationRefKey(id)) }) : t(citationSourceKey(id));
  return (
    <div className="about-page__source" data-source={kind}>
      <dt>{t(`about:sources.kind.${kind}`)}</dt>
      <dd>
        <p>{t(`about:sources.kindHint.${kind}`)}</p>
        {addresses.length > 0 ? (
          <ul>
            {addresses.map(({ id, url }) => (
              <li key={url}>
                {/* Opened by the person, in a new tab; the app itself never fetches anything. */}
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {label(id)}
                  <VisuallyHidden>{t('about:sources.newTab')}</VisuallyHidden>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </dd>
    </div>
  );
}

function OpenPointSection({ point, isTarget }: { point: OpenPoint; isTarget: boolean }) {
  const { t } = useTranslation(namespaces);
  const keys = openPointKeys(point.id);
  const headingId = openPointAnchor(point.id);
  const stagesId = useId();
  return (
    <section className={isTarget ? 'open-point open-point--target' : 'open-point'} aria-labelledby={headingId} data-open-point={point.id}>
      <h3 id={headingId} tabIndex={-1} data-arrival-focus={isTarget ? '' : undefined}>
        {t(keys.title)}
      </h3>
      <h4>{t('about:open.sources')}</h4>
      <p>{t(keys.sources)}</p>
      <h4>{t('about:open.means')}</h4>
      <p>{t(keys.means)}</p>
      <h4>{t('about:open.todo')}</h4>
      <p>{t(keys.todo)}</p>
      {point.stages.length > 0 ? (
        <div className="open-point__stages" role="group" aria-labelledby={stagesId}>
          <span id={stagesId}>{t('about:open.stages')}</span>
          <ul>
            {point.stages.map((stage) => (
              <li key={stage}>
                {t(stageKey(stage))}
                {stageNameCertainty[stage] === 'reconstructed' ? <> {t('result:timeline.mark')}</> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CitationList ids={point.citations} />
    </section>
  );
}
