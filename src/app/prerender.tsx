/**
 * Build time only (scripts/vite/prerender-start.ts runs it in Node): the start page as a first visit in Japanese
 * sees it, as HTML for index.html. The browser paints it as soon as the page and its stylesheet arrive, and main.tsx
 * hydrates it when the visit is such a first visit (see `canHydrateStart`), instead of waiting for the code and
 * words to paint anything.
 */
import { renderToString } from 'react-dom/server';
import { createPath, type Navigator, Router } from 'react-router';

/** Links as the HashRouter writes them (`#/import`); nothing navigates while rendering to a string. */
const staticNavigator: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};

/** Empty storage, as on a first visit; without it the stores would say that saving is off. */
function emptyStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

export async function renderStartPage(): Promise<string> {
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  Object.defineProperty(globalThis, 'localStorage', { value: emptyStorage(), configurable: true, writable: true });
  try {
    // Imported only now, so the stores created on import see the empty storage.
    const [{ appElement }, { startI18n }] = await Promise.all([import('./app-element'), import('../i18n')]);
    await startI18n([], 'ja');
    return renderToString(appElement((routes) => <Router location="/" navigator={staticNavigator}>{routes}</Router>));
  } finally {
    if (previous === undefined) Reflect.deleteProperty(globalThis, 'localStorage');
    else Object.defineProperty(globalThis, 'localStorage', previous);
  }
}
