import { type RefObject, useEffect } from 'react';

/**
 * CSS cannot open a closed <details>, and a browser prints it closed. Before printing, every closed <details>
 * inside the element is opened; afterwards the ones opened here are closed again, so the screen is as it was.
 */
export function useOpenDetailsForPrint(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(ref.current?.querySelectorAll('details') ?? [])].filter((details) => !details.open);
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref]);
}
