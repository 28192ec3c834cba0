/** Plain-text output helpers for the scripts: fixed-width tables that read well in a terminal and in CI logs. */

export type Align = 'left' | 'right';

/** Renders rows under a header; numeric columns should be right-aligned so digits line up. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((text, column) => {
        const width = widths[column] ?? text.length;
        return align[column] === 'right' ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const grouped = new Intl.NumberFormat('en-US');
export const formatCount = (value: number): string => grouped.format(value);

export const formatKb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Seconds for short runs, hours and minutes for projections. */
export function formatDuration(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  const hours = minutes / 60;
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(0)} days`;
}
