/**
 * localStorage that never throws: private modes, disabled storage and full quotas all happen in hospitals.
 * Callers learn whether a write succeeded and can tell the user that saving is off.
 */
export interface SafeStorage {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  readonly available: boolean;
}

export function createSafeStorage(getStorage: () => Storage | undefined = () => globalThis.localStorage): SafeStorage {
  let storage: Storage | undefined;
  try {
    storage = getStorage();
    const probe = '__mdn_probe__';
    storage?.setItem(probe, probe);
    storage?.removeItem(probe);
  } catch {
    storage = undefined;
  }
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
