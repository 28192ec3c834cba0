import { StorageNotices } from '../../components/ui/storage-notices';
import { useProjectsApi, useProjectsState } from './store-context';

/** Problems with saving projects, shown at the top of the project pages. */
export function ProjectsStorageNotices() {
  const store = useProjectsApi();
  const problem = useProjectsState((state) => state.storageProblem);
  const savingEnabled = useProjectsState((state) => state.savingEnabled);
  return (
    <StorageNotices
      namespace="projects"
      problem={problem}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
    />
  );
}
