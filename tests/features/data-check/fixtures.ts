/**
 * Synthetic test files, made in the tests: DICOM written with dcmjs, a small tiled TIFF with a label and a macro
 * image written by hand (the layout of an Aperio SVS), tables and texts. No real patient data anywhere.
 */
import dcmjs from 'dcmjs';
import { strToU8, zipSync } from 'fflate';

const { DicomDict, DicomMetaDictionary } = dcmjs.data;

const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';

/** A clean file as the basic profile leaves it: replaced UIDs, no names or dates, BurnedInAnnotation NO. */
export const cleanDataset = (): Record<string, unknown> => ({
  SOPClassUID: SECONDARY_CAPTURE,
  SOPInstanceUID: '2.25.1234567890',
  StudyInstanceUID: '2.25.2234567890',
  SeriesInstanceUID: '2.25.3234567890',
  Modality: 'CT',
  PatientName: '',
  PatientID: 'ANON0001',
  PatientIdentityRemoved: 'YES',
  BurnedInAnnotation: 'NO',
  Rows: 2,
  Columns: 2,
});

export function dicomFile(
  dataset: Record<string, unknown>,
  options: { privateTags?: boolean; overlay?: boolean; pixelBytes?: number; transferSyntax?: string; privateBlobBytes?: number } = {},
): Uint8Array {
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: SECONDARY_CAPTURE,
    MediaStorageSOPInstanceUID: '2.25.1234567890',
    TransferSyntaxUID: options.transferSyntax ?? '1.2.840.10008.1.2.1',
    ImplementationClassUID: '2.25.999',
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(dataset);
  if (options.privateTags === true) {
    dict.dict['00090010'] = { vr: 'LO', Value: ['ACME_IDENT'] };
    dict.dict['00091001'] = { vr: 'LO', Value: ['inpatient ward 3'] };
  }
  if (options.privateBlobBytes !== undefined) {
    // A large private value in group 0009 puts everything from the patient module (0010,xxxx) on far into the file.
    dict.dict['00090010'] = { vr: 'LO', Value: ['ACME_IDENT'] };
    dict.dict['00091002'] = { vr: 'OB', Value: [new Uint8Array(options.privateBlobBytes).buffer] };
  }
  if (options.overlay === true) {
    dict.dict['60000010'] = { vr: 'US', Value: [2] };
    dict.dict['60000011'] = { vr: 'US', Value: [2] };
    dict.dict['60003000'] = { vr: 'OW', Value: [new Uint8Array(2).buffer] };
  }
  dict.dict['7FE00010'] = { vr: 'OW', Value: [new Uint8Array(options.pixelBytes ?? 8).buffer] };
  return new Uint8Array(dict.write());
}

interface TiffDirectory {
  readonly width: number;
  readonly height: number;
  readonly description?: string;
  readonly tiled?: boolean;
  readonly dateTime?: string;
  /** Declared byte count of the one strip or tile: the pixel data is never written, only declared. */
  readonly dataBytes?: number;
}

/**
 * A little-endian classic TIFF with the given directories, each pointing at pixel data it declares but that the
 * file need not contain (the reader must never go there). `padTo` declares a larger file for the huge-slide bench.
 */
