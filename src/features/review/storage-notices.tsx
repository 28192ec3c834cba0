import { useTranslation } from 'react-i18next';

import { StorageNotices as Notices } from '../../components/ui/storage-notices';
import { reviewNamespaces } from './namespaces';
import type { ReviewsStorageProblem } from './schema';
import { useReviewsApi, useReviewsState } from './store-context';

function explanationKey(kind: ReviewsStorageProblem['kind']) {
  switch (kind) {
    case 'unreadable':
      return 'review:storage.unreadable' as const;
    case 'unknown_version':
      return 'review:storage.unknownVersion' as const;
    case 'invalid':
      return 'review:storage.invalid' as const;
  }
}

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

/** Messages about saving reviews: a load problem (with its raw data kept) and "saving is off". */
export function ReviewStorageNotices() {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const problem = useReviewsState((state) => state.storageProblem);
  const savingEnabled = useReviewsState((state) => state.savingEnabled);
  const texts = {
    problemHeading: t('review:storage.problemHeading'),
    kept: t('review:storage.kept'),
    download: t('review:storage.download'),
    downloadFileName: t('review:storage.downloadFileName'),
    discard: t('review:storage.discard'),
    confirmQuestion: t('review:storage.confirmQuestion'),
    confirmDiscard: t('review:storage.confirmDiscard'),
    cancelDiscard: t('review:storage.cancelDiscard'),
    discarded: t('review:storage.discarded'),
    savingOffHeading: t('review:storage.savingOffHeading'),
    savingOff: t('review:storage.savingOff'),
  };
  return (
    <Notices
      problem={problem}
      explanation={problem === null ? '' : t(explanationKey(problem.kind))}
      details={problem === null ? null : <IssueDetails problem={problem} />}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
      texts={texts}
    />
  );
}
