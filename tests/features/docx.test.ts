// @vitest-environment node
import { inflateRawSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import type { DocModel } from '../../src/lib/export/doc-model';
import { renderDocx } from '../../src/lib/export/docx';

/**
 * The entries of a zip archive, read through its central directory (APPNOTE 4.3.12). jszip is not in the tree and
 * fflate is only docx's own dependency, so the test reads the file with node:zlib rather than lean on either.
 */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, string>();
  const utf8 = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, utf8.decode(method === 8 ? inflateRawSync(data) : data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const hostile = '<script>alert(1)</script>';

const doc: DocModel = {
  title: `確認結果 ${hostile}`,
  meta: ['判定ルールのバージョン：2024.09-appi2022.1', 'フィンガープリント：ABCD-1234-EF56'],
  blocks: [
    { kind: 'heading', level: 1, text: '推奨される法的根拠' },
    { kind: 'paragraph', text: `仮名加工情報の共同利用\n二行目 & "quotes" ${hostile}` },
    { kind: 'list', ordered: false, items: ['箇条書き', `<b>bold?</b>`] },
    { kind: 'list', ordered: true, items: ['一番目', '二番目'] },
    { kind: 'heading', level: 2, text: '段階' },
    { kind: 'table', header: ['段階', '推奨される根拠'], rows: [['開発', '仮名加工情報の共同利用'], ['探索 ※']] },
    { kind: 'heading', level: 3, text: 'チェックリスト' },
    {
      kind: 'checklist',
      items: [
        { text: '倫理審査を受ける', done: true },
        { text: `公表する ${hostile}`, done: false },
      ],
    },
    { kind: 'paragraph', text: 'control \u0001 character' },
  ],
};

describe('renderDocx', () => {
  it('writes a Word file whose text is escaped, never interpreted, and keeps Japanese', async () => {
    const blob = await renderDocx(doc);
    expect(blob.size).toBeGreaterThan(1000);
    const files = unzip(new Uint8Array(await blob.arrayBuffer()));
    const xml = files.get('word/document.xml');
    if (xml === undefined) throw new Error(`no word/document.xml in ${[...files.keys()].join(', ')}`);

    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('&amp;');
    for (const text of ['推奨される法的根拠', '仮名加工情報の共同利用', '二行目', '倫理審査を受ける', '探索 ※']) expect(xml).toContain(text);
    // The control character would make the XML invalid; it is replaced.
    expect(xml).not.toContain('\u0001');

    // The title goes into the document properties too, escaped there as well.
    const core = files.get('docProps/core.xml') ?? '';
    expect(core).not.toContain('<script>');
  });

  it('lays out A4 pages with a Japanese font, bordered tables with a bold repeated header row, and ticks', async () => {
    const files = unzip(new Uint8Array(await (await renderDocx(doc)).arrayBuffer()));
    const xml = files.get('word/document.xml') ?? '';
    const styles = files.get('word/styles.xml') ?? '';

    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/u);
    expect(styles).toContain('w:eastAsia="Yu Gothic"');
    expect(xml).toMatch(/<w:tblBorders>.*<w:insideV [^>]*w:val="single"/su);
    expect(xml).toContain('<w:tblHeader/>');
    // The header cells are bold; the body cells are not.
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>段階<\/w:t>/su);
    expect(xml).toMatch(/<w:t[^>]*>☑<\/w:t>.*倫理審査を受ける/su);
    expect(xml).toMatch(/<w:t[^>]*>☐<\/w:t>.*公表する/su);
    // A line break in the text is a real break, not a literal newline.
    expect(xml).toMatch(/仮名加工情報の共同利用<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>二行目/u);
    // Ordered lists use the document's decimal numbering.
    expect(files.get('word/numbering.xml') ?? '').toContain('w:val="decimal"');
  });

  it('loads the docx package only when called', async () => {
    const source = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../src/lib/export/docx.ts', import.meta.url), 'utf8'));
    expect(source).not.toMatch(/^import (?!type)[^;]*from 'docx'/mu);
    expect(source).toContain("await import('docx')");
  });
});
