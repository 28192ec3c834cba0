import type { SavedAssessment } from './schema';
import { selectCurrent } from './store';
import { useAssessmentsState } from './store-context';

/** The assessment being worked on, or undefined when none has been started or opened. */
export function useCurrentAssessment(): SavedAssessment | undefined {
  return useAssessmentsState(selectCurrent);
}
