/**
 * True in the single-file build (`npm run build:single`, vite's mode "single"), which is opened from disk: a
 * file:// page can register no service worker and fetch no file, so the code that would try is left out. Replaced
 * by a constant at build time, so the other build carries no trace of it.
 */
export const isSingleFile: boolean = import.meta.env.MODE === 'single';
