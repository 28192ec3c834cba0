import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import '../../src/i18n';

describe('user text in translations', () => {
  // Without the escape in src/i18n/index.ts this call takes tens of seconds (exponential backtracking in
  // i18next's nesting pattern) and the test times out.
  it('never triggers i18next nesting, and stays readable', { timeout: 5_000 }, () => {
    const hostile = `$t(${'a,'.repeat(30)}"x`;
    const label = i18next.t('saved.openLabel', { name: hostile, lng: 'ja' });
    expect(label.replaceAll('\u2060', '')).toContain(hostile);
  });

  it('does not resolve a key that a user typed', () => {
    const label = i18next.t('saved.openLabel', { name: '$t(app.name)', lng: 'en' });
    expect(label).not.toContain('MedAI Data Navigator');
  });
});
