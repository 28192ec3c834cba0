import type { FileProblem } from '../exchange/format';
import type { ShareProblem } from '../exchange/share-link';
import type { ProjectFileIssue } from '../projects/file';

/** Why a file could not be opened for review: the exchange format's problems plus the reading itself. */
export type FileOpenProblem =
  | FileProblem
  /** A project file with a problem; each issue names its flow (index and label) when it is in one. */
  | { readonly kind: 'invalid_project'; readonly issues: readonly ProjectFileIssue[] }
  | { readonly kind: 'read_failed' }
  | { readonly kind: 'several_files'; readonly count: number }
  | { readonly kind: 'no_file' };

/** Why a pasted share link could not be opened. */
export type LinkOpenProblem = { readonly kind: ShareProblem } | { readonly kind: 'empty' } | { readonly kind: 'no_payload' };

export type OpenProblem =
  | { readonly source: 'file'; readonly problem: FileOpenProblem }
  | { readonly source: 'link'; readonly problem: LinkOpenProblem };
