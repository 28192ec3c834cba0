import { StorageNotices } from '../../components/ui/storage-notices';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';

/** Messages about saving assessments, shown at the top of the start page. */
export function SavedStorageNotices() {
  const store = useAssessmentsApi();
  const problem = useAssessmentsState((state) => state.storageProblem);
  const savingEnabled = useAssessmentsState((state) => state.savingEnabled);
  return (
    <StorageNotices
      namespace="common"
      problem={problem}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
    />
  );
}
