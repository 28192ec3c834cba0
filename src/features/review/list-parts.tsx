import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmButton } from '../../components/ui/confirm-button';
import { reviewNamespaces } from './namespaces';

/**
 * The "deleted" notice of a list of reviews. The delete button goes with its item, so the notice takes focus and a
 * keyboard user keeps their place.
 */
export function useDeletedNotice(): { readonly deleted: string | null; readonly onDeleted: (name: string) => void; readonly notice: ReactNode } {
  const { t } = useTranslation(reviewNamespaces);
  const [deleted, setDeleted] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (deleted !== null) statusRef.current?.focus();
  }, [deleted]);
  const notice = (
    <div role="status" className="status-message">
      {deleted === null ? null : (
        <p className="notice notice--success" tabIndex={-1} ref={statusRef}>
          {t('review:list.deleted', { name: deleted })}
        </p>
      )}
    </div>
  );
  return { deleted, onDeleted: setDeleted, notice };
}

/** When a review was last changed, as a row of its item's description list. */
export function UpdatedRow({ at }: { at: string }) {
  const { t } = useTranslation(reviewNamespaces);
  return (
    <div>
      <dt>{t('review:list.updated')}</dt>
      <dd>
        <time dateTime={at}>{t('review:list.date', { date: new Date(at), formatParams: { date: { dateStyle: 'medium', timeStyle: 'short' } } })}</time>
      </dd>
    </div>
  );
}

/** Deletes a review (or a project's reviews) from this browser after asking. */
export function DeleteItemButton({ name, question, onConfirm }: { name: string; question: string; onConfirm: () => void }) {
  const { t } = useTranslation(reviewNamespaces);
  return (
    <ConfirmButton
      label={t('review:list.delete')}
      accessibleLabel={`${t('review:list.delete')}${t('review:list.deleteFor', { name })}`}
      question={question}
      confirmLabel={t('review:list.confirmDelete')}
      cancelLabel={t('review:list.cancelDelete')}
      onConfirm={onConfirm}
    />
  );
}
