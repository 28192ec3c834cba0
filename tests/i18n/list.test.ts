// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import i18next, { startI18n } from '../../src/i18n';
import { joinList } from '../../src/i18n/list';

describe('joinList', () => {
  it('joins exactly as Intl.ListFormat’s long conjunction does, in Japanese and English', () => {
    fc.assert(
      fc.property(fc.constantFrom('ja', 'en'), fc.array(fc.constantFrom('A', '仮名加工情報', 'consent, given', 'B and C', ''), { maxLength: 6 }), (language, items) => {
        expect(joinList(items, language)).toBe(new Intl.ListFormat(language, { type: 'conjunction', style: 'long' }).format(items));
      }),
    );
  });

  it('is what "{{items, list}}" gives in the app’s words, without creating an Intl.ListFormat', async () => {
    await startI18n([], 'en');
    const created = vi.spyOn(Intl, 'ListFormat');
    expect(i18next.services.formatter?.format(['a', 'b', 'c'], 'list', 'en', {})).toBe('a, b, and c');
    expect(i18next.services.formatter?.format(['甲', '乙'], 'list', 'ja', {})).toBe('甲、乙');
    expect(created).not.toHaveBeenCalled();
    created.mockRestore();
  });
});
