import { finding, mask } from './findings';
import { scanLine } from './text';
import type { ByteSource, Finding } from './types';

/** Whether the bytes start like a TIFF or BigTIFF file (II*\0, MM\0*, II+\0, MM\0+). */
export function looksLikeTiff(head: Uint8Array): boolean {
  if (head.length < 8) return false;
  const little = head[0] === 0x49 && head[1] === 0x49;
  const big = head[0] === 0x4d && head[1] === 0x4d;
  if (!little && !big) return false;
  const version = little ? (head[2] ?? 0) | ((head[3] ?? 0) << 8) : ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  return version === 42 || version === 43;
}

/** One image file directory: where it is and the few tags read from it (never the strip or tile data). */
export interface Directory {
  readonly index: number;
  readonly subfileType: number;
  readonly width: number;
  readonly height: number;
  readonly tiled: boolean;
  readonly strings: ReadonlyMap<number, string>;
  readonly ndpiSourceLens?: number;
}

export type TiffResult = { readonly ok: true; readonly directories: Directory[]; readonly detail?: string } | { readonly ok: false; readonly detail: string };

/** Limits that keep a hostile file from making the reader loop or allocate: IFDs, entries, string sizes. */
const MAX_DIRECTORIES = 256;
const MAX_ENTRIES = 4096;
const MAX_STRING_BYTES = 64 * 1024;

/** The ASCII tags read for identifying content. */
export const STRING_TAGS: Readonly<Record<number, string>> = {
  269: 'DocumentName',
  270: 'ImageDescription',
  271: 'Make',
  272: 'Model',
  285: 'PageName',
  305: 'Software',
  306: 'DateTime',
  315: 'Artist',
  316: 'HostComputer',
  33432: 'Copyright',
};
const NDPI_SOURCE_LENS = 65421;

const TYPE_SIZES: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 16: 8, 17: 8, 18: 8 };

/**
 * Walks the chain of image file directories through random-access reads, taking from each only its entry table and
 * the ASCII values of a few tags. Strip and tile offsets are never followed, so the pixel data is never read: a
 * 2 GB slide costs a few kilobytes of reads. Written here (TIFF's directory layout is a page of the spec) rather
 * than taken from a decoder library, which would bring image decoding this check never needs.
 */
export async function readTiffDirectories(source: ByteSource): Promise<TiffResult> {
  const head = await source.read(0, 16);
  if (!looksLikeTiff(head)) return { ok: false, detail: 'no TIFF header' };
  const little = head[0] === 0x49;
  const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headView = view(head);
  const big = headView.getUint16(2, little) === 43;
  const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, little));
  let offset = big ? (head.length >= 16 ? u64(headView, 8) : 0) : headView.getUint32(4, little);
  const seen = new Set<number>();
  const directories: Directory[] = [];
  const entrySize = big ? 20 : 12;
  const countSize = big ? 8 : 2;
  const nextSize = big ? 8 : 4;

  while (offset !== 0 && directories.length < MAX_DIRECTORIES) {
    if (seen.has(offset)) return { ok: true, directories, detail: 'directory chain loops' };
    if (offset + countSize > source.size) return directories.length === 0 ? { ok: false, detail: 'first directory beyond the end of the file' } : { ok: true, directories, detail: 'directory beyond the end of the file' };
    seen.add(offset);
    const countBytes = await source.read(offset, countSize);
    if (countBytes.length < countSize) break;
    const count = big ? u64(view(countBytes), 0) : view(countBytes).getUint16(0, little);
    if (count === 0 || count > MAX_ENTRIES) return directories.length === 0 ? { ok: false, detail: `directory with ${String(count)} entries` } : { ok: true, directories, detail: `directory with ${String(count)} entries` };
    const table = await source.read(offset + countSize, count * entrySize + nextSize);
    if (table.length < count * entrySize) return directories.length === 0 ? { ok: false, detail: 'directory cut short' } : { ok: true, directories, detail: 'directory cut short' };
    const tv = view(table);
    const strings = new Map<number, string>();
    let subfileType = 0;
    let width = 0;
    let height = 0;
    let tiled = false;
    let ndpiSourceLens: number | undefined;
    for (let i = 0; i < count; i += 1) {
      const at = i * entrySize;
      const tag = tv.getUint16(at, little);
      const type = tv.getUint16(at + 2, little);
      const n = big ? u64(tv, at + 4) : tv.getUint32(at + 4, little);
      const valueAt = at + (big ? 12 : 8);
      const inline = (TYPE_SIZES[type] ?? 1) * n <= (big ? 8 : 4);
      const scalar = (): number => {
        if (type === 3) return tv.getUint16(valueAt, little);
        if (type === 4 || type === 9) return tv.getUint32(valueAt, little);
        if (type === 16) return u64(tv, valueAt);
        if (type === 11) return tv.getFloat32(valueAt, little);
        return 0;
      };
      if (tag === 254) subfileType = scalar();
      else if (tag === 256) width = scalar();
      else if (tag === 257) height = scalar();
      else if (tag === 322) tiled = true;
      else if (tag === NDPI_SOURCE_LENS && inline) ndpiSourceLens = scalar();
      else if (STRING_TAGS[tag] !== undefined && type === 2 && n > 0) {
        const length = Math.min(n, MAX_STRING_BYTES);
        let bytes: Uint8Array;
        if (inline) bytes = table.subarray(valueAt, valueAt + length);
        else {
          const where = big ? u64(tv, valueAt) : tv.getUint32(valueAt, little);
          bytes = where + length <= source.size ? await source.read(where, length) : new Uint8Array();
        }
        strings.set(tag, new TextDecoder('utf-8').decode(bytes).replace(/\0+$/u, ''));
      }
    }
    directories.push({ index: directories.length, subfileType, width, height, tiled, strings, ...(ndpiSourceLens === undefined ? {} : { ndpiSourceLens }) });
    const nextAt = count * entrySize;
    if (table.length < nextAt + nextSize) break;
    offset = big ? u64(tv, nextAt) : tv.getUint32(nextAt, little);
  }
  return { ok: true, directories };
}

