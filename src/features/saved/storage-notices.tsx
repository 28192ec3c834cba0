import { useTranslation } from 'react-i18next';

import { StorageNotices as Notices } from '../../components/ui/storage-notices';
import type { StorageProblem } from '../assessments/schema';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';
function useExplanation(kind: StorageProblem['kind'] | undefined): string {
  const { t } = useTranslation();
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

/** Messages about saving, shown at the top of the start page. */
export function StorageNotices() {
  const { t } = useTranslation();
  const store = useAssessmentsApi();
  const problem = useAssessmentsState((state) => state.storageProblem);
  const savingEnabled = useAssessmentsState((state) => state.savingEnabled);
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
