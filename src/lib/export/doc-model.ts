import type { CitationId } from '../../rules';

/**
 * A small document model that every export (assessment report, document drafts, review memo, training handout)
 * is built in once, then rendered to Markdown or .docx. Text is plain text everywhere: renderers escape it, so
 * markup typed by a user stays text in every format.
 */
/**
 * The sources a block rests on, as citation ids (src/rules/citations.ts). Kept apart from the text, so an edit of
 * the words never drops or forges a source; whoever renders the block turns the ids into words in its language.
 */
export type Cite = readonly CitationId[];

export type DocBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly cite?: Cite }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[]; readonly cite?: Cite }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly cite?: Cite }
  | { readonly kind: 'checklist'; readonly items: readonly { readonly text: string; readonly done: boolean }[] };

export interface DocModel {
  readonly title: string;
  /** Shown under the title: rule-set version, date, fingerprint. */
  readonly meta: readonly string[];
  readonly blocks: readonly DocBlock[];
}
