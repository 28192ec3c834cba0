import { useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { Link, useSearchParams } from 'react-router';

import '../../styles/drafts.css';
import { paths, questionPath } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { PageHeading } from '../../components/ui/page-heading';
import { basisNameKey, stageKey } from '../../i18n/keys';
import { isSingleFile } from '../../lib/build-target';
import { dataCheckPath } from '../data-check/paths';
import { nextQuestion } from '../../rules';
import { evaluateAnswers } from '../assessments/evaluated';
import type { QuestionId } from '../../rules';
import type { SavedAssessment } from '../assessments/schema';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { useInstitutionProfile } from '../profile/use-institution-profile';
import { fingerprint } from '../exchange/fingerprint';
import { exportedDoc } from './doc-edit';
import { DraftSection } from './draft-section';
import { draftBuilders, draftKinds, draftNameKey } from './kinds';
import { draftsForRoute, type NeededDraft } from './route-drafts';
import { citeLineFor } from './cite-line';
import { notesOnPath } from '../assessments/notes';
import { draftParam } from './paths';
import { PrintView } from './print-view';
import { DraftKind, DraftLanguage } from './schema';
import { DraftsStorageNotices } from './storage-notices';
import type { GeneratedDraft } from './store';
import { useDraftsState } from './store-context';

const namespaces = ['drafts', 'outcomes', 'citations'] as const;

/**
 * '/drafts': the three document drafts for the current assessment, generated from the answers by pure builders and
 * editable here. An unedited draft is always generated afresh (so it follows the language and the answers); an
 * edited one is kept as edited until the user asks to regenerate it.
 */
export function DraftsPage() {
  const { t } = useTranslation(namespaces);
  usePageTitle(t('drafts:page.title'));
  const current = useCurrentAssessment();
  if (current === undefined) return <NoAssessment />;
  // evaluate throws on an incomplete input: ask the rules first which question is still open.
  const next = nextQuestion(current.answers);
  if (next !== null) return <Incomplete next={next} />;
  return <Drafts saved={current} />;
}

export default DraftsPage;

function NoAssessment() {
  const { t } = useTranslation(namespaces);
  return (
    <article className="prose drafts-page drafts-page--empty">
      <PageHeading>{t('drafts:page.title')}</PageHeading>
      <h2>{t('drafts:empty.noAssessmentTitle')}</h2>
      <p>{t('drafts:empty.noAssessmentBody')}</p>
      <p>
        <Link to={paths.start}>{t('drafts:empty.startLink')}</Link>
      </p>
    </article>
  );
}

function Incomplete({ next }: { next: QuestionId }) {
  const { t } = useTranslation(namespaces);
  return (
    <article className="prose drafts-page drafts-page--empty">
      <PageHeading>{t('drafts:page.title')}</PageHeading>
      <h2>{t('drafts:empty.incompleteTitle')}</h2>
      <p>{t('drafts:empty.incompleteBody')}</p>
      <p>
        <Link to={questionPath(next)}>{t('drafts:empty.continueLink')}</Link>
      </p>
    </article>
  );
}


/**
 * Printing shows a plain rendering of the draft on screen instead of the form, whether started by the button or by
 * the browser's own Print command (beforeprint). flushSync puts it in the page before the browser lays it out.
 */
function usePrinting() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const after = () => {
      setPrinting(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = () => {
    flushSync(() => {
      setPrinting(true);
    });
    window.print();
  };
  return { printing, print };
}

/** The draft shown: the one named in `?doc=`, else the first the route needs, else the research plan. */
function useSelectedDraft(first: DraftKind | undefined): DraftKind {
  const [params] = useSearchParams();
  const named = DraftKind.safeParse(params.get(draftParam));
  if (named.success) return named.data;
  return first ?? 'research_plan_pi_section';
}

function Drafts({ saved }: { saved: SavedAssessment }) {
  const { t, i18n } = useTranslation(namespaces);
  const navId = useId();
  const language = z.catch(DraftLanguage, 'ja').parse(i18n.resolvedLanguage);
  const result = evaluateAnswers(saved.answers);
  const basedOn = useMemo(() => fingerprint(result.rulesVersion, saved.answers), [result, saved.answers]);
  // An unedited draft follows the profile (name, contact office) and the notes on answers still on the path.
  const profile = useInstitutionProfile();
  const notes = useMemo(() => notesOnPath(saved.answers, saved.notes), [saved.answers, saved.notes]);
  const stored = useDraftsState((state) => state.drafts[saved.id]);
  const [shownAnyway, setShownAnyway] = useState<ReadonlySet<DraftKind>>(new Set());
  // Set once the person picks a draft from the list: from then on the newly shown draft's heading takes focus.
  const [picked, setPicked] = useState(false);
  const { printing, print } = usePrinting();

  const basis = result.recommendedBasis;
  const route = useMemo(() => draftsForRoute(saved.answers, result, draftKinds), [saved.answers, result]);
  const applies = (kind: DraftKind) => route.needed.some((needed) => needed.kind === kind);
  const selected = useSelectedDraft(route.needed[0]?.kind);
  // Only the draft shown is built: the page shows one at a time, so a page load builds one draft, not nine.
  const generated = useMemo((): GeneratedDraft => {
    const draftsT = i18n.getFixedT(language, 'drafts');
    const context = { institutionName: profile?.name, contactOffice: profile?.contactOffice, contactDetails: profile?.contactDetails, notes };
    return { language, basedOn, doc: draftBuilders[selected](saved.answers, result, draftsT, context) };
  }, [i18n, language, basedOn, saved.answers, result, profile, notes, selected]);
  const basisName = basis === null ? t('drafts:page.noBasis') : t(basisNameKey(basis));
  const selectedLanguage = stored?.[selected]?.language ?? language;
  // Sources are named in the draft's own language when its words are loaded (an edited Japanese draft shown on the
  // English page), else in the page's.
  const citeLine = useMemo(
    () => citeLineFor(i18n, i18n.hasResourceBundle(selectedLanguage, 'citations') && i18n.hasResourceBundle(selectedLanguage, 'drafts') ? selectedLanguage : language),
    [i18n, selectedLanguage, language],
  );
  const others = draftKinds.filter((kind) => !applies(kind));
  const later = route.later.filter((entry) => entry.needed.length > 0);
  const draftLink = (kind: DraftKind) => (
    <>
      <Link
        className="drafts-nav__link"
        to={{ search: `?${draftParam}=${kind}` }}
        replace
        aria-current={kind === selected ? 'page' : undefined}
        onClick={() => {
          setPicked(true);
        }}
      >
        {t(`drafts:${draftNameKey(kind)}`)}
      </Link>
      {kind === selected ? <span className="drafts-nav__current"> {t('drafts:summary.current')}</span> : null}
    </>
  );
  const names = (needed: readonly NeededDraft[]) => needed.map((n) => t(`drafts:${draftNameKey(n.kind)}`)).join(t('drafts:summary.nameSeparator'));

  return (
    <article className={printing ? 'drafts-page drafts-page--printing' : 'drafts-page'}>
      <div className="drafts-page__screen">
        <PageHeading>{t('drafts:page.title')}</PageHeading>
        <DraftsStorageNotices />
        <dl className="drafts-meta" aria-label={t('drafts:page.metaLabel')}>
          <div className="drafts-meta__row">
            <dt>{t('drafts:page.project')}</dt>
            <dd>{saved.name.trim() === '' ? t('drafts:page.unnamed') : saved.name}</dd>
          </div>
          <div className="drafts-meta__row">
            <dt>{t('drafts:page.basis')}</dt>
            <dd data-basis={basis ?? 'none'}>{basisName}</dd>
          </div>
        </dl>
        <div className="prose">
          <p className="lead">{t('drafts:page.lead')}</p>
          <p>{t('drafts:page.caution')}</p>
          <p>{t('drafts:page.language')}</p>
          <p>
            <Link to={paths.result}>{t('drafts:page.resultLink')}</Link>
          </p>
        </div>

        <nav className="drafts-nav" aria-labelledby={navId}>
          <h2 id={navId}>{t('drafts:summary.heading')}</h2>
          {route.needed.length > 0 ? (
            <>
              <p>{t('drafts:summary.someApply', { basis: basisName })}</p>
              <ul className="drafts-nav__list">
                {route.needed.map((needed) => (
                  <li key={needed.kind} className="drafts-nav__item" data-draft={needed.kind} data-applies="true">
                    {draftLink(needed.kind)}
                    <span className="drafts-nav__why">{t(`drafts:why.${needed.why}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>{basis === null ? t('drafts:summary.noneApplyNoBasis') : t('drafts:summary.noneApply', { basis: basisName })}</p>
              {route.alternatives.some((alternative) => alternative.needed.length > 0) ? (
                <>
                  <p>{t('drafts:summary.alternativesIntro')}</p>
                  <ul className="drafts-nav__list">
                    {route.alternatives.filter((alternative) => alternative.needed.length > 0).map((alternative) => (
                      <li key={alternative.basis}>
                        {t('drafts:summary.alternative', { basis: t(basisNameKey(alternative.basis)), drafts: names(alternative.needed) })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t('drafts:summary.noAlternatives')}</p>
              )}
            </>
          )}
          {later.length > 0 ? (
            <>
              <h3>{t('drafts:summary.laterHeading')}</h3>
              <ul className="drafts-nav__list">
                {later.map((entry) => (
                  <li key={entry.stage}>
                    {t('drafts:summary.later', { stage: t(stageKey(entry.stage)), basis: t(basisNameKey(entry.basis)), drafts: names(entry.needed) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{route.needed.length > 0 ? t('drafts:summary.othersHeading') : t('drafts:summary.allHeading')}</h3>
          <p>{t('drafts:summary.othersIntro')}</p>
          <ul className="drafts-nav__list">
            {others.map((kind) => (
              <li key={kind} className="drafts-nav__item" data-applies="false">
                {draftLink(kind)}
              </li>
            ))}
          </ul>
        </nav>

        <DraftSection
          key={selected}
          kind={selected}
          focusHeading={picked}
          assessmentId={saved.id}
          projectName={saved.name}
          basis={basis}
          applies={applies(selected)}
          shownAnyway={shownAnyway.has(selected)}
          onShowAnyway={() => {
            setShownAnyway((previous) => new Set([...previous, selected]));
          }}
          generated={generated}
          stored={stored?.[selected]}
          language={language}
          citeLine={citeLine}
          onPrint={() => {
            print();
          }}
        />
        {selected === 'processing_plan' && !isSingleFile ? (
          <p className="drafts-data-check">
            <Link to={dataCheckPath}>{t('drafts:page.dataCheckLink')}</Link>
          </p>
        ) : null}
      </div>
      {printing ? <PrintView docs={[exportedDoc(stored?.[selected]?.doc ?? generated.doc, citeLine)]} /> : null}
    </article>
  );
}
