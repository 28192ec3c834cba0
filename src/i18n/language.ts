import { z } from 'zod/mini';

/**
 * The languages and where the chosen one is stored, apart from index.ts so code that runs outside Vite (the backup
 * loader under the bench and its fuzzing) can read them without the locale-file loader.
 */
export const Language = z.enum(['ja', 'en']);
export type Language = z.infer<typeof Language>;

/** localStorage key holding the language the person chose with the switch. */
export const languageStorageKey = 'mdn.lang';

/**
 * The namespaces a first visit's start page needs; main.tsx loads them before the first render. Saved assessments
 * (which name bases and stages) bring 'outcomes' in when their list first renders. The build names their files in
 * index.html too (scripts/vite/prerender-start.ts).
 */
export const startNamespaces = ['common', 'wizard'] as const;
