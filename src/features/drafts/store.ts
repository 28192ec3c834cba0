import { create } from 'zustand';

import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import { otherTabWrites } from '../../lib/other-tabs';
import type { OtherTabWrites } from '../../lib/other-tabs';
import { persistStore } from '../../lib/persisted-store';
import { applyEdit } from './doc-edit';
import type { TextAddress } from './doc-edit';
import { DRAFTS_STORAGE_KEY, emptyDrafts, loadDrafts } from './schema';
import type { AssessmentDrafts, DraftKind, DraftsStorageProblem, PersistedDrafts, StoredDraft } from './schema';

/** What a draft was generated as, before any edit: the starting point of its first edit. */
export type GeneratedDraft = Omit<StoredDraft, 'updatedAt'>;

export interface DraftsState extends PersistedDrafts {
  /** Saved drafts that could not be loaded; while set nothing is written, so they cannot be overwritten. */
  readonly storageProblem: DraftsStorageProblem | null;
  /** False when the browser refuses storage: edits work for this visit only, and the page says so. */
  readonly savingEnabled: boolean;

  /** A text was changed. The first edit of a draft stores the generated document it started from. */
  draftEdited(assessmentId: string, kind: DraftKind, generated: GeneratedDraft, at: TextAddress, text: string): void;
  /** The edits were discarded (after the user confirmed): the draft is generated from the answers again. */
  draftDiscarded(assessmentId: string, kind: DraftKind): void;
  storageProblemDismissed(): void;
}

export interface DraftsStoreDependencies {
  readonly storage: SafeStorage;
  readonly now: () => string;
  readonly onOtherTabWrite?: OtherTabWrites;
}

const defaultDependencies = (): DraftsStoreDependencies => ({
  storage: createSafeStorage(),
  now: () => new Date().toISOString(),
  onOtherTabWrite: otherTabWrites(DRAFTS_STORAGE_KEY),
});

const withDraft = (
  drafts: PersistedDrafts['drafts'],
  assessmentId: string,
  kind: DraftKind,
  draft: StoredDraft | undefined,
): PersistedDrafts['drafts'] => {
  const { [kind]: _previous, ...others } = drafts[assessmentId] ?? {};
  const next: AssessmentDrafts = draft === undefined ? others : { ...others, [kind]: draft };
  const { [assessmentId]: _old, ...rest } = drafts;
  return Object.keys(next).length === 0 ? rest : { ...rest, [assessmentId]: next };
};

export function createDraftsStore(deps: DraftsStoreDependencies = defaultDependencies()) {
  const loaded = loadDrafts(deps.storage.read(DRAFTS_STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyDrafts();

  const store = create<DraftsState>()((set, get) => ({
    ...initial,
    storageProblem: loaded.ok ? null : loaded.problem,
    savingEnabled: deps.storage.available,

    draftEdited(assessmentId, kind, generated, at, text) {
      const { drafts } = get();
      const base = drafts[assessmentId]?.[kind] ?? generated;
      const edited: StoredDraft = {
        language: base.language,
        basedOn: base.basedOn,
        updatedAt: deps.now(),
        doc: applyEdit(base.doc, at, text),
      };
      set({ drafts: withDraft(drafts, assessmentId, kind, edited) });
    },
    draftDiscarded(assessmentId, kind) {
      set({ drafts: withDraft(get().drafts, assessmentId, kind, undefined) });
    },
    storageProblemDismissed() {
      // The user has downloaded or chosen to discard the unreadable data: from now on saving may overwrite it.
      set({ storageProblem: null });
    },
  }));

  // Each write carries every assessment's drafts; another tab's (an edit there, a restored backup) is taken in.
  persistStore(store, {
    key: DRAFTS_STORAGE_KEY,
    storage: deps.storage,
    onOtherTabWrite: deps.onOtherTabWrite,
    changed: (state, previous) => state.drafts !== previous.drafts,
    persisted: (state): PersistedDrafts => ({ schemaVersion: initial.schemaVersion, drafts: state.drafts }),
    load: loadDrafts,
    taken: (stored) => ({ drafts: stored.drafts }),
  });

  return store;
}

export type DraftsStore = ReturnType<typeof createDraftsStore>;

/** The app's store, created on first use of the drafts page (this module loads with it, on demand). */
export const useDrafts = createDraftsStore();
