import { wrapText } from './wrap-text';

/** The words of one stage row, already translated; the layout only measures and places them. */
export interface TimelineRowText {
  readonly stage: string;
  readonly basis: string;
  readonly hasBasis: boolean;
  readonly current: boolean;
  readonly reconstructed: boolean;
  /** The recommended basis differs from the row before: a gate is drawn above this row. */
  readonly gateBefore: boolean;
}

export interface PlacedRow extends TimelineRowText {
  readonly top: number;
  readonly height: number;
  readonly nodeY: number;
  readonly tagY: number | null;
  readonly stageLines: readonly { readonly text: string; readonly y: number }[];
  readonly basisLines: readonly { readonly text: string; readonly y: number }[];
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly railX: number;
  readonly textX: number;
  readonly rows: readonly PlacedRow[];
  readonly gates: readonly { readonly y: number }[];
}

/** Geometry in CSS pixels. The SVG is drawn at 1:1 so its text stays the size of the page's small print. */
export const geometry = {
  minWidth: 260,
  maxWidth: 680,
  railX: 24,
  textX: 52,
  rightPad: 14,
  rowPad: 10,
  tagHeight: 24,
  stageSize: 15,
  stageLine: 21,
  basisSize: 14,
  basisLine: 20,
  gap: 12,
  gateGap: 40,
  nodeRadius: 11,
} as const;

export const clampWidth = (width: number): number =>
  Math.round(Math.min(geometry.maxWidth, Math.max(geometry.minWidth, width)));

/** Lays the seven stages out top to bottom, so the picture fits a 320 px screen without shrinking its text. */
export function layoutTimeline(rows: readonly TimelineRowText[], requestedWidth: number): TimelineLayout {
  const g = geometry;
  const width = clampWidth(requestedWidth);
  const textWidth = width - g.textX - g.rightPad;
  const placed: PlacedRow[] = [];
  const gates: { y: number }[] = [];
  let y = 4;

  rows.forEach((row, index) => {
    if (index > 0) {
      if (row.gateBefore) {
        gates.push({ y: y + g.gateGap / 2 });
        y += g.gateGap;
      } else {
        y += g.gap;
      }
    }
    const top = y;
    let cursor = top + g.rowPad;
    const tagY = row.current ? cursor : null;
    if (row.current) cursor += g.tagHeight + 4;
    const stageLines = wrapText(row.stage, textWidth, g.stageSize).map((text, i) => ({
      text,
      // Baselines: a line box's baseline sits about 0.8 of the font size below its top.
      y: cursor + i * g.stageLine + g.stageSize * 0.95,
    }));
    cursor += stageLines.length * g.stageLine + 2;
    const basisLines = wrapText(row.basis, textWidth, g.basisSize).map((text, i) => ({
      text,
      y: cursor + i * g.basisLine + g.basisSize * 0.95,
    }));
    cursor += basisLines.length * g.basisLine;
    const height = cursor + g.rowPad - top;
    const firstStageLine = stageLines[0]?.y ?? cursor;
    placed.push({ ...row, top, height, nodeY: firstStageLine - g.stageSize * 0.35, tagY, stageLines, basisLines });
    y = top + height;
  });

  return { width, height: y + 4, railX: g.railX, textX: g.textX, rows: placed, gates };
}
