// The data check page in Chromium: files dropped on the page are checked in a Web Worker, findings show per file
// and per checklist item, the record attaches to the assessment and shows in the report; axe-clean and screenshots
// at 1280 and 375 px in both languages. Files are made here: DICOM written with dcmjs, a CSV, a text, a broken file.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';

import { appUrl, assertNoAxeViolations, assertNoProblems, fitsViewport, launchBrowser, openPage, openSeeded, readJson, screenshot } from './helpers.mjs';

const require = createRequire(import.meta.url);
const dcmjs = require('dcmjs');

const text = { ja: readJson('../../locales/ja/datacheck.json'), en: readJson('../../locales/en/datacheck.json') };
const checklistJa = readJson('../../locales/ja/checklist.json');
const scenario = readJson('../fixtures/scenarios.json').scenarios.find((s) => s.id === 'S02');

function dicom(dataset) {
  const { DicomDict, DicomMetaDictionary } = dcmjs.data;
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: '1.2.840.10008.5.1.4.1.1.7',
    MediaStorageSOPInstanceUID: '2.25.1',
    TransferSyntaxUID: '1.2.840.10008.1.2.1',
    ImplementationClassUID: '2.25.9',
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset({
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.7',
    SOPInstanceUID: '2.25.2',
    Modality: 'CT',
    BurnedInAnnotation: 'NO',
    ...dataset,
  });
  dict.dict['7FE00010'] = { vr: 'OW', Value: [new Uint8Array(8).buffer] };
  return Buffer.from(dict.write());
}

const files = [
  { name: 'raw.dcm', bytes: dicom({ PatientName: 'Yamada^Taro', PatientID: '12345678', StudyDate: '20240105' }) },
  { name: 'clean.dcm', bytes: dicom({ PatientID: 'ANON01' }) },
  { name: 'patients.csv', bytes: Buffer.from('患者ID,氏名,所見\nP1,山田太郎,山田様は2024年1月5日に来院し、03-1234-5678 に連絡済み。経過は良好。\n') },
  { name: 'note.txt', bytes: Buffer.from('経過良好。\n連絡先 taro@example.jp\n') },
  { name: 'broken.xlsx', bytes: Buffer.from('PK\u0003\u0004 not really a workbook') },
];

/** Drops the files on the drop area as a person dragging them from a folder would. */
async function dropFiles(page) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, base64 } of list) data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    return data;
  }, files.map((file) => ({ name: file.name, base64: file.bytes.toString('base64') })));
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

describe('data check page', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('checks dropped files in a worker, attaches the record and shows it in the report (ja, 1280 and 375 px)', async () => {
    const t = text.ja;
    const { context, page, problems } = await openPage(browser);
    await openSeeded(page, scenario.input, '/data-check', { name: 'データ確認E2E' });
    await page.getByRole('heading', { level: 1, name: t.page.title }).waitFor();
    await dropFiles(page);
    await page.getByText(t.progress.done.replaceAll('{{total}}', String(files.length))).waitFor();

    const raw = page.getByRole('region', { name: 'raw.dcm' });
    assert.ok(await raw.getByRole('row', { name: /PatientName/u }).isVisible());
    assert.equal(await raw.getByText('Yamada').count(), 0, 'values are masked');
    assert.ok(await page.getByRole('region', { name: 'clean.dcm' }).getByText(t.files.noFindings).isVisible());
    assert.ok(await page.getByRole('region', { name: 'broken.xlsx' }).getByText(t.problems.zip_unreadable).isVisible());
    const summary = page.getByRole('region', { name: t.summary.heading });
    assert.ok(await summary.getByRole('heading', { name: checklistJa.item.clean_dicom_headers.title }).isVisible());

    await assertNoAxeViolations(page, 'data check (ja)');
    await screenshot(page, 'data-check-ja-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'no sideways scrolling at 375 px');
    await screenshot(page, 'data-check-ja-375');

    await page.getByRole('button', { name: t.record.attach }).click();
    await page.getByText(t.record.attached.replace('{{name}}', 'データ確認E2E')).waitFor();
    await page.goto(appUrl('/report'));
    await page.getByRole('heading', { name: t.attached.heading }).waitFor();
    assertNoProblems(problems);
    await context.close();
  });

  it('works in English (1280 and 375 px)', async () => {
    const t = text.en;
    const { context, page, problems } = await openPage(browser, { locale: 'en-US' });
    await page.goto(appUrl('/data-check'));
    await page.getByRole('heading', { level: 1, name: t.page.title }).waitFor();
    await page.getByLabel(t.pick.label).setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes })));
    await page.getByText(t.progress.done.replaceAll('{{total}}', String(files.length))).waitFor();
    assert.ok(await page.getByText(t.record.noAssessment).isVisible());
    await assertNoAxeViolations(page, 'data check (en)');
    await screenshot(page, 'data-check-en-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await fitsViewport(page), 'no sideways scrolling at 375 px');
    await screenshot(page, 'data-check-en-375');
    assertNoProblems(problems);
    await context.close();
  });
});
