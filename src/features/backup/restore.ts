import type { ParsedBackup } from './format';
import type { BackupStoreId, RestoreMode, StorePlan } from './store-registry';

/** The storage a restore writes to; `remove` undoes a write to a key that held nothing before. */
export interface RestoreStorage {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

/** The backup compared, store by store, with what this browser holds now. */
export function planRestore(backup: ParsedBackup, read: (key: string) => string | null, storageKeyOf: (store: BackupStoreId) => string): StorePlan[] {
  return backup.sections.map((section) => section.planAgainst(read(storageKeyOf(section.store))));
}

/** Whether the mode would change anything at all (the page then offers nothing to press). */
export const changesAnything = (plans: readonly StorePlan[], mode: RestoreMode): boolean =>
  plans.some((plan) => plan.added.length > 0 || (mode === 'replace' && plan.differing.length > 0));

export type RestoreResult =
  | { readonly ok: true; readonly written: readonly BackupStoreId[]; readonly liveUpdated: boolean }
  /** The merged data would break a store's own limits: nothing was written. */
  | { readonly ok: false; readonly kind: 'invalid'; readonly store: BackupStoreId; readonly issues: readonly string[] }
  /** The browser refused a write (storage full or off): what was written is put back as it was. */
  | { readonly ok: false; readonly kind: 'write_failed'; readonly store: BackupStoreId };

/**
 * Writes every store's merged data, or none: each outcome is computed and checked by the store's own loader first,
 * and if the browser refuses a write half way, the stores already written get their earlier text back. Then the
 * running stores take in what was written.
 *
 * `storageKeyOf` and the plans come from the same registry, so a store is always written under its own key.
 */
export async function applyRestore(
  plans: readonly StorePlan[],
  mode: RestoreMode,
  storage: RestoreStorage,
  storageKeyOf: (store: BackupStoreId) => string,
  /** Off where no app is running (the bench's fuzzing): the stores' modules would otherwise be loaded for nothing. */
  options: { readonly updateRunningStores?: boolean } = {},
): Promise<RestoreResult> {
  const writes: { store: BackupStoreId; key: string; text: string; applyLive: () => Promise<void> }[] = [];
  for (const plan of plans) {
    const outcome = plan.outcome(mode);
    switch (outcome.kind) {
      case 'unchanged':
        break;
      case 'invalid':
        return { ok: false, kind: 'invalid', store: plan.store, issues: outcome.issues };
      case 'write':
        writes.push({ store: plan.store, key: storageKeyOf(plan.store), text: outcome.text, applyLive: outcome.applyLive });
    }
  }

  const done: { key: string; before: string | null }[] = [];
  for (const write of writes) {
    const before = storage.read(write.key);
    if (!storage.write(write.key, write.text)) {
      for (const { key, before: earlier } of done.reverse()) {
        if (earlier === null) storage.remove(key);
        else storage.write(key, earlier);
      }
      return { ok: false, kind: 'write_failed', store: write.store };
    }
    done.push({ key: write.key, before });
  }

  let liveUpdated = true;
  if (options.updateRunningStores === false) return { ok: true, written: writes.map((write) => write.store), liveUpdated: false };
  for (const write of writes) {
    try {
      await write.applyLive();
    } catch {
      // The data is stored; only this page's copy is stale (a page's code could not load). The page asks for a reload.
      liveUpdated = false;
    }
  }
  return { ok: true, written: writes.map((write) => write.store), liveUpdated };
}
