import { useTranslation } from 'react-i18next';

import { StorageNotices } from '../../components/ui/storage-notices';
import { reviewNamespaces } from './namespaces';
import type { ReviewsStorageProblem } from './schema';
import { useReviewsApi, useReviewsState } from './store-context';

/** The validator's findings for stored reviews that did not pass, for a reviewer who wants to see why. */
function IssueDetails({ problem }: { problem: ReviewsStorageProblem }) {
  const { t } = useTranslation(reviewNamespaces);
  if (problem.kind !== 'invalid') return null;
  return (
    <details className="review-issues">
      <summary>{t('review:storage.details')}</summary>
      <ul>
        {problem.issues.slice(0, 20).map((issue, index) => (
          // Issues may repeat word for word, so the position is part of the key.
          <li key={`${String(index)}:${issue}`}>
            <code>{issue}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Messages about saving reviews: a load problem (with its raw data kept and the validator's findings) and
 * "saving is off".
 */
export function ReviewStorageNotices() {
  const store = useReviewsApi();
  const problem = useReviewsState((state) => state.storageProblem);
  const savingEnabled = useReviewsState((state) => state.savingEnabled);
  return (
    <StorageNotices
      namespace="review"
      problem={problem}
      details={problem === null ? null : <IssueDetails problem={problem} />}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
    />
  );
}
