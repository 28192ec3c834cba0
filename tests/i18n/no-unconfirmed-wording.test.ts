import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

/**
 * What the sources leave open is said once, on the "About the rules" page (about.json); everywhere else a marker
 * links there. A sentence saying that we could not confirm something reads as if the tool had not done its reading,
 * and tells the user nothing to do: it belongs nowhere but on that page, in that page's own words.
 */
const FORBIDDEN = [/確認できていません/u, /確認できていない/u, /確認できなかった/u, /could not confirm/iu, /could not re-check/iu, /could not be confirmed/iu, /we could not (?:read|check)/iu];

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales');

function* strings(value: unknown, path: string[]): Generator<[string, string]> {
  if (typeof value === 'string') yield [path.join('.'), value];
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) yield* strings(child, [...path, key]);
  }
}

function allStrings(): [string, string][] {
  const out: [string, string][] = [];
  for (const lng of readdirSync(localesDir)) {
    for (const file of readdirSync(join(localesDir, lng)).filter((name) => name.endsWith('.json'))) {
      const ns = file.slice(0, -'.json'.length);
      const data = JSON.parse(readFileSync(join(localesDir, lng, file), 'utf8')) as unknown;
      for (const [key, text] of strings(data, [])) out.push([`${lng}/${ns}:${key}`, text]);
    }
  }
  return out;
}

const isForbidden = (text: string) => FORBIDDEN.some((pattern) => pattern.test(text));

describe('wording about unconfirmed points', () => {
  const all = allStrings();

  it('reads the locale files of both languages', () => {
    expect(all.some(([key]) => key.startsWith('ja/'))).toBe(true);
    expect(all.some(([key]) => key.startsWith('en/'))).toBe(true);
  });

  it('appears in no locale string outside about.json', () => {
    const offending = all.filter(([key, text]) => !/^\w+\/about:/u.test(key) && isForbidden(text)).map(([key]) => key);
    expect(offending).toEqual([]);
  });
});
