// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { bytesSource, checkFile, summarize } from '../../../src/features/data-check/engine';
import type { FileReport, FindingId } from '../../../src/features/data-check/engine';
import { aperioSlide, cleanDataset, dicomFile, tiffFile, utf8, xlsxFile } from './fixtures';

const check = (name: string, bytes: Uint8Array) => checkFile(bytesSource(name, bytes));
const ids = (report: FileReport): FindingId[] => report.findings.map((f) => f.id);
const at = (report: FileReport, location: string) => report.findings.find((f) => f.location === location);

describe('DICOM', () => {
  it('gives no finding for a file cleaned by the basic profile', async () => {
    const report = await check('clean.dcm', dicomFile(cleanDataset()));
    expect(report).toMatchObject({ kind: 'dicom', read: 'full', problems: [] });
    expect(report.findings).toEqual([]);
    expect(report.checks).toContain('dicom_profile_attributes');
  });

  it('finds each kind of identifying attribute, named by keyword, with its checklist item and profile option', async () => {
    const report = await check(
      'raw.dcm',
      dicomFile({
        ...cleanDataset(),
        PatientName: 'Yamada^Taro',
        PatientID: '12345678',
        PatientBirthDate: '19300101',
        StudyDate: '20240105',
        InstitutionName: 'Example Hospital',
        ReferringPhysicianName: 'Suzuki^Ichiro',
        DeviceSerialNumber: 'SN-998',
        StudyDescription: 'Chest for Yamada',
        SOPInstanceUID: '1.2.392.200036.9116.2.1.1',
        PatientSex: 'M',
      }),
    );
    expect(at(report, 'PatientName')).toMatchObject({ id: 'dicom_direct_identifier', severity: 'high', checklist: 'clean_dicom_headers', sample: 'Y••••• (11)' });
    expect(at(report, 'PatientName')?.profileOption).toBeUndefined();
    expect(at(report, 'PatientID')).toMatchObject({ id: 'dicom_direct_identifier', severity: 'high' });
    expect(at(report, 'PatientBirthDate')).toMatchObject({ id: 'dicom_direct_identifier' });
    expect(at(report, 'StudyDate')).toMatchObject({ id: 'dicom_date_time', profileOption: 'retain_longitudinal_temporal' });
    expect(at(report, 'InstitutionName')).toMatchObject({ id: 'dicom_institution_or_staff', profileOption: 'retain_institution_identity' });
    expect(at(report, 'ReferringPhysicianName')).toMatchObject({ id: 'dicom_institution_or_staff', severity: 'medium' });
    expect(at(report, 'DeviceSerialNumber')).toMatchObject({ id: 'dicom_device_identifier', profileOption: 'retain_device_identity' });
    expect(at(report, 'StudyDescription')).toMatchObject({ id: 'dicom_description_text', profileOption: 'clean_descriptors' });
    expect(at(report, 'SOPInstanceUID')).toMatchObject({ id: 'dicom_uid_not_replaced', severity: 'low', profileOption: 'retain_uids' });
    expect(at(report, 'PatientSex')).toMatchObject({ id: 'dicom_quasi_identifier', profileOption: 'retain_patient_characteristics' });
    // Age from birth date and study date: 94.
    expect(at(report, 'PatientBirthDate, StudyDate')).toMatchObject({ id: 'dicom_age_over_89', sample: '94' });
    // No value is ever reported in full.
    expect(JSON.stringify(report)).not.toContain('Yamada');
  });

  it('finds private tags by block and creator, overlays, and burned-in annotation', async () => {
    const report = await check('p.dcm', dicomFile({ ...cleanDataset(), BurnedInAnnotation: 'YES', PatientAge: '093Y' }, { privateTags: true, overlay: true }));
    expect(at(report, '(0009,10XX) ACME_IDENT')).toMatchObject({ id: 'dicom_private_tag', profileOption: 'retain_safe_private' });
    expect(at(report, 'Overlay (6000,xxxx)')).toMatchObject({ id: 'dicom_overlay', checklist: 'remove_burned_in_text', profileOption: 'clean_graphics' });
    expect(at(report, 'BurnedInAnnotation')).toMatchObject({ id: 'dicom_burned_in_annotation_yes', severity: 'high', checklist: 'remove_burned_in_text' });
    expect(report.findings.find((f) => f.id === 'dicom_age_over_89')).toMatchObject({ location: 'PatientAge', sample: '93' });
  });

  it('asks about burned-in text when the attribute is absent on ultrasound, not on CT', async () => {
    const { BurnedInAnnotation: _, ...withoutFlag } = cleanDataset();
    expect(ids(await check('us.dcm', dicomFile({ ...withoutFlag, Modality: 'US' })))).toEqual(['dicom_burned_in_annotation_absent']);
    expect(ids(await check('ct.dcm', dicomFile({ ...withoutFlag, Modality: 'CT' })))).toEqual([]);
  });

  it('lowers what a declared profile option keeps on purpose', async () => {
    const report = await check(
      'kept.dcm',
      dicomFile({ ...cleanDataset(), StudyDate: '20240105', DeidentificationMethodCodeSequence: [{ CodeValue: '113106', CodingSchemeDesignator: 'DCM', CodeMeaning: 'Retain Longitudinal Temporal Information Full Dates Option' }] }),
    );
    expect(at(report, 'StudyDate')).toMatchObject({ severity: 'low', profileOption: 'retain_longitudinal_temporal' });
  });

  it('reads the header of a truncated file and says so; refuses a file that is not DICOM behind a .dcm name', async () => {
    const full = dicomFile({ ...cleanDataset(), PatientName: 'Yamada^Taro', ImageComments: 'x'.repeat(200) });
    // ImageComments (0020,4000) comes after PatientName (0010,0010): the cut falls inside it.
    const cut = await check('cut.dcm', full.subarray(0, full.length - 150));
    expect(cut.problems).toEqual(['truncated']);
    expect(at(cut, 'PatientName')).toBeDefined();
    const fake = await check('fake.dcm', utf8('hello'));
    expect(fake).toMatchObject({ kind: 'dicom', read: 'none', problems: ['dicom_unreadable'] });
  });
});

