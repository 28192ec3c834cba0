import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

import { showsPrerenderedStart } from '../../src/app/routes';
import { STORAGE_KEY } from '../../src/features/assessments/schema';
import { Language, languageStorageKey, preferredLanguage } from '../../src/i18n';
import { assertInlineScriptsAllowed } from '../../scripts/vite/prerender-start';

const indexHtml = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
const gate = /<script>([\s\S]*?)<\/script>/u.exec(indexHtml)?.[1] ?? '';

/**
 * Runs index.html's first script against a visit: whether it left the prerendered start page visible, and the
 * language it told the last script to fetch words in.
 */
function runGate(hash: string, languages: readonly string[]): { shows: boolean; language: string | undefined } {
  const attributes = new Map<string, string>();
  runInNewContext(gate, {
    location: { hash },
    localStorage,
    navigator: { languages },
    document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
    String,
  });
  return { shows: attributes.get('data-prerender') !== 'off', language: attributes.get('data-language') };
}

const hashes = ['', '#', '#/', '#/?from=link', '#/q/dataOrigin', '#/result', '#/training', '#/no-such-page'];
const savedLanguages = [null, 'ja', 'en', 'fr'];
const browserLanguages = [['ja-JP'], ['en-US', 'ja'], ['fr-FR', 'en'], ['fr-FR', 'ja-JP', 'en'], ['de'], []];
const savedAssessments = [null, '{"schemaVersion":2}'];

describe("index.html's prerender gate", () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('is allowed by the page’s CSP hash', () => {
    expect(gate).not.toBe('');
    expect(() => {
      assertInlineScriptsAllowed(indexHtml);
    }).not.toThrow();
  });

  it('shows the prerendered start page on exactly the visits main.tsx hydrates it', () => {
    let shown = 0;
    for (const hash of hashes)
      for (const saved of savedLanguages)
        for (const languages of browserLanguages)
          for (const assessments of savedAssessments) {
            localStorage.clear();
            if (saved !== null) localStorage.setItem(languageStorageKey, saved);
            if (assessments !== null) localStorage.setItem(STORAGE_KEY, assessments);
            const savedChoice = Language.safeParse(saved);
            const language = savedChoice.success ? savedChoice.data : preferredLanguage(languages);
            const expected = showsPrerenderedStart(hash, language);
            const gate = runGate(hash, languages);
            const visit = JSON.stringify({ hash, saved, languages, assessments });
            expect(gate.shows, visit).toBe(expected);
            expect(gate.language, visit).toBe(language);
            if (expected) shown += 1;
          }
    // Both answers occur: the first visit in Japanese on the start route, and everything else.
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(hashes.length * savedLanguages.length * browserLanguages.length * savedAssessments.length);
  });

  it('hides the start page when storage cannot be read', () => {
    const attributes = new Map<string, string>();
    runInNewContext(gate, {
      location: { hash: '#/' },
      get localStorage(): Storage {
        throw new Error('denied');
      },
      navigator: { languages: ['ja'] },
      document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
      String,
    });
    expect(attributes.get('data-prerender')).toBe('off');
  });
});
