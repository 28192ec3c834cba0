import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { StorageProblem } from '../../lib/versioned-storage';
import { DownloadOrDiscard } from './download-or-discard';

/**
 * The locale namespaces that word the notices of one store. Each holds the same `storage.*` keys, so one component
 * serves the assessments, drafts, training, review, profile and projects stores. i18next's types accept a key found in any of them,
 * so tests/i18n checks that every namespace here has every key of STORAGE_NOTICE_KEYS.
 */
export const STORAGE_NOTICES_NAMESPACES = ['common', 'drafts', 'training', 'review', 'profile', 'projects', 'datacheck'] as const;
export type StorageNoticesNamespace = (typeof STORAGE_NOTICES_NAMESPACES)[number];

const explanationKeys = {
  unreadable: 'storage.unreadable',
  unknown_version: 'storage.unknownVersion',
  invalid: 'storage.invalid',
} as const satisfies Record<StorageProblem['kind'], string>;

export const STORAGE_NOTICE_KEYS = [
  ...Object.values(explanationKeys),
  'storage.problemHeading',
  'storage.kept',
  'storage.download',
  'storage.downloadFileName',
  'storage.discard',
  'storage.confirmQuestion',
  'storage.confirmDiscard',
  'storage.cancelDiscard',
  'storage.discarded',
  'storage.savingOffHeading',
  'storage.savingOff',
] as const;

export interface StorageNoticesProps {
  /** Whose words: the namespace of the store's feature. */
  readonly namespace: StorageNoticesNamespace;
  /** Stored data that could not be loaded, with its raw text, or null. */
  readonly problem: StorageProblem | null;
  /** More detail under the explanation (for example the validator's findings). */
  readonly details?: ReactNode;
  readonly savingEnabled: boolean;
  /** The person confirmed: from now on saving may overwrite the unreadable data. */
  readonly onDiscard: () => void;
}

/**
 * Stored data that could not be loaded. The stores keep the raw text and write nothing while the problem stands,
 * so nothing is lost silently: the person can download the data, or discard it after confirming. Also says when
 * saving is off (storage unavailable or full), and announces a discard in a status region.
 */
export function StorageNotices({ namespace, problem, details, savingEnabled, onDiscard }: StorageNoticesProps) {
  // Only this store's namespace is loaded.
  const { t: translate } = useTranslation(namespace);
  const t = (key: (typeof STORAGE_NOTICE_KEYS)[number]) => translate(key);
  const headingId = useId();
  const savingOffId = useId();
  const [hadProblem, setHadProblem] = useState(problem !== null);
  if (problem !== null && !hadProblem) setHadProblem(true);
  const discarded = problem === null && hadProblem;
  const discardedRef = useRef<HTMLParagraphElement>(null);
  // The confirm button has gone with the notice; focus goes to the confirmation so keyboard users keep their place.
  useEffect(() => {
    if (discarded) discardedRef.current?.focus();
  }, [discarded]);

  return (
    <>
      {problem === null ? null : (
        <section className="notice notice--problem" aria-labelledby={headingId}>
          <h2 className="notice__heading" id={headingId}>
            {t('storage.problemHeading')}
          </h2>
          <p>{t(explanationKeys[problem.kind])}</p>
          {details}
          <p>{t('storage.kept')}</p>
          <DownloadOrDiscard
            text={problem.raw}
            fileName={t('storage.downloadFileName')}
            downloadLabel={t('storage.download')}
            discardLabel={t('storage.discard')}
            confirm={{
              question: t('storage.confirmQuestion'),
              confirmLabel: t('storage.confirmDiscard'),
              cancelLabel: t('storage.cancelDiscard'),
            }}
            onDiscard={onDiscard}
          />
        </section>
      )}
      <div role="status" className="status-message">
        {discarded ? (
          <p className="notice notice--success" tabIndex={-1} ref={discardedRef}>
            {t('storage.discarded')}
          </p>
        ) : null}
      </div>
      {savingEnabled ? null : (
        <section className="notice notice--warning" aria-labelledby={savingOffId}>
          <h2 className="notice__heading" id={savingOffId}>
            {t('storage.savingOffHeading')}
          </h2>
          <p>{t('storage.savingOff')}</p>
        </section>
      )}
    </>
  );
}
