import { StorageNotices } from '../../components/ui/storage-notices';
import { useTrainingApi, useTrainingState } from './store-context';

/** Problems with saving training progress, shown on the training pages. */
export function TrainingStorageNotices() {
  const store = useTrainingApi();
  const problem = useTrainingState((state) => state.storageProblem);
  const savingEnabled = useTrainingState((state) => state.savingEnabled);
  return (
    <StorageNotices
      namespace="training"
      problem={problem}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
    />
  );
}
