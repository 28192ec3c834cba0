/**
 * A list joined as Intl.ListFormat's long conjunction joins it ("A、B、C"; "A, B, and C"), without creating one: the
 * first Intl.ListFormat on a page loads its locale data, 20–25 ms in Chromium, which opening a result paid in one
 * long task. tests/i18n/list.test.ts holds it to Intl's output.
 */
export function joinList(items: readonly string[], language: string): string {
  if (language.startsWith('ja')) return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1] ?? ''}`;
}