export function tiffFile(directories: readonly TiffDirectory[]): Uint8Array {
  const strings: Uint8Array[] = [];
  const encoder = new TextEncoder();
  // Layout: header (8), then each directory's entry table followed by its string values.
  const parts: Uint8Array[] = [];
  let offset = 8;
  const header = new Uint8Array(8);
  const hv = new DataView(header.buffer);
  header.set([0x49, 0x49]);
  hv.setUint16(2, 42, true);
  hv.setUint32(4, 8, true);
  parts.push(header);
  directories.forEach((directory, index) => {
    const entries: [number, number, number, number | Uint8Array][] = [];
    entries.push([256, 4, 1, directory.width], [257, 4, 1, directory.height]);
    if (directory.description !== undefined) {
      const bytes = encoder.encode(`${directory.description}\0`);
      entries.push([270, 2, bytes.length, bytes]);
    }
    if (directory.dateTime !== undefined) {
      const bytes = encoder.encode(`${directory.dateTime}\0`);
      entries.push([306, 2, bytes.length, bytes]);
    }
    if (directory.tiled === true) entries.push([322, 3, 1, 256], [323, 3, 1, 256], [324, 4, 1, 0x7fff0000], [325, 4, 1, directory.dataBytes ?? 1024]);
    else entries.push([273, 4, 1, 0x7fff0000], [279, 4, 1, directory.dataBytes ?? 1024]);
    entries.sort((x, y) => x[0] - y[0]);
    const tableSize = 2 + entries.length * 12 + 4;
    const table = new Uint8Array(tableSize);
    const tv = new DataView(table.buffer);
    tv.setUint16(0, entries.length, true);
    let valueOffset = offset + tableSize;
    const values: Uint8Array[] = [];
    entries.forEach(([tag, type, count, value], i) => {
      const at = 2 + i * 12;
      tv.setUint16(at, tag, true);
      tv.setUint16(at + 2, type, true);
      tv.setUint32(at + 4, count, true);
      if (value instanceof Uint8Array) {
        if (value.length <= 4) table.set(value, at + 8);
        else {
          tv.setUint32(at + 8, valueOffset, true);
          values.push(value);
          valueOffset += value.length;
        }
      } else if (type === 3) tv.setUint16(at + 8, value, true);
      else tv.setUint32(at + 8, value, true);
    });
    const next = index === directories.length - 1 ? 0 : valueOffset;
    tv.setUint32(2 + entries.length * 12, next, true);
    parts.push(table, ...values);
    offset = valueOffset;
  });
  strings.length = 0;
  const out = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The directories of an Aperio-like slide: the pyramid's base, a label image, a macro image. */
export const aperioSlide = (identifying: boolean): TiffDirectory[] => [
  {
    width: 46_000,
    height: 32_000,
    tiled: true,
    description: identifying
      ? 'Aperio Image Library v12.0.5\r\n46000x32000 [0,0 46000x32000] (256x256) JPEG/RGB Q=70|AppMag = 20|Filename = S12-3456 Yamada|Date = 06/14/23|ScanScope ID = SS1234|MPP = 0.5'
      : 'Aperio Image Library v12.0.5\r\n46000x32000 [0,0 46000x32000] (256x256) JPEG/RGB Q=70|AppMag = 20|MPP = 0.5',
    ...(identifying ? { dateTime: '2023:06:14 10:12:00' } : {}),
  },
  ...(identifying
    ? [
        { width: 400, height: 400, description: 'Aperio Image Library v12.0.5\r\nlabel 400x400' },
        { width: 1280, height: 420, description: 'Aperio Image Library v12.0.5\r\nmacro 1280x420' },
      ]
    : []),
];

/** A minimal XLSX workbook with one sheet, the cells as inline strings (what a script writing XLSX produces). */
export function xlsxFile(rows: readonly (readonly string[])[], options: { sharedStrings?: boolean } = {}): Uint8Array {
  const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const shared: string[] = [];
  const cell = (value: string, column: number, row: number) => {
    const ref = `${String.fromCharCode(65 + column)}${String(row + 1)}`;
    if (options.sharedStrings === true) {
      shared.push(value);
      return `<c r="${ref}" t="s"><v>${String(shared.length - 1)}</v></c>`;
    }
    return `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  };
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${rows
    .map((row, r) => `<row r="${String(r + 1)}">${row.map((value, c) => cell(value, c, r)).join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>'),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  };
  if (options.sharedStrings === true) {
    files['xl/sharedStrings.xml'] = strToU8(`<sst>${shared.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`);
  }
  return zipSync(files);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
