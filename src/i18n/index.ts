import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { Language, languageStorageKey, startNamespaces } from './language';
import { joinList } from './list';

export { Language, languageStorageKey, startNamespaces };

export const defaultNS = 'common';

/**
 * Every locale file, loaded on demand: the start page fetches only its language's few namespaces, and each
 * feature fetches its own when it first renders (react-i18next suspends until they arrive). All files come from
 * the app's own origin; there is no translation server.
 */
const localeFiles = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

const fileKey = (language: string, namespace: string) => `../../locales/${language}/${namespace}.json`;

/** The namespace names, read from the Japanese files (ja and en hold the same files; a test proves it). */
export const namespaces: readonly string[] = Object.keys(localeFiles)
  .filter((path) => path.startsWith('../../locales/ja/'))
  .map((path) => path.slice('../../locales/ja/'.length, -'.json'.length))
  .sort();

const lazyLocaleBackend = {
  type: 'backend' as const,
  init: () => undefined,
  read(language: string, namespace: string, callback: (error: Error | null, data: Record<string, unknown> | false) => void) {
    const load = localeFiles[fileKey(language, namespace)];
    if (load === undefined) {
      callback(new Error(`No locale file for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (data) => {
        callback(null, data);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

/** Storage can throw (disabled cookies, sandboxed frames, private modes); a failure means "no saved choice". */
function readSavedLanguage(): Language | undefined {
  try {
    const parsed = Language.safeParse(localStorage.getItem(languageStorageKey));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // The choice still applies to this page; it just will not survive a reload.
  }
}

/**
 * Japanese unless the browser ranks English above Japanese: the first of navigator.languages whose primary
 * subtag is one we support decides.
 */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const parsed = Language.safeParse(tag.toLowerCase().split('-')[0]);
    if (parsed.success) return parsed.data;
  }
  return 'ja';
}

export function initialLanguage(): Language {
  return readSavedLanguage() ?? preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** The language switch calls this: the explicit choice is remembered and wins over the browser's preference. */
export async function chooseLanguage(language: Language): Promise<void> {
  saveLanguage(language);
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  const parsed = Language.safeParse(i18next.resolvedLanguage);
  return parsed.success ? parsed.data : 'ja';
}

// Registered before init so the initial language also sets <html lang> and the title.
i18next.on('languageChanged', (lng) => {
  const parsed = Language.safeParse(lng);
  const language = parsed.success ? parsed.data : 'ja';
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = i18next.t('app.name', { lng: language });
});

let started: Promise<unknown> | undefined;

/**
 * Sets i18next up once and resolves when the language's start namespaces and `pageNamespaces` (those of the page
 * opened first) are loaded: asking for all of them at once fetches them side by side instead of one wave after
 * another. Later calls return the first call's promise. `language` is the visitor's (saved choice, else the
 * browser's preference) unless given, as the build's prerender gives it.
 */
export function startI18n(pageNamespaces: readonly string[] = [], language: Language = initialLanguage()): Promise<unknown> {
  started ??= initialise([...new Set([...startNamespaces, ...pageNamespaces])], language);
  return started;
}

function initialise(ns: string[], language: Language): Promise<unknown> {
  const initialised = i18next
    .use(lazyLocaleBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      // No fallback: both languages are complete (tests/i18n proves it), so the other language is never fetched.
      fallbackLng: false,
      supportedLngs: Language.options,
      ns,
      defaultNS,
      interpolation: {
        // React escapes markup itself. What is escaped here is i18next's own nesting syntax: user text (a project
        // name, an imported file, a share link) containing "$t(" would otherwise be scanned by i18next's nesting
        // pattern, which backtracks exponentially and can freeze the tab. The word joiner keeps the text as typed
        // on screen while breaking the pattern. (No locale file uses nesting.)
        escapeValue: true,
        escape: (value: unknown) => String(value).replaceAll('$t(', '$\u2060t('),
      },
      // A key asked for before its namespace was loaded, or missing from the files, is a bug: say so loudly, so the
      // end-to-end tests (which fail on any console error) catch it.
      saveMissing: true,
      missingKeyHandler: (languages, namespace, key) => {
        console.error(`Missing translation: ${languages.join(',')} ${namespace}:${key}`);
      },
    });
  // "{{items, list}}" without Intl.ListFormat (see joinList); the same words.
  i18next.services.formatter?.add('list', (value: unknown, lng: string | undefined) =>
    Array.isArray(value) ? joinList(value.map(String), lng ?? language) : String(value),
  );
  return initialised;
}

export default i18next;
