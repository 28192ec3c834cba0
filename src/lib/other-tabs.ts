/** Calls back with the new stored text whenever another tab writes it; returns an unsubscribe function. */
export type OtherTabWrites = (callback: (raw: string | null) => void) => () => void;

/**
 * Another tab's writes to one storage key. The browser fires `storage` only in the other tabs, never in the one
 * that wrote, so a store taking these in cannot hear its own writes. Outside a browser there are no other tabs.
 */
export const otherTabWrites =
  (key: string): OtherTabWrites =>
  (callback) => {
    if (typeof window === 'undefined') return () => undefined;
    const listener = (event: StorageEvent) => {
      // A null key is the other tab clearing all storage; each store keeps what it has until its own key is written.
      if (event.key === key) callback(event.newValue);
    };
    window.addEventListener('storage', listener);
    return () => {
      window.removeEventListener('storage', listener);
    };
  };
