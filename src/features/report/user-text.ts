/**
 * i18next 25 scans every interpolated result with its `$t(…)` nesting regex, which backtracks exponentially on an
 * unclosed `$t(` followed by a run of text: a project name, an imported file or a share link holding one would
 * freeze the tab for seconds to hours. Text from users, files and links is therefore put in after translation: the
 * translation is made with harmless slot markers (private-use characters), which this then replaces in one pass,
 * so nothing inserted is scanned again.
 */
const slot = (key: string) => `\uE000${key}\uE001`;
const SLOT = /\uE000(\w+)\uE001/gu;

export function withUserText<K extends string>(translate: (slots: Record<K, string>) => string, values: Record<K, string>): string {
  const keys = Object.keys(values) as K[];
  const slots = Object.fromEntries(keys.map((key) => [key, slot(key)])) as Record<K, string>;
  return translate(slots).replace(SLOT, (marker, key: string) => (Object.hasOwn(values, key) ? values[key as K] : marker));
}