/** Keys of Aperio's "key = value" description and Philips' XML attributes that name a person, a case or a time. */
const IDENTIFYING_KEYS = /\b(?:filename|barcode|user|patient\w*|accession\w*|case\w*|specimen\w*|slide ?id|label\w*|PIM_DP_UFS_BARCODE|DICOM_PATIENT\w*|DICOM_ACCESSION\w*|hospital|institution)\b/iu;
const DATE_KEYS = /\b(?:date|time|DICOM_ACQUISITION_DATETIME|DICOM_STUDY_DATE)\b/iu;
const DEVICE_KEYS = /\b(?:scanscope id|scanner ?id|DICOM_DEVICE_SERIAL_NUMBER|serial\w*)\b/iu;

/** Which associated image a directory holds, by the conventions of Aperio, Philips, Ventana and Hamamatsu files. */
export function associatedImage(directory: Directory): 'label' | 'macro' | undefined {
  const description = directory.strings.get(270) ?? '';
  if (/^\s*[^\n|]*\n\s*label\b|^label\b|LABELIMAGE|label[_ ]image|\blabel\s+\d+x\d+/imu.test(description)) return 'label';
  if (/^\s*[^\n|]*\n\s*macro\b|^macro\b|MACROIMAGE|macro[_ ]image|\bmacro\s+\d+x\d+|thumbnail image/imu.test(description)) return 'macro';
  if (directory.ndpiSourceLens === -1) return 'macro';
  const name = directory.strings.get(285) ?? '';
  if (/label/iu.test(name)) return 'label';
  if (/macro|overview/iu.test(name)) return 'macro';
  return undefined;
}

/** Findings for a slide: its label and macro images, and identifying metadata in its ASCII tags. */
export function checkSlide(directories: readonly Directory[]): Finding[] {
  const findings: Finding[] = [];
  for (const directory of directories) {
    const place = `IFD ${String(directory.index)}`;
    const image = associatedImage(directory);
    if (image !== undefined) {
      findings.push(finding(image === 'label' ? 'slide_label_image' : 'slide_macro_image', image === 'label' ? 'high' : 'medium', place, { sample: `${String(directory.width)}×${String(directory.height)}` }));
    }
    for (const [tag, value] of directory.strings) {
      const name = STRING_TAGS[tag] ?? String(tag);
      if (value.trim() === '') continue;
      if (tag === 306) {
        findings.push(finding('slide_date_time', 'low', `${place} ${name}`, { sample: mask(value) }));
        continue;
      }
      if (tag === 315 || tag === 316 || tag === 269) {
        findings.push(finding('slide_identifying_metadata', 'medium', `${place} ${name}`, { sample: mask(value) }));
        continue;
      }
      if (tag !== 270 && tag !== 285) continue;
      // Aperio: "… |Key = Value|Key = Value"; Philips: XML attributes; others: free text.
      for (const part of value.split(/[|\n]|(?=<Attribute)/u)) {
        const [rawKey = '', ...rest] = part.split(/\s*=\s*|">/u);
        const key = rawKey.replace(/<Attribute Name="/u, '').trim();
        const keyValue = rest.join('=').replace(/<[^>]*>/gu, '').trim();
        if (keyValue === '' || key === '') continue;
        if (IDENTIFYING_KEYS.test(key)) findings.push(finding('slide_identifying_metadata', 'high', `${place} ${name}: ${key}`, { sample: mask(keyValue) }));
        else if (DATE_KEYS.test(key)) findings.push(finding('slide_date_time', 'low', `${place} ${name}: ${key}`, { sample: mask(keyValue) }));
        else if (DEVICE_KEYS.test(key)) findings.push(finding('slide_device_identifier', 'low', `${place} ${name}: ${key}`, { sample: mask(keyValue) }));
      }
      // Whatever the format, the text may hold a name, a number or an e-mail written by hand.
      for (const match of scanLine(value, `${place} ${name}`)) {
        if (match.id !== 'text_date') findings.push({ ...match, checklist: 'mask_wsi_labels' });
      }
    }
  }
  return findings;
}
