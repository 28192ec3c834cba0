import { StorageNotices } from '../../components/ui/storage-notices';
import { useDraftsApi, useDraftsState } from './store-context';

/** Problems with saving drafts, shown at the top of the drafts page. */
export function DraftsStorageNotices() {
  const store = useDraftsApi();
  const problem = useDraftsState((state) => state.storageProblem);
  const savingEnabled = useDraftsState((state) => state.savingEnabled);
  return (
    <StorageNotices
      namespace="drafts"
      problem={problem}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
    />
  );
}