describe('tables', () => {
  const rows = [
    ['患者ID', '氏名', '生年月日', '検査日', '所見', '番号', 'value'],
    ['P001', '山田太郎', '1950/01/02', '2024-01-05', '山田様は2024年1月5日に来院、電話 090-1234-5678 で連絡済み。', '1234 5678 9012', '12.5'],
    ['P002', '鈴木花子', '1960/03/04', '2024-02-06', '特記事項なし。経過観察を継続し、次回外来で再評価する予定。', '2345 6789 0123', '13.1'],
  ];
  const csv = rows.map((row) => row.join(',')).join('\n');

  it('finds identifier columns by name, 12-digit numbers, exact dates and free text, masked', async () => {
    const report = await check('t.csv', utf8(csv));
    expect(report.kind).toBe('table');
    expect(at(report, '患者ID')).toMatchObject({ id: 'table_identifier_column', severity: 'high', checklist: 'remove_ehr_identifiers' });
    expect(at(report, '氏名')).toMatchObject({ id: 'table_identifier_column', sample: '山••• (4)' });
    expect(at(report, '生年月日')?.id).toBe('table_identifier_column');
    expect(at(report, '検査日')).toMatchObject({ id: 'table_exact_dates', heuristic: true });
    expect(at(report, '番号')).toMatchObject({ id: 'table_my_number_like', severity: 'high' });
    expect(at(report, '所見')).toMatchObject({ id: 'table_free_text_column', checklist: 'scrub_free_text' });
    const cell = report.findings.filter((f) => f.location === '所見 / row 2').map((f) => f.id);
    expect(cell).toEqual(expect.arrayContaining(['text_phone', 'text_date', 'text_honorific_name']));
    expect(report.findings.some((f) => f.location === 'value')).toBe(false);
    expect(JSON.stringify(report)).not.toContain('山田太郎');
  });

  it('reads TSV, Shift_JIS and XLSX (inline and shared strings) alike', async () => {
    const tsv = await check('t.tsv', utf8(rows.map((row) => row.join('\t')).join('\n')));
    expect(at(tsv, '氏名')).toBeDefined();
    const sjis = await check('sjis.csv', new Uint8Array([0x8e, 0x81, 0x96, 0xbc, 0x2c, 0x61, 0x0a, 0x41, 0x2c, 0x42])); // 氏名,a / A,B
    expect(at(sjis, '氏名')).toBeDefined();
    for (const sharedStrings of [false, true]) {
      const xlsx = await check('t.xlsx', xlsxFile(rows, { sharedStrings }));
      expect(xlsx.kind).toBe('table');
      expect(at(xlsx, '患者ID')?.id).toBe('table_identifier_column');
      expect(at(xlsx, '番号')?.id).toBe('table_my_number_like');
    }
  });

  it('gives no finding for a table of codes and measurements', async () => {
    const report = await check('clean.csv', utf8('subject,age_group,sex,hba1c\nS01,60-69,F,6.1\nS02,70-79,M,7.2\n'));
    expect(report.findings).toEqual([]);
  });

  it('explains an encrypted or legacy workbook and a broken zip', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await check('locked.xlsx', ole)).problems).toEqual(['encrypted_or_legacy_office']);
    expect((await check('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).problems).toEqual(['zip_unreadable']);
  });
});

