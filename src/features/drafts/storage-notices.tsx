import { useTranslation } from 'react-i18next';

import { StorageNotices as Notices } from '../../components/ui/storage-notices';
import type { DraftsStorageProblem } from './schema';
import { useDraftsApi, useDraftsState } from './store-context';
function useExplanation(kind: DraftsStorageProblem['kind'] | undefined): string {
  const { t } = useTranslation('drafts');
  switch (kind) {
    case 'unreadable':
      return t('storage.unreadable');
    case 'unknown_version':
      return t('storage.unknownVersion');
    case 'invalid':
      return t('storage.invalid');
    case undefined:
      return '';
  }
}

/** Problems with saving drafts, shown at the top of the drafts page. */
export function DraftsStorageNotices() {
  const { t } = useTranslation('drafts');
  const store = useDraftsApi();
  const problem = useDraftsState((state) => state.storageProblem);
  const savingEnabled = useDraftsState((state) => state.savingEnabled);
  const explanation = useExplanation(problem?.kind);
  const texts = {
    problemHeading: t('storage.problemHeading'),
    kept: t('storage.kept'),
    download: t('storage.download'),
    downloadFileName: t('storage.downloadFileName'),
    discard: t('storage.discard'),
    confirmQuestion: t('storage.confirmQuestion'),
    confirmDiscard: t('storage.confirmDiscard'),
    cancelDiscard: t('storage.cancelDiscard'),
    discarded: t('storage.discarded'),
    savingOffHeading: t('storage.savingOffHeading'),
    savingOff: t('storage.savingOff'),
  };
  return (
    <Notices
      problem={problem}
      explanation={explanation}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
      texts={texts}
    />
  );
}
