import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePageTitle } from '../../routing/use-page-title';
import { DownloadOrDiscard } from '../../components/ui/download-or-discard';
import { PageHeading } from '../../components/ui/page-heading';
import { useQuestionTexts } from '../wizard/question-texts';
import { ruleSet1Assumptions } from '../exchange/rule-set-1';
import { CaseList } from './case-list';
import { builtInLibrary } from './library';
import { LoadSetForm, ProblemItems } from './load-set';
import { handoutPath, trainingPaths } from './paths';
import { parseTrainingSet } from './schema';
import type { SetRuleUpdate, TrainingSet } from './schema';
import { useTrainingApi, useTrainingState } from './store-context';
import { TrainingStorageNotices } from './storage-notices';
import { trainingNamespaces, useContentLanguage } from './use-training';
import { ConfirmPrompt } from '../../components/ui/confirm-prompt';

type Notice = { readonly kind: 'loaded'; readonly set: TrainingSet } | { readonly kind: 'removed' };

/** A set written for earlier rules: which answers its cases take for granted now, and what to check. */
function SetRuleUpdateNotice({ update }: { update: SetRuleUpdate }) {
  const { t } = useTranslation(trainingNamespaces);
  const texts = useQuestionTexts();
  // Only rule set 1's assumptions exist; a question without one (a hand-made file) is named without an answer.
  const assumedAnswer = (question: SetRuleUpdate['assumed'][number]) =>
    question in ruleSet1Assumptions ? texts.option(question, ruleSet1Assumptions[question as keyof typeof ruleSet1Assumptions]) : '';
  const leadId = useId();
  return (
    <div className="notice notice--warning" data-notice="set-rule-update">
      <p id={leadId}>{t('training:load.ruleUpdate.lead', { from: update.from })}</p>
      <ul aria-labelledby={leadId}>
        {update.assumed.map((question) => (
          <li key={question}>{t('training:load.ruleUpdate.item', { question: texts.title(question), answer: assumedAnswer(question) })}</li>
        ))}
      </ul>
      <p>{t('training:load.ruleUpdate.check')}</p>
    </div>
  );
}

/**
 * A set loaded before a rules update that the current rules cannot use as it is: kept aside unchanged, with its
 * problems, to download and fix, or to delete after confirming.
 */
function SetAsideSection({ text }: { text: string }) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  const store = useTrainingApi();
  const headingId = useId();
  const parsed = useMemo(() => parseTrainingSet(text), [text]);
  const title = useMemo(() => {
    try {
      const json: unknown = JSON.parse(text);
      const titles = typeof json === 'object' && json !== null && 'title' in json ? json.title : undefined;
      const value = typeof titles === 'object' && titles !== null && lng in titles ? (titles as Record<string, unknown>)[lng] : undefined;
      return typeof value === 'string' && value.trim() !== '' ? value : null;
    } catch {
      return null;
    }
  }, [text, lng]);

  return (
    <section className="training-section" aria-labelledby={headingId} data-set="set-aside">
      <h2 id={headingId}>{t('training:load.setAside.heading')}</h2>
      <div className="notice notice--warning">
        <p>{t('training:load.setAside.lead', { title: title ?? t('training:load.setAside.untitled') })}</p>
        {parsed.ok ? null : <ProblemItems problems={parsed.problems} />}
      </div>
      <DownloadOrDiscard
        text={text}
        fileName={t('training:load.setAside.fileName')}
        downloadLabel={t('training:load.setAside.download')}
        discardLabel={t('training:load.setAside.remove')}
        confirm={{
          question: t('training:load.setAside.removeConfirm'),
          confirmLabel: t('training:load.setAside.removeYes'),
          cancelLabel: t('training:load.setAside.removeNo'),
        }}
        onDiscard={() => {
          store.getState().setAsideRemoved();
        }}
      />
    </section>
  );
}

