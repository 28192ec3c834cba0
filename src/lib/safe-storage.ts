/**
 * localStorage that never throws: private modes, disabled storage and full quotas all happen in hospitals.
 * Callers learn whether a write succeeded and can tell the user that saving is off.
 */
export interface SafeStorage {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  readonly available: boolean;
}

/** Whether a storage takes a write: private modes and disabled storage throw on it. */
function probed(getStorage: () => Storage | undefined): Storage | undefined {
  try {
    const storage = getStorage();
    const probe = '__mdn_probe__';
    storage?.setItem(probe, probe);
    storage?.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** The page's own localStorage, probed once: every store asks for it while the page starts, and each probe writes. */
let pageStorage: { readonly storage: Storage | undefined } | undefined;

export function createSafeStorage(getStorage?: () => Storage | undefined): SafeStorage {
  const storage = getStorage === undefined ? (pageStorage ??= { storage: probed(() => globalThis.localStorage) }).storage : probed(getStorage);
  return {
    available: storage !== undefined,
    read(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (storage === undefined) return false;
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
  };
}
