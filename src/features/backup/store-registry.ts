import { z } from 'zod/mini';

import type { LoadResult } from '../../lib/versioned-storage';

/**
 * The stores a backup holds, by a stable id (persisted in backup files: renaming one is a new backup format).
 * Adding a store to the backup: add its id here and one entry in `stores.ts`; the file format, the loader, the
 * preview, the merge and the page take it from there.
 */
export const BackupStoreId = z.enum(['assessments', 'projects', 'history', 'reviews', 'drafts', 'dataChecks', 'training', 'profile', 'language']);
export type BackupStoreId = z.infer<typeof BackupStoreId>;

/** One thing the person would recognise in the preview: an assessment, a review, a draft, the profile. */
export interface BackupItem {
  readonly id: string;
  /** As the person named it; may be empty (an untitled assessment), and the page says so. */
  readonly name: string;
  /** A locale key (in the backup namespace) that words the item, for items that have no name of their own. */
  readonly label?: ItemLabel;
}

/** Items without a name of their own, worded by the page (`backup:item.<label>`, with `name` passed in). */
export const ItemLabel = z.enum(['trainingAnswer', 'trainingSet', 'trainingSetAside', 'language', 'linkReview', 'draft']);
export type ItemLabel = z.infer<typeof ItemLabel>;

/** Where inside a store's section a problem lies: the item (as the person knows it) and the field inside it. */
export interface IssuePlace {
  readonly item: string | null;
  readonly field: string;
}

/**
 * What the backup needs to know about one store. Everything is the feature's own: `load` is the store's versioned
 * loader (its zod schema and migrations), `serialize` writes what the store itself writes, so a restored store reads
 * its data exactly as if it had saved it.
 */
export interface StoreDefinition<State, Item> {
  readonly id: BackupStoreId;
  readonly storageKey: string;
  /** The store's loader: stored text (null when absent) → its state, migrated from older versions. */
  readonly load: (raw: string | null) => LoadResult<State>;
  readonly serialize: (state: State) => string;
  /** The state as it goes into the backup file (JSON); `fromSection` reads it back through the same loader. */
  readonly toSection?: (state: State) => unknown;
  readonly fromSection?: (section: unknown) => LoadResult<State>;
  readonly items: (state: State) => readonly Item[];
  readonly describe: (item: Item) => BackupItem;
  /** `base` with its items replaced by `items` (everything else in `base`, like the open assessment, kept). */
  readonly withItems: (base: State, items: readonly Item[]) => State;
  /** Names the item a validation issue lies in, from the section as it was in the file. */
  readonly locate: (path: readonly PropertyKey[], section: unknown) => IssuePlace;
  /**
   * Puts restored state into the running store, when its page has loaded it, so every page shows the restored data
   * without a reload. A store not loaded yet reads the storage when its page first opens.
   */
  readonly applyLive: (state: State) => Promise<void>;
}

export type SectionIssue = IssuePlace & { readonly message: string };

export type SectionProblem =
  | { readonly kind: 'unknown_version'; readonly version: unknown }
  | { readonly kind: 'invalid'; readonly issues: readonly SectionIssue[] };

/** The per-store choice the person makes. */
export const RestoreMode = z.enum(['add', 'replace']);
export type RestoreMode = z.infer<typeof RestoreMode>;

/** How one store's data compares with what this browser holds. */
export interface StorePlan {
  readonly store: BackupStoreId;
  /** This browser's data for the store cannot be read: the restore leaves it untouched (it has its own notice). */
  readonly currentUnreadable: boolean;
  /** In the backup only: restored in both modes. */
  readonly added: readonly BackupItem[];
  /** The same here and in the backup: nothing to do. */
  readonly same: readonly BackupItem[];
  /** Here in another version (same id, different content): kept by "add", overwritten by "replace". */
  readonly differing: readonly BackupItem[];
  /** Only here: kept in both modes. */
  readonly onlyHere: readonly BackupItem[];
  /** What this store's storage would hold after the restore, or null when it would not change. */
  readonly outcome: (mode: RestoreMode) => StoreOutcome;
}

export type StoreOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'write'; readonly text: string; readonly applyLive: () => Promise<void> }
  /** The merged data fails the store's own schema (a limit on how many it holds): nothing is written. */
  | { readonly kind: 'invalid'; readonly issues: readonly string[] };

/** A store's section of a backup file, validated. */
export interface ParsedSection {
  readonly store: BackupStoreId;
  readonly items: readonly BackupItem[];
  /** Compares with this browser's stored text for the store. */
  readonly planAgainst: (currentRaw: string | null) => StorePlan;
}

/** A store as the backup sees it: types erased, so the registry can be one list. */
export interface BackupStore {
  readonly id: BackupStoreId;
  readonly storageKey: string;
  /** This browser's data for the backup, or null when what is stored cannot be read. */
  readonly readForBackup: (raw: string | null) => { readonly section: unknown; readonly items: readonly BackupItem[] } | null;
  readonly parseSection: (section: unknown) => { readonly ok: true; readonly parsed: ParsedSection } | { readonly ok: false; readonly problem: SectionProblem };
}

