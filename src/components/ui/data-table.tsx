import type { ReactNode } from 'react';

export interface DataTableProps {
  readonly caption: string;
  /** A caption for screen readers only, where a visible heading already names the table. */
  readonly captionHidden?: boolean;
  /** The column headings, left to right (each a `th scope="col"`). */
  readonly columns: readonly ReactNode[];
  readonly className: string;
  /** The body rows. */
  readonly children: ReactNode;
}

/** A table with a caption and column headings: the parts every data table here needs for a screen reader. */
export function DataTable({ caption, captionHidden = false, columns, className, children }: DataTableProps) {
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export interface ScrollRegionProps {
  /** The id of the heading that names the region. */
  readonly labelledBy: string;
  readonly wide?: boolean;
  readonly children: ReactNode;
}

/** A wide table's own scrolling box: focusable, so a keyboard user can scroll it on a narrow screen. */
export function ScrollRegion({ labelledBy, wide = false, children }: ScrollRegionProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard
    <div className={wide ? 'table-scroll table-scroll--wide' : 'table-scroll'} tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