describe('free text', () => {
  it.each([
    ['text_phone', '連絡先 03-1234-5678'],
    ['text_phone', 'call (555) 123-4567'],
    ['text_postal_code', '〒100-0001 東京都'],
    ['text_email', 'mail: taro.yamada@example.jp'],
    ['text_date', '令和5年4月1日に入院'],
    ['text_date', 'admitted on March 5, 2024'],
    ['text_id_number', '患者ID: 00123456'],
    ['text_honorific_name', '山田様より電話'],
    ['text_honorific_name', '佐藤さんが来院'],
    ['text_honorific_name', 'seen by Dr. Smith'],
    ['text_phone', '携帯 ０９０－１２３４－５６７８'],
  ] as const)('finds %s in "%s"', async (id, line) => {
    const report = await check('note.txt', utf8(`経過記録\n${line}\n`));
    expect(report.kind).toBe('text');
    expect(report.findings.map((f) => [f.id, f.location])).toContainEqual([id, 'line 2']);
    expect(report.findings.every((f) => f.heuristic === true && f.checklist === 'scrub_free_text')).toBe(true);
  });

  it('gives no finding for clinical prose without identifiers', async () => {
    const report = await check('clean.txt', utf8('患者さんは咳嗽を主訴に来院。胸部CTで右下葉に浸潤影。\nThe patient improved after 5 days of antibiotics.\n'));
    expect(report.findings).toEqual([]);
  });
});

describe('slides', () => {
  it('finds label and macro images and identifying metadata without reading pixel data', async () => {
    const bytes = tiffFile(aperioSlide(true));
    const reads: [number, number][] = [];
    const source = bytesSource('slide.svs', bytes);
    const report = await checkFile({ ...source, size: 2 ** 31, read: (offset, length) => (reads.push([offset, length]), source.read(offset, length)) });
    expect(report).toMatchObject({ kind: 'slide', read: 'headers_only', problems: [] });
    expect(at(report, 'IFD 1')).toMatchObject({ id: 'slide_label_image', severity: 'high', checklist: 'mask_wsi_labels' });
    expect(at(report, 'IFD 2')?.id).toBe('slide_macro_image');
    expect(at(report, 'IFD 0 ImageDescription: Filename')).toMatchObject({ id: 'slide_identifying_metadata', severity: 'high' });
    expect(at(report, 'IFD 0 ImageDescription: Date')?.id).toBe('slide_date_time');
    expect(at(report, 'IFD 0 ImageDescription: ScanScope ID')?.id).toBe('slide_device_identifier');
    expect(at(report, 'IFD 0 DateTime')?.id).toBe('slide_date_time');
    // Declared strips and tiles sit at 0x7fff0000; no read goes anywhere near them.
    expect(Math.max(...reads.map(([offset, length]) => offset + length))).toBeLessThanOrEqual(bytes.length + 16);
  });

  it('gives no finding for a slide without associated images or identifying metadata', async () => {
    expect((await check('clean.svs', tiffFile(aperioSlide(false)))).findings).toEqual([]);
  });

  it('survives a directory chain that loops', async () => {
    const bytes = tiffFile(aperioSlide(false));
    const view = new DataView(bytes.buffer);
    const count = view.getUint16(8, true);
    view.setUint32(8 + 2 + count * 12, 8, true); // the first directory's "next" points back at itself
    const report = await check('loop.tif', bytes);
    expect(report).toMatchObject({ kind: 'slide', problems: ['truncated'] });
  });
});

describe('bad input', () => {
  it('reports empty, binary and unknown files per file', async () => {
    expect((await check('empty.csv', new Uint8Array())).problems).toEqual(['empty']);
    expect((await check('data.csv', new Uint8Array([1, 0, 2, 0]))).problems).toEqual(['binary_not_text']);
    expect((await check('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).problems).toEqual(['not_recognised']);
  });

  it('reads a text over the limit only as far as its first megabyte', async () => {
    const line = '検査値 12.5\n';
    const big = utf8(line.repeat(3_000_000));
    const report = await check('big.txt', big);
    expect(report).toMatchObject({ kind: 'text', read: 'headers_only', problems: ['over_limit_headers_only'] });
  });
});

describe('summary per checklist item', () => {
  it('counts the files each item concerns and where findings are', async () => {
    const files = await Promise.all([
      check('a.dcm', dicomFile({ ...cleanDataset(), PatientName: 'A^B' })),
      check('b.dcm', dicomFile({ ...cleanDataset(), PatientName: 'C^D' })),
      check('c.dcm', dicomFile(cleanDataset())),
      check('n.txt', utf8('no identifiers here')),
    ]);
    const headers = summarize(files).find((s) => s.checklist === 'clean_dicom_headers');
    expect(headers).toMatchObject({ filesChecked: 3, filesWithFindings: 2, highest: 'high', locations: [{ location: 'PatientName', files: 2 }] });
    expect(summarize(files).find((s) => s.checklist === 'scrub_free_text')).toMatchObject({ filesChecked: 1, filesWithFindings: 0 });
  });
});
