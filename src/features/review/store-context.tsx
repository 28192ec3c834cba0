import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { defaultReviewsStore, type ReviewsState, type ReviewsStore } from './store';

/** Null means "the app's own store"; tests pass theirs through the provider. */
const ReviewsStoreContext = createContext<ReviewsStore | null>(null);

export function ReviewsStoreProvider({ store, children }: { store: ReviewsStore; children: ReactNode }) {
  return <ReviewsStoreContext value={store}>{children}</ReviewsStoreContext>;
}

/** The store itself, for actions and for reading fresh state inside event handlers. */
export function useReviewsApi(): ReviewsStore {
  return useContext(ReviewsStoreContext) ?? defaultReviewsStore();
}

/** Subscribes to a slice of the state; the selector must return stored values as they are, not new objects. */
export function useReviewsState<T>(selector: (state: ReviewsState) => T): T {
  return useStore(useReviewsApi(), selector);
}
