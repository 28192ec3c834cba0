import { initialLanguage, languageStorageKey, preferredLanguage } from '../../src/i18n';

describe('preferredLanguage', () => {
  it.each([
    [[], 'ja'],
    [['ja-JP', 'en-US'], 'ja'],
    [['en-US', 'ja'], 'en'],
    [['en'], 'en'],
    [['EN-gb'], 'en'],
    [['fr-FR', 'de'], 'ja'],
    [['fr-FR', 'en-GB', 'ja'], 'en'],
    [['zh-CN', 'ja', 'en'], 'ja'],
  ] as const)('%j gives %s', (languages, expected) => {
    expect(preferredLanguage(languages)).toBe(expected);
  });
});

describe('initialLanguage', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('prefers a saved choice over the browser languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    localStorage.setItem(languageStorageKey, 'ja');
    expect(initialLanguage()).toBe('ja');
  });

  it('ignores a saved value that is not a supported language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    localStorage.setItem(languageStorageKey, 'klingon');
    expect(initialLanguage()).toBe('en');
  });

  it('falls back to the browser languages when storage throws', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(initialLanguage()).toBe('en');
  });
});
