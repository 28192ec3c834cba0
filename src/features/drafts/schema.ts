import { z } from 'zod/mini';

import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';

import type { DocModel } from '../../lib/export/doc-model';
import { CitationId } from '../../rules';

export const DRAFTS_STORAGE_KEY = 'mdn.drafts';
export const DRAFTS_SCHEMA_VERSION = 1;

/**
 * The drafts. Stable ids: they are keys in saved data and the values of `data-draft` on the page. New kinds are only
 * ever appended: a stored draft of an older kind keeps loading, so no storage version is needed for them.
 */
export const DraftKind = z.enum([
  'joint_use_publication',
  'processing_plan',
  'deletion_info_rules',
  'joint_use_agreement',
  'research_plan_pi_section',
  'disclosure_notice',
  'provision_record',
  'receipt_record',
  'foreign_provision_info',
]);
export type DraftKind = z.infer<typeof DraftKind>;

export const DraftLanguage = z.enum(['ja', 'en']);
export type DraftLanguage = z.infer<typeof DraftLanguage>;

// Generous limits: far above any real draft, low enough that a hostile file cannot exhaust memory or storage.
const text = z.string().check(z.maxLength(20_000));
const texts = (max: number) => z.array(text).check(z.maxLength(max));

// Optional, so drafts saved before blocks carried their sources (rule set 1 included) load as they are.
const cite = z.optional(z.array(CitationId).check(z.maxLength(20)));

const docBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text }),
  z.strictObject({ kind: z.literal('paragraph'), text, cite }),
  z.strictObject({ kind: z.literal('list'), ordered: z.boolean(), items: texts(500), cite }),
  z.strictObject({ kind: z.literal('table'), header: texts(20), rows: z.array(texts(20)).check(z.maxLength(500)), cite }),
  z.strictObject({
    kind: z.literal('checklist'),
    items: z.array(z.strictObject({ text, done: z.boolean() })).check(z.maxLength(500)),
  }),
]);

export const docModelSchema = z.strictObject({ title: text, meta: texts(20), blocks: z.array(docBlockSchema).check(z.maxLength(2_000)) });

/** A draft the user has edited: the whole document as edited, with what it was generated from. */
export interface StoredDraft {
  /** The language the draft was generated in; a switch of UI language does not translate edits. */
  readonly language: DraftLanguage;
  /** Fingerprint of rules version and answers at generation, to tell the user when the answers have moved on. */
  readonly basedOn: string;
  readonly updatedAt: string;
  readonly doc: DocModel;
}

export type AssessmentDrafts = Readonly<Partial<Record<DraftKind, StoredDraft>>>;

export interface PersistedDrafts {
  readonly schemaVersion: typeof DRAFTS_SCHEMA_VERSION;
  /** By assessment id. Only edited drafts are stored; an unedited draft is always generated afresh. */
  readonly drafts: Readonly<Record<string, AssessmentDrafts>>;
}

const storedDraftSchema = z.strictObject({
  language: DraftLanguage,
  basedOn: z.string().check(z.maxLength(100)),
  updatedAt: z.iso.datetime(),
  doc: docModelSchema,
});

const assessmentDraftsSchema = z.strictObject(
  Object.fromEntries(DraftKind.options.map((kind) => [kind, z.optional(storedDraftSchema)])) as Record<DraftKind, z.ZodMiniOptional<typeof storedDraftSchema>>,
);

export const persistedDraftsSchema = z.strictObject({
  schemaVersion: z.literal(DRAFTS_SCHEMA_VERSION),
  drafts: z.record(z.string().check(z.minLength(1), z.maxLength(100)), assessmentDraftsSchema),
});

/** Why saved drafts could not be loaded; the raw text is kept so the user can download it. */
export type DraftsStorageProblem = StorageProblem;

export type DraftsLoadResult = LoadResult<PersistedDrafts>;

export const emptyDrafts = (): PersistedDrafts => ({ schemaVersion: DRAFTS_SCHEMA_VERSION, drafts: {} });

/** Drops the keys zod gives for absent optional drafts, so `exactOptionalPropertyTypes` holds. */
function withoutUndefined(drafts: Record<string, z.infer<typeof assessmentDraftsSchema>>): Record<string, AssessmentDrafts> {
  return Object.fromEntries(
    Object.entries(drafts).map(([id, byKind]) => [
      id,
      Object.fromEntries(Object.entries(byKind).filter(([, draft]) => draft !== undefined)) as AssessmentDrafts,
    ]),
  );
}

/** Parses stored text. Nothing is discarded here: a failure carries the raw text back to the caller. */
export function loadDrafts(raw: string | null): DraftsLoadResult {
  // The schema's own (mutable) type is read here; the store keeps the readonly PersistedDrafts.
  const loaded = loadVersioned(raw, DRAFTS_SCHEMA_VERSION, persistedDraftsSchema, () => ({ schemaVersion: DRAFTS_SCHEMA_VERSION, drafts: {} }));
  return loaded.ok ? { ok: true, state: { schemaVersion: DRAFTS_SCHEMA_VERSION, drafts: withoutUndefined(loaded.state.drafts) } } : loaded;
}
