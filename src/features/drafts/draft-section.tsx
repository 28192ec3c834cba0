import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { basisNameKey } from '../../i18n/keys';
import { downloadBlob, downloadText, safeFileName } from '../../lib/export/download';
import { renderMarkdown } from '../../lib/export/markdown';
import type { BasisId } from '../../rules';
import { countBlanks, exportedDoc, type CiteLine } from './doc-edit';
import { DocEditor, type EditHandler } from './doc-editor';
import { draftFileNameKey, draftNameKey } from './kinds';
import type { DraftKind, StoredDraft } from './schema';
import type { GeneratedDraft } from './store';
import { useDraftsApi, useDraftsState } from './store-context';
import { ConfirmPrompt } from '../../components/ui/confirm-prompt';

type Message = 'none' | 'regenerated' | 'docxBusy' | 'docxDone' | 'docxFailed';

export interface DraftSectionProps {
  readonly kind: DraftKind;
  readonly assessmentId: string;
  readonly projectName: string;
  readonly basis: BasisId | null;
  readonly applies: boolean;
  readonly shownAnyway: boolean;
  readonly onShowAnyway: () => void;
  readonly generated: GeneratedDraft;
  readonly stored: StoredDraft | undefined;
  readonly language: GeneratedDraft['language'];
  readonly onPrint: () => void;
  /** Names a block's sources in the draft's language, on screen and in every export. */
  readonly citeLine: CiteLine;
  /** Move focus to the heading when shown: the person has just picked this draft from the list. */
  readonly focusHeading: boolean;
}

/**
 * One draft: why it applies (or not), its state, its actions and the form to edit it. Only a draft the route needs
 * carries `data-draft`, so outside checks can read which drafts a route gets; a draft shown for reference does not.
 * An edited draft is always shown, even when the answers no longer need it: edits are never hidden away.
 */
export function DraftSection(props: DraftSectionProps) {
  const { kind, applies, shownAnyway, focusHeading, stored } = props;
  const { t } = useTranslation(['drafts', 'outcomes']);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const name = t(`drafts:${draftNameKey(kind)}`);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  return (
    <section className="draft" aria-labelledby={headingId} data-draft={applies ? kind : undefined}>
      <h2 className="draft__heading" id={headingId} tabIndex={-1} ref={headingRef}>
        {name}
      </h2>
      {applies || shownAnyway || stored !== undefined ? <DraftBody {...props} name={name} /> : <NotApplicable {...props} />}
    </section>
  );
}

function NotApplicable({ kind, basis, onShowAnyway }: DraftSectionProps) {
  const { t } = useTranslation(['drafts', 'outcomes']);
  return (
    <div className="draft__not-applicable">
      <p>
        {t(`drafts:relevance.${kind}`)}{' '}
        {basis === null ? t('drafts:relevance.currentNone') : t('drafts:relevance.current', { basis: t(basisNameKey(basis)) })}
      </p>
      {kind === 'joint_use_publication' && basis === 'pseudonymized_internal_use' ? <p>{t('drafts:relevance.jointUseInternal')}</p> : null}
      <button type="button" className="button button--secondary" onClick={onShowAnyway}>
        {t('drafts:relevance.showAnyway')}
      </button>
    </div>
  );
}