/** Compares two JSON values regardless of key order (a migration or an older build may write keys in another order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The merged list: what is here stays in its order; "replace" swaps in the backup's version of an item in both. */
export function mergeItems<Item>(current: readonly Item[], incoming: readonly Item[], idOf: (item: Item) => string, mode: RestoreMode): Item[] {
  const incomingById = new Map(incoming.map((item) => [idOf(item), item]));
  const currentIds = new Set(current.map(idOf));
  const kept = current.map((item) => (mode === 'replace' ? (incomingById.get(idOf(item)) ?? item) : item));
  return [...kept, ...incoming.filter((item) => !currentIds.has(idOf(item)))];
}

/** Builds the type-erased store from its definition; the state and item types stay inside. */
export function defineStore<State, Item>(definition: StoreDefinition<State, Item>): BackupStore {
  const { load, serialize, items, describe } = definition;
  const toSection = definition.toSection ?? ((state: State): unknown => JSON.parse(serialize(state)));
  const fromSection = definition.fromSection ?? ((section: unknown) => load(JSON.stringify(section)));
  const idOf = (item: Item) => describe(item).id;

  const planFor = (incoming: State, currentRaw: string | null): StorePlan => {
    const current = load(currentRaw);
    const incomingItems = items(incoming);
    if (!current.ok) {
      return {
        store: definition.id,
        currentUnreadable: true,
        added: [],
        same: [],
        differing: [],
        onlyHere: [],
        outcome: () => ({ kind: 'unchanged' }),
      };
    }
    const currentItems = items(current.state);
    const currentById = new Map(currentItems.map((item) => [idOf(item), item]));
    const incomingIds = new Set(incomingItems.map(idOf));
    const added: BackupItem[] = [];
    const same: BackupItem[] = [];
    const differing: BackupItem[] = [];
    for (const item of incomingItems) {
      const here = currentById.get(idOf(item));
      if (here === undefined) added.push(describe(item));
      else if (canonicalJson(here) === canonicalJson(item)) same.push(describe(item));
      else differing.push(describe(item));
    }
    const onlyHere = currentItems.filter((item) => !incomingIds.has(idOf(item))).map(describe);

    const outcome = (mode: RestoreMode): StoreOutcome => {
      if (added.length === 0 && (mode === 'add' || differing.length === 0)) return { kind: 'unchanged' };
      const merged = definition.withItems(current.state, mergeItems(currentItems, incomingItems, idOf, mode));
      const text = serialize(merged);
      // The store must be able to read what the restore writes: its own loader is the judge (it knows its limits).
      const check = load(text);
      if (!check.ok) return { kind: 'invalid', issues: check.problem.kind === 'invalid' ? check.problem.issues : [check.problem.kind] };
      const restored = check.state;
      return { kind: 'write', text, applyLive: () => definition.applyLive(restored) };
    };
    return { store: definition.id, currentUnreadable: false, added, same, differing, onlyHere, outcome };
  };

  return {
    id: definition.id,
    storageKey: definition.storageKey,
    readForBackup(raw) {
      const loaded = load(raw);
      return loaded.ok ? { section: toSection(loaded.state), items: items(loaded.state).map(describe) } : null;
    },
    parseSection(section) {
      const loaded = fromSection(section);
      if (loaded.ok) {
        const state = loaded.state;
        return { ok: true, parsed: { store: definition.id, items: items(state).map(describe), planAgainst: (raw) => planFor(state, raw) } };
      }
      const problem = loaded.problem;
      switch (problem.kind) {
        case 'unknown_version':
          return { ok: false, problem: { kind: 'unknown_version', version: problem.version } };
        case 'unreadable':
          return { ok: false, problem: { kind: 'invalid', issues: [{ item: null, field: '', message: 'not JSON' }] } };
        case 'invalid': {
          const located = problem.located ?? problem.issues.map((message) => ({ path: [], message }));
          return {
            ok: false,
            problem: { kind: 'invalid', issues: located.map((issue) => ({ ...definition.locate(issue.path, section), message: issue.message })) },
          };
        }
      }
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const pathText = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * For stores holding a list under one key: a path into the list names the item by its name (or id), falling back
 * to its number, as the person would find it.
 */
export function locateInList(listKey: string, nameOf: (raw: Record<string, unknown>) => unknown) {
  return (path: readonly PropertyKey[], section: unknown): IssuePlace => {
    const [head, index, ...rest] = path;
    if (head !== listKey || typeof index !== 'number') return { item: null, field: pathText(path) };
    const list = isRecord(section) ? section[listKey] : undefined;
    const raw: unknown = Array.isArray(list) ? list[index] : undefined;
    const name = isRecord(raw) ? nameOf(raw) : undefined;
    const label = typeof name === 'string' && name.trim() !== '' ? `${name.slice(0, 80)} (#${String(index + 1)})` : `#${String(index + 1)}`;
    return { item: label, field: pathText(rest) };
  };
}

export { isRecord as isJsonRecord, pathText };
