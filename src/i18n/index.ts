import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';

import enChecklist from '../../locales/en/checklist.json';
import enCitations from '../../locales/en/citations.json';
import enCommon from '../../locales/en/common.json';
import enGlossary from '../../locales/en/glossary.json';
import enOutcomes from '../../locales/en/outcomes.json';
import enQuestions from '../../locales/en/questions.json';
import enResult from '../../locales/en/result.json';
import enWizard from '../../locales/en/wizard.json';
import enReport from '../../locales/en/report.json';
import enDrafts from '../../locales/en/drafts.json';
import enReview from '../../locales/en/review.json';
import enTraining from '../../locales/en/training.json';
import jaChecklist from '../../locales/ja/checklist.json';
import jaCitations from '../../locales/ja/citations.json';
import jaCommon from '../../locales/ja/common.json';
import jaGlossary from '../../locales/ja/glossary.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import jaQuestions from '../../locales/ja/questions.json';
import jaResult from '../../locales/ja/result.json';
import jaWizard from '../../locales/ja/wizard.json';
import jaReport from '../../locales/ja/report.json';
import jaDrafts from '../../locales/ja/drafts.json';
import jaReview from '../../locales/ja/review.json';
import jaTraining from '../../locales/ja/training.json';

export const Language = z.enum(['ja', 'en']);
export type Language = z.infer<typeof Language>;

export const defaultNS = 'common';

/** Bundled statically: the app makes no requests, so there is no backend to load translations from. */
export const resources = {
  ja: {
    common: jaCommon,
    questions: jaQuestions,
    outcomes: jaOutcomes,
    checklist: jaChecklist,
    citations: jaCitations,
    glossary: jaGlossary,
    wizard: jaWizard,
    result: jaResult,
    report: jaReport,
    drafts: jaDrafts,
    review: jaReview,
    training: jaTraining,
  },
  en: {
    common: enCommon,
    questions: enQuestions,
    outcomes: enOutcomes,
    checklist: enChecklist,
    citations: enCitations,
    glossary: enGlossary,
    wizard: enWizard,
    result: enResult,
    report: enReport,
    drafts: enDrafts,
    review: enReview,
    training: enTraining,
  },
} as const;

/** localStorage key holding the language the person chose with the switch. */
export const languageStorageKey = 'mdn.lang';

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

// With bundled resources and initAsync off, the language is set before init returns; the promise carries nothing.
void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'ja',
  supportedLngs: Language.options,
  ns: Object.keys(resources.ja),
  defaultNS,
  // React escapes output itself.
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export default i18next;
