import { useTranslation } from 'react-i18next';

import { StorageNotices as Notices } from '../../components/ui/storage-notices';
import type { TrainingStorageProblem } from './store';
import { useTrainingApi, useTrainingState } from './store-context';
import { trainingNamespaces } from './use-training';

function useExplanation(kind: TrainingStorageProblem['kind'] | undefined): string {
  const { t } = useTranslation(trainingNamespaces);
  switch (kind) {
    case 'unreadable':
      return t('training:storage.unreadable');
    case 'unknown_version':
      return t('training:storage.unknownVersion');
    case 'invalid':
      return t('training:storage.invalid');
    case undefined:
      return '';
  }
}

/** Problems with saving training progress, shown on the training pages. */
export function TrainingStorageNotices() {
  const { t } = useTranslation(trainingNamespaces);
  const store = useTrainingApi();
  const problem = useTrainingState((state) => state.storageProblem);
  const savingEnabled = useTrainingState((state) => state.savingEnabled);
  const explanation = useExplanation(problem?.kind);
  const texts = {
    problemHeading: t('training:storage.problemHeading'),
    kept: t('training:storage.kept'),
    download: t('training:storage.download'),
    downloadFileName: t('training:storage.downloadFileName'),
    discard: t('training:storage.discard'),
    confirmQuestion: t('training:storage.confirmQuestion'),
    confirmDiscard: t('training:storage.confirmDiscard'),
    cancelDiscard: t('training:storage.cancelDiscard'),
    discarded: t('training:storage.discarded'),
    savingOffHeading: t('training:storage.savingOffHeading'),
    savingOff: t('training:storage.savingOff'),
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
