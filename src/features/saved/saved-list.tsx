import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths, questionPath } from '../../routing/paths';
import { nextQuestion } from '../../rules';
import type { SavedAssessment } from '../assessments/schema';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';
import { SavedItem, type SavedItemActions, savedHeadingId } from './saved-item';

/** What the status region last said; a deletion keeps the id, so Undo shows only for that deletion. */
type Notice =
  | { readonly kind: 'deleted'; readonly id: string; readonly name: string }
  | { readonly kind: 'restored' | 'duplicated' | 'renamed'; readonly name: string };

const undoButtonId = 'saved-undo';

const newestFirst = (a: SavedAssessment, b: SavedAssessment) => b.updatedAt.localeCompare(a.updatedAt);

/**
 * The assessments saved in this browser. Every action is announced in a status region, and focus goes somewhere
 * sensible when the button that was used disappears (Undo after a delete, the item after undo or duplicate).
 */
export function SavedList() {
  const { t } = useTranslation();
  const store = useAssessmentsApi();
  const navigate = useNavigate();
  const assessments = useAssessmentsState((state) => state.assessments);
  const lastDeleted = useAssessmentsState((state) => state.lastDeleted);
  const [notice, setNotice] = useState<Notice | null>(null);
  const headingId = useId();
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const actions: SavedItemActions = {
    open(assessment) {
      store.getState().assessmentOpened(assessment.id);
      // A finished assessment opens on its result; an unfinished one where its answers stop.
      const next = nextQuestion(assessment.answers);
      void navigate(next === null ? paths.result : questionPath(next));
    },
    duplicate(assessment, displayName) {
      const name = t('saved.copyName', { name: displayName });
      const copyId = store.getState().assessmentDuplicated(assessment.id, name);
      setNotice({ kind: 'duplicated', name });
      pendingFocus.current = savedHeadingId(copyId);
    },
    rename(assessment, name) {
      store.getState().assessmentRenamed(assessment.id, name);
      setNotice({ kind: 'renamed', name: name === '' ? t('saved.unnamed') : name });
    },
    remove(assessment, displayName) {
      store.getState().assessmentDeleted(assessment.id);
      setNotice({ kind: 'deleted', id: assessment.id, name: displayName });
      pendingFocus.current = undoButtonId;
    },
  };

  const undo = () => {
    if (notice?.kind !== 'deleted') return;
    store.getState().deletionUndone();
    setNotice({ kind: 'restored', name: notice.name });
    pendingFocus.current = savedHeadingId(notice.id);
  };

  const canUndo = notice?.kind === 'deleted' && lastDeleted?.assessment.id === notice.id;
  const sorted = [...assessments].sort(newestFirst);

  return (
    <section className="saved" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('saved.heading')}</h2>
      {/* Always in the page, so screen readers announce what is put into it. */}
      <div className="status-message" role="status">
        {notice === null ? null : (
          <div className="notice notice--success">
            <p>{t(`saved.${notice.kind}`, { name: notice.name })}</p>
            {canUndo ? (
              <button type="button" className="button button--secondary" id={undoButtonId} onClick={undo}>
                {t('saved.undo')}
              </button>
            ) : null}
          </div>
        )}
      </div>
      {sorted.length === 0 ? (
        <p>{t('saved.empty')}</p>
      ) : (
        <>
          <p>{t('saved.intro')}</p>
          <ul className="saved-list">
            {sorted.map((assessment) => (
              <SavedItem key={assessment.id} assessment={assessment} actions={actions} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
