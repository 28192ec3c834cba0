import { useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { Link, useSearchParams } from 'react-router';

import '../../styles/drafts.css';
import { paths, questionPath } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { PageHeading } from '../../components/ui/page-heading';
import { basisNameKey } from '../../i18n/keys';
import { dataCheckPath } from '../data-check/paths';
import { evaluate, nextQuestion } from '../../rules';
import type { QuestionId } from '../../rules';
import type { SavedAssessment } from '../assessments/schema';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { useInstitutionProfile } from '../profile/use-institution-profile';
import { fingerprint } from '../exchange/fingerprint';
import { exportedDoc } from './doc-edit';
import { DraftSection } from './draft-section';
import { draftApplies, draftBuilders, draftKinds, draftNameKey } from './kinds';
import { draftParam } from './paths';
import { PrintView } from './print-view';
import { DraftKind, DraftLanguage } from './schema';
import { DraftsStorageNotices } from './storage-notices';
import type { GeneratedDraft } from './store';
import { useDraftsState } from './store-context';

const namespaces = ['drafts', 'outcomes'] as const;

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

/** The draft shown: the one named in `?doc=`, else the first that applies, else the first. */
function useSelectedDraft(applies: (kind: DraftKind) => boolean): DraftKind {
  const [params] = useSearchParams();
  const named = DraftKind.safeParse(params.get(draftParam));
  if (named.success) return named.data;
  return draftKinds.find(applies) ?? 'joint_use_publication';
}

function Drafts({ saved }: { saved: SavedAssessment }) {
  const { t, i18n } = useTranslation(namespaces);
  const navId = useId();
  const language = z.catch(DraftLanguage, 'ja').parse(i18n.resolvedLanguage);
  const result = useMemo(() => evaluate(saved.answers), [saved.answers]);
  const basedOn = useMemo(() => fingerprint(result.rulesVersion, saved.answers), [result, saved.answers]);
  // An unedited draft follows the profile: the institution's name fills its blank as soon as a profile is in effect.
  const institutionName = useInstitutionProfile()?.name;
  const generated = useMemo(() => {
    const draftsT = i18n.getFixedT(language, 'drafts');
    const build = (kind: DraftKind): GeneratedDraft => ({
      language,
      basedOn,
      doc: draftBuilders[kind](saved.answers, result, draftsT, { institutionName }),
    });
    return { joint_use_publication: build('joint_use_publication'), processing_plan: build('processing_plan'), deletion_info_rules: build('deletion_info_rules') };
  }, [i18n, language, basedOn, saved.answers, result, institutionName]);
  const stored = useDraftsState((state) => state.drafts[saved.id]);
  const [shownAnyway, setShownAnyway] = useState<ReadonlySet<DraftKind>>(new Set());
  // Set once the person picks a draft from the list: from then on the newly shown draft's heading takes focus.
  const [picked, setPicked] = useState(false);
  const { printing, print } = usePrinting();

  const basis = result.recommendedBasis;
  const applies = (kind: DraftKind) => draftApplies(kind, basis);
  const selected = useSelectedDraft(applies);
  const basisName = basis === null ? t('drafts:page.noBasis') : t(basisNameKey(basis));
  const docOf = (kind: DraftKind) => exportedDoc(stored?.[kind]?.doc ?? generated[kind].doc);

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
          <p>
            {draftKinds.some(applies)
              ? t('drafts:summary.someApply', { basis: basisName })
              : basis === null
                ? t('drafts:summary.noneApplyNoBasis')
                : t('drafts:summary.noneApply', { basis: basisName })}
          </p>
          <ul className="drafts-nav__list">
            {draftKinds.map((kind) => (
              <li key={kind} className="drafts-nav__item" data-applies={applies(kind)}>
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
                </Link>{' '}
                <strong className={applies(kind) ? 'drafts-tag drafts-tag--applies' : 'drafts-tag'}>
                  {applies(kind) ? t('drafts:summary.applies') : t('drafts:summary.notApplies')}
                </strong>
                {kind === selected ? <span className="drafts-nav__current"> {t('drafts:summary.current')}</span> : null}
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
          generated={generated[selected]}
          stored={stored?.[selected]}
          language={language}
          onPrint={() => {
            print();
          }}
        />
        {selected === 'processing_plan' ? (
          <p className="drafts-data-check">
            <Link to={dataCheckPath}>{t('drafts:page.dataCheckLink')}</Link>
          </p>
        ) : null}
      </div>
      {printing ? <PrintView docs={[docOf(selected)]} /> : null}
    </article>
  );
}