function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function DraftBody({ kind, assessmentId, projectName, applies, shownAnyway, generated, stored, language, onPrint, citeLine, name }: DraftSectionProps & { name: string }) {
  const { t } = useTranslation('drafts');
  const store = useDraftsApi();
  const savingEnabled = useDraftsState((state) => state.savingEnabled && state.storageProblem === null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>('none');
  const referenceRef = useRef<HTMLParagraphElement>(null);
  const regenerateRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const doc = stored?.doc ?? generated.doc;
  const onEdit = useCallback<EditHandler>(
    (at, text) => {
      store.getState().draftEdited(assessmentId, kind, generated, at, text);
    },
    [store, assessmentId, kind, generated],
  );
  const blanks = countBlanks(doc);
  const marker = t('editor.marker');

  // Shown "for reference" after a click on a button that has now gone: focus moves to the sentence that replaced it.
  useEffect(() => {
    if (!applies) referenceRef.current?.focus();
  }, [applies]);
  useEffect(() => {
    if (message === 'regenerated') messageRef.current?.focus();
  }, [message]);

  const fileName = (extension: string) => {
    const base = t(draftFileNameKey(kind));
    return safeFileName(projectName.trim() === '' ? base : `${projectName.trim()} ${base}`, base, extension);
  };
  const saveMarkdown = () => {
    downloadText(fileName('md'), 'text/markdown', renderMarkdown(exportedDoc(doc, citeLine)));
  };
  const saveDocx = async () => {
    setMessage('docxBusy');
    try {
      const { renderDocx } = await import('../../lib/export/docx');
      downloadBlob(fileName('docx'), await renderDocx(exportedDoc(doc, citeLine)));
      setMessage('docxDone');
    } catch {
      setMessage('docxFailed');
    }
  };

  return (
    <>
      {applies ? null : (
        <p className="notice draft__reference" tabIndex={-1} ref={referenceRef}>
          {shownAnyway || stored === undefined ? t('relevance.shownAnyway') : t('relevance.keptEdited')}
        </p>
      )}
      <div className="draft__state">
        <p>
          {stored === undefined
            ? t('editor.generated')
            : savingEnabled
              ? t('editor.edited', { date: formatDate(stored.updatedAt, language) })
              : t('editor.editedNotSaved')}
        </p>
        <p className="draft__blanks" data-blanks={blanks}>
          {blanks === 0 ? t('editor.blanksNone', { marker }) : t('editor.blanks', { marker, count: blanks })}
        </p>
      </div>
      {stored !== undefined && stored.language !== language ? (
        <p className="notice notice--warning">{t('editor.languageMismatch', { language: t(`editor.languageName.${stored.language}`) })}</p>
      ) : null}
      {stored?.language === language && stored.basedOn !== generated.basedOn ? (
        <p className="notice notice--warning">{t('editor.answersChanged')}</p>
      ) : null}

      <div className="button-group draft__actions" role="group" aria-label={t('actions.label', { name })}>
        {stored === undefined ? null : (
          <button
            type="button"
            className="button button--secondary"
            ref={regenerateRef}
            aria-expanded={confirming}
            onClick={() => {
              setMessage('none');
              setConfirming(true);
            }}
          >
            {t('actions.regenerate')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={saveMarkdown}>
          {t('actions.markdown')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={message === 'docxBusy'}
          onClick={() => {
            void saveDocx();
          }}
        >
          {t('actions.docx')}
        </button>
        <button type="button" className="button button--secondary" onClick={onPrint}>
          {t('actions.print')}
        </button>
      </div>

      {confirming && stored !== undefined ? (
        <ConfirmPrompt
          question={t('actions.confirmQuestion', { name })}
          confirmLabel={t('actions.confirm')}
          cancelLabel={t('actions.cancel')}
          onConfirm={() => {
            store.getState().draftDiscarded(assessmentId, kind);
            setConfirming(false);
            setMessage('regenerated');
          }}
          onCancel={() => {
            setConfirming(false);
            regenerateRef.current?.focus();
          }}
          className="draft__confirm"
        />
      ) : null}

      <div role="status" className="status-message">
        {message === 'none' ? null : (
          <p className={message === 'docxFailed' ? 'notice notice--warning' : 'notice notice--success'} tabIndex={-1} ref={messageRef}>
            {message === 'regenerated' ? t('actions.regenerated', { name }) : t(`actions.${message}`)}
          </p>
        )}
      </div>

      <ul className="draft__meta">
        {doc.meta.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p className="hint">{t('editor.hint')}</p>
      <DocEditor doc={doc} citeLine={citeLine} onEdit={onEdit} />
    </>
  );
}
