import { useEffect, useRef } from 'react';

/** Focuses an element when it appears, so the change is announced and keyboard users continue from there. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
