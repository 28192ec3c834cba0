import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { STORAGE_NOTICES_NAMESPACES, STORAGE_NOTICE_KEYS } from '../../src/components/ui/storage-notices';
import { allRequiredKeys } from '../../src/i18n/keys';

/**
 * The locale files are the only place the app's words live. These checks read them from disk, so a namespace file
 * added later is covered without touching this test.
 */

const LANGUAGES = ['ja', 'en'] as const;
type Lng = (typeof LANGUAGES)[number];

/** Namespaces written for the decision model's ids; their Japanese must actually be Japanese. */
const MODEL_NAMESPACES = new Set(['questions', 'outcomes', 'checklist', 'citations', 'glossary']);

// A string, not new URL(): under jsdom the global URL is not Node's, and fileURLToPath rejects it.
const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales');

function namespacesOf(lng: Lng): string[] {
  return readdirSync(join(localesDir, lng))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

const cache = new Map<string, unknown>();
function load(lng: Lng, ns: string): unknown {
  const id = `${lng}/${ns}`;
  if (!cache.has(id)) cache.set(id, JSON.parse(readFileSync(join(localesDir, lng, `${ns}.json`), 'utf8')) as unknown);
  return cache.get(id);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf of a locale file as "ns:a.b.c" → value. */
function leaves(lng: Lng, ns: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, path: string[]): void => {
    if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    } else {
      out.set(`${ns}:${path.join('.')}`, value);
    }
  };
  walk(load(lng, ns), []);
  return out;
}

/** Resolves "ns:a.b.c" the way i18next does with its default separators. */
function resolve(lng: Lng, key: string): unknown {
  const colon = key.indexOf(':');
  const ns = key.slice(0, colon);
  if (colon < 1 || !namespacesOf(lng).includes(ns)) return undefined;
  let node: unknown = load(lng, ns);
  for (const part of key.slice(colon + 1).split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[part];
  }
  return node;
}

const isFilled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const hasJapanese = (text: string) => /[\u3040-\u30ff\u3400-\u9fff]/u.test(text);
/** Two or more all-lowercase English words: a sentence left untranslated rather than a name or code. */
const looksLikeEnglishProse = (text: string) => (text.match(/\b[a-z]{3,}\b/g) ?? []).length >= 2;
const INTERPOLATION = /\{\{[^}]*\}\}/g;
const PLACEHOLDER = /\b(TODO|FIXME|TBD|XXX)\b|lorem ipsum/i;

describe('required keys', () => {
  const required = allRequiredKeys();

  it('are built for every id and are unique', () => {
    expect(required.length).toBeGreaterThan(300);
    const seen = new Set<string>();
    const duplicates = required.filter((key) => (seen.has(key) ? true : (seen.add(key), false)));
    expect(duplicates).toEqual([]);
  });

  it.each(LANGUAGES)('all resolve to non-empty strings in %s', (lng) => {
    const missing = required.filter((key) => !isFilled(resolve(lng, key)));
    expect(missing, `keys missing or empty in locales/${lng}`).toEqual([]);
  });

  it.runIf(typeof document !== 'undefined')('all resolve through the app’s i18next instance', async () => {
    const { default: i18n } = await import('../../src/i18n');
    for (const lng of LANGUAGES) {
      const unresolved = required.filter((key) => !i18n.exists(key, { lng, fallbackLng: false }));
      expect(unresolved, `i18next cannot resolve these keys in ${lng}`).toEqual([]);
    }
  });
});

describe('storage notices', () => {
  // One component words the notices of every store from that store's namespace; i18next's types accept a key that
  // exists in any of the namespaces, so each namespace is checked here.
  it.each(LANGUAGES)('find every key in each store’s namespace in %s', (lng) => {
    const keys = STORAGE_NOTICES_NAMESPACES.flatMap((ns) => STORAGE_NOTICE_KEYS.map((key) => `${ns}:${key}`));
    expect(STORAGE_NOTICES_NAMESPACES).toHaveLength(7);
    expect(keys).toHaveLength(STORAGE_NOTICES_NAMESPACES.length * STORAGE_NOTICE_KEYS.length);
    expect(keys.filter((key) => !isFilled(resolve(lng, key)))).toEqual([]);
  });
});

describe('locale files', () => {
  it('exist for the same namespaces in every language', () => {
    expect(namespacesOf('en')).toEqual(namespacesOf('ja'));
    expect(namespacesOf('ja').length).toBeGreaterThan(0);
  });

  it.each(namespacesOf('ja'))('%s has identical key sets in ja and en', (ns) => {
    const ja = [...leaves('ja', ns).keys()];
    const en = [...leaves('en', ns).keys()];
    expect(
      ja.filter((key) => !en.includes(key)),
      `in locales/ja/${ns}.json but not in locales/en/${ns}.json`,
    ).toEqual([]);
    expect(
      en.filter((key) => !ja.includes(key)),
      `in locales/en/${ns}.json but not in locales/ja/${ns}.json`,
    ).toEqual([]);
  });

  it.each(LANGUAGES.flatMap((lng) => namespacesOf(lng).map((ns) => [lng, ns] as const)))(
    '%s/%s has only filled strings and no placeholders',
    (lng, ns) => {
      const problems: string[] = [];
      for (const [key, value] of leaves(lng, ns)) {
        if (!isFilled(value)) {
          problems.push(`${key}: empty or not a string`);
          continue;
        }
        const leafName = key.slice(key.lastIndexOf('.') + 1);
        if (PLACEHOLDER.test(value)) problems.push(`${key}: placeholder text "${value}"`);
        if (value === key || value === key.slice(key.indexOf(':') + 1) || value === leafName) {
          problems.push(`${key}: the value is just the key`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(namespacesOf('ja'))('%s is translated, not copied, between ja and en', (ns) => {
    const en = leaves('en', ns);
    const problems: string[] = [];
    for (const [key, jaRaw] of leaves('ja', ns)) {
      const enRaw = en.get(key);
      if (!isFilled(jaRaw) || !isFilled(enRaw)) continue; // reported by the tests above
      // A language's own name (a leaf named "ja" or "en") is the same in every language on purpose.
      if ((LANGUAGES as readonly string[]).includes(key.slice(key.lastIndexOf('.') + 1))) continue;
      // {{placeholders}} are code, not words.
      const ja = jaRaw.replace(INTERPOLATION, '');
      const other = enRaw.replace(INTERPOLATION, '');
      if (jaRaw === enRaw && (hasJapanese(ja) || looksLikeEnglishProse(ja))) {
        problems.push(`${key}: same text in ja and en ("${jaRaw}")`);
      }
      if (hasJapanese(other) && !/[A-Za-z]{3,}/.test(other)) problems.push(`${key}: en value has no English`);
      // Citation refs may be plain numbers such as "Q14-5" or "2-19" in both languages.
      const neutral = ns === 'citations' && key.endsWith('.ref');
      if (MODEL_NAMESPACES.has(ns) && !neutral && !hasJapanese(ja)) problems.push(`${key}: ja value has no Japanese`);
    }
    expect(problems).toEqual([]);
  });
});
