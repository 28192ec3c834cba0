import type { IRunOptions } from 'docx';

import type { DocBlock, DocModel } from './doc-model';

/**
 * Renders a DocModel as a Word (.docx) file. The `docx` package is loaded only when this runs, so the app's
 * first load does not carry it. Every string is written as a text run: the package escapes it into XML, so
 * markup typed by a user stays text, as it does in the Markdown renderer.
 */

/** Word has no font fallback list: Yu Gothic ships with Windows 8.1+ and Office for Mac and covers kana and kanji. */
const FONT = 'Yu Gothic';
/** The ballot boxes (U+2610, U+2611) are in Segoe UI Symbol on every Windows; other systems substitute a font. */
const SYMBOL_FONT = 'Segoe UI Symbol';
/** A4 portrait in twips (1/20 pt): 210 × 297 mm. */
const A4 = { width: 11_906, height: 16_838 } as const;
/** 20 mm margins in twips. */
const MARGIN = 1_134;
const ORDERED_LIST = 'mdn-ordered';

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab and newline, U+FFFE/U+FFFF, lone surrogates): one of
 * them would make Word refuse the whole file, so they are replaced rather than trusted to the escaper.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const clean = (text: string): string => text.replace(XML_INVALID, '\uFFFD').replaceAll('\r\n', '\n').replaceAll('\r', '\n');

export async function renderDocx(doc: DocModel): Promise<Blob> {
  const docx = await import('docx');
  const {
    AlignmentType,
    BorderStyle,
    Document,
    HeadingLevel,
    LevelFormat,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = docx;

  type Run = InstanceType<typeof TextRun>;
  type Block = InstanceType<typeof Paragraph> | InstanceType<typeof Table>;

  /** A string as runs: each line break in the text becomes a real line break, never markup. */
  const runs = (text: string, strong = false): Run[] =>
    clean(text)
      .split('\n')
      .map((line, index) => {
        // Typed apart from the call: TextRun also takes a plain string, and linting the literal against that union
        // mistakes `bold` for the deprecated String.prototype.bold.
        const options: IRunOptions = { text: line, ...(index > 0 ? { break: 1 } : {}), ...(strong ? { bold: true } : {}) };
        return new TextRun(options);
      });

  const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  let orderedLists = 0;

  const cell = (text: string, header: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: runs(text, header), keepLines: true })],
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });

  const block = (b: DocBlock): Block[] => {
    switch (b.kind) {
      case 'heading':
        return [new Paragraph({ heading: headingLevels[b.level], children: runs(b.text), keepNext: true })];
      case 'paragraph':
        return [new Paragraph({ children: runs(b.text), spacing: { after: 120 } })];
      case 'list': {
        const instance = ++orderedLists;
        return b.items.map(
          (item) =>
            new Paragraph({
              children: runs(item),
              ...(b.ordered ? { numbering: { reference: ORDERED_LIST, level: 0, instance } } : { bullet: { level: 0 } }),
            }),
        );
      }
      case 'table': {
        const columns = Math.max(b.header.length, ...b.rows.map((row) => row.length), 1);
        const pad = (row: readonly string[]) => Array.from({ length: columns }, (_, i) => row[i] ?? '');
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: pad(b.header).map((text) => cell(text, true)) }),
              ...b.rows.map((row) => new TableRow({ cantSplit: true, children: pad(row).map((text) => cell(text, false)) })),
            ],
          }),
          // Word joins two adjacent tables into one; an empty paragraph keeps them apart and gives air below.
          new Paragraph({ children: [] }),
        ];
      }
      case 'checklist':
        return b.items.map(
          (item) =>
            new Paragraph({
              indent: { left: 360, hanging: 360 },
              spacing: { after: 80 },
              children: [
                new TextRun({ text: item.done ? '☑' : '☐', font: { ascii: SYMBOL_FONT, hAnsi: SYMBOL_FONT, eastAsia: SYMBOL_FONT } }),
                new TextRun({ text: ' ' }),
                ...runs(item.text),
              ],
            }),
        );
    }
  };

  const body: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) }),
    ...doc.meta.map((line) => new Paragraph({ children: runs(line), spacing: { after: 40 } })),
    ...doc.blocks.flatMap(block),
  ];

  const font = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };
  const heading = (size: number) => ({ run: { font, size, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } });

  const document = new Document({
    title: clean(doc.title),
    creator: 'MedAI Data Navigator',
    styles: {
      default: {
        document: { run: { font, size: 21, language: { value: 'ja-JP', eastAsia: 'ja-JP' } } },
        title: { run: { font, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { after: 200 } } },
        heading1: heading(28),
        heading2: heading(24),
        heading3: heading(22),
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: body,
      },
    ],
  });
  return Packer.toBlob(document);
}
