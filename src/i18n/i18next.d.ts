import 'i18next';

import type { defaultNS } from './index';

/**
 * Keys are typed from the Japanese files, the reference language; a key missing there is a compile error.
 * Type-only: the files themselves are loaded on demand (see index.ts).
 */
interface JapaneseResources {
  common: typeof import('../../locales/ja/common.json');
  questions: typeof import('../../locales/ja/questions.json');
  outcomes: typeof import('../../locales/ja/outcomes.json');
  checklist: typeof import('../../locales/ja/checklist.json');
  citations: typeof import('../../locales/ja/citations.json');
  glossary: typeof import('../../locales/ja/glossary.json');
  wizard: typeof import('../../locales/ja/wizard.json');
  result: typeof import('../../locales/ja/result.json');
  report: typeof import('../../locales/ja/report.json');
  drafts: typeof import('../../locales/ja/drafts.json');
  review: typeof import('../../locales/ja/review.json');
  training: typeof import('../../locales/ja/training.json');
  about: typeof import('../../locales/ja/about.json');
  profile: typeof import('../../locales/ja/profile.json');
  feedback: typeof import('../../locales/ja/feedback.json');
  projects: typeof import('../../locales/ja/projects.json');
  history: typeof import('../../locales/ja/history.json');
  backup: typeof import('../../locales/ja/backup.json');
  datacheck: typeof import('../../locales/ja/datacheck.json');
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: JapaneseResources;
  }
}
