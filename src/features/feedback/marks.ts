import type { ReviewFile } from '../review/review-file';
import type { ReviewMark } from '../review/schema';

export type MarkCounts = Record<ReviewMark, number>;

/** How many answers and checklist items the reviewer gave each mark, both together. */
export function markCounts(file: ReviewFile): MarkCounts {
  const counts: MarkCounts = { acceptable: 0, needs_clarification: 0, not_acceptable: 0 };
  for (const mark of [...Object.values(file.marks.answers), ...Object.values(file.marks.checklist)]) counts[mark] += 1;
  return counts;
}