/** The loaded set: its cases, its handout and a way to remove it (after confirming). */
function CustomSetSection({ set, onRemoved }: { set: TrainingSet; onRemoved: () => void }) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  const store = useTrainingApi();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="training-section" aria-labelledby={headingId} data-set="custom">
      <h2 id={headingId}>{t('training:load.loadedHeading', { title: set.title[lng] })}</h2>
      <p>{t('training:library.setMeta', { count: set.scenarios.length })}</p>
      {set.ruleUpdate === undefined ? null : <SetRuleUpdateNotice update={set.ruleUpdate} />}
      <p>
        <Link to={handoutPath('custom')}>{t('training:library.handoutLink')}</Link>
      </p>
      <CaseList source="custom" set={set} />
      {confirming ? (
        <ConfirmPrompt
          question={t('training:load.removeConfirm')}
          confirmLabel={t('training:load.removeYes')}
          cancelLabel={t('training:load.removeNo')}
          onConfirm={() => {
            store.getState().customSetRemoved();
            onRemoved();
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('training:load.remove')}
        </button>
      )}
    </section>
  );
}

/** '/training': how training works, the built-in cases, the score so far, and a trainer's own set. */
export function LibraryPage() {
  const { t } = useTranslation(trainingNamespaces);
  usePageTitle(t('training:library.title'));
  const lng = useContentLanguage();
  const custom = useTrainingState((state) => state.customSet);
  const setAside = useTrainingState((state) => state.setAside);
  const attempts = useTrainingState((state) => state.attempts);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const total = builtInLibrary.scenarios.length + (custom?.scenarios.length ?? 0);

  // After a removal the button has gone: focus goes to the message saying what happened.
  useEffect(() => {
    if (notice?.kind === 'removed') noticeRef.current?.focus();
  }, [notice]);

  return (
    <article className="prose training-page">
      <PageHeading>{t('training:library.title')}</PageHeading>
      <p className="lead">{t('training:library.lead')}</p>
      <TrainingStorageNotices />

      <section className="training-section" aria-labelledby="training-how">
        <h2 id="training-how">{t('training:library.how.heading')}</h2>
        <ol>
          <li>{t('training:library.how.step1')}</li>
          <li>{t('training:library.how.step2')}</li>
          <li>{t('training:library.how.step3')}</li>
        </ol>
        <p>{t('training:library.how.note')}</p>
      </section>

      <section className="training-section" aria-labelledby="training-progress">
        <h2 id="training-progress">{t('training:library.progressHeading')}</h2>
        <p>{t('training:library.progressSummary', { answered: attempts.length, total })}</p>
        <p>
          <Link to={trainingPaths.summary}>{t('training:library.progressLink')}</Link>
        </p>
      </section>

      <section className="training-section" aria-labelledby="training-builtin" data-set="library">
        <h2 id="training-builtin">{t('training:library.builtInHeading')}</h2>
        <p>{t('training:library.setLine', { title: builtInLibrary.title[lng], count: builtInLibrary.scenarios.length })}</p>
        <p>
          <Link to={handoutPath('library')}>{t('training:library.handoutLink')}</Link>
        </p>
        <CaseList source="library" set={builtInLibrary} />
      </section>

      {setAside === null ? null : <SetAsideSection text={setAside} />}

      <section className="training-section" aria-labelledby="training-load">
        <h2 id="training-load">{t('training:load.heading')}</h2>
        <LoadSetForm
          onLoaded={(set) => {
            setNotice({ kind: 'loaded', set });
          }}
        />
        <div role="status" className="status-message">
          {notice?.kind === 'loaded' ? (
            <p className="notice notice--success">
              {t('training:load.loaded', { title: notice.set.title[lng], count: notice.set.scenarios.length })}
            </p>
          ) : null}
          {notice?.kind === 'removed' ? (
            <p className="notice notice--success" tabIndex={-1} ref={noticeRef}>
              {t('training:load.removed')}
            </p>
          ) : null}
        </div>
      </section>

      {custom === null ? null : (
        <CustomSetSection
          set={custom}
          onRemoved={() => {
            setNotice({ kind: 'removed' });
          }}
        />
      )}
    </article>
  );
}
