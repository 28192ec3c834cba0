// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { bytesSource, checkFile } from '../../../src/features/data-check/engine';
import { newRecord, recordJson, recordMarkdown } from '../../../src/features/data-check/export-record';
import type { DataCheckT } from '../../../src/features/data-check/namespaces';
import { DATA_CHECKS_STORAGE_KEY, loadDataChecks } from '../../../src/features/data-check/records';
import { createDataChecksStore } from '../../../src/features/data-check/store';
import { parseAssessmentFile, serializeAssessmentFile, toAssessmentFile } from '../../../src/features/exchange/format';
import i18n from '../../../src/i18n';
import { memoryStorage } from '../../app/harness';
import { cleanDataset, dicomFile } from './fixtures';

const record = async (id: string) =>
  newRecord([await checkFile(bytesSource('raw.dcm', dicomFile({ ...cleanDataset(), PatientName: 'Yamada^Taro' })))], id, new Date('2026-01-02T03:04:05Z'));

describe('data check records', () => {
  it('are stored per assessment under mdn.data-checks, newest first, and can be detached', async () => {
    const { storage, data } = memoryStorage();
    const store = createDataChecksStore(storage);
    store.getState().recordAttached('a1', await record('r1'));
    store.getState().recordAttached('a1', await record('r2'));
    const loaded = loadDataChecks(data.get(DATA_CHECKS_STORAGE_KEY) ?? null);
    expect(loaded.ok && loaded.state.byAssessment.a1?.map((r) => r.id)).toEqual(['r2', 'r1']);
    // A reload reads the same records.
    expect(createDataChecksStore(storage).getState().byAssessment.a1).toHaveLength(2);
    store.getState().recordDetached('a1', 'r2');
    store.getState().recordDetached('a1', 'r1');
    expect(store.getState().byAssessment).toEqual({});
  });

  it('never overwrite stored records that could not be read', async () => {
    const { storage, data } = memoryStorage({ [DATA_CHECKS_STORAGE_KEY]: '{"schemaVersion":9}' });
    const store = createDataChecksStore(storage);
    expect(store.getState().storageProblem?.kind).toBe('unknown_version');
    store.getState().recordAttached('a1', await record('r1'));
    expect(data.get(DATA_CHECKS_STORAGE_KEY)).toBe('{"schemaVersion":9}');
  });

  it('travel in the exchange file and read back unchanged; an invalid record makes the file invalid', async () => {
    const records = [await record('r1')];
    const file = toAssessmentFile({ name: 'P', answers: {}, ticks: [], dataChecks: records }, '2026-01-01T00:00:00.000Z');
    const parsed = parseAssessmentFile(serializeAssessmentFile(file));
    expect(parsed.ok && parsed.file.dataChecks).toEqual(records);
    const broken = JSON.parse(serializeAssessmentFile(file)) as { dataChecks: { files: { kind: string }[] }[] };
    const first = broken.dataChecks[0]?.files[0];
    if (first !== undefined) first.kind = 'spreadsheet';
    expect(parseAssessmentFile(JSON.stringify(broken)).ok).toBe(false);
  });

  it('export as Markdown and JSON with what was checked, the masked value only, and the note that it is no proof', async () => {
    await i18n.loadNamespaces(['datacheck', 'checklist']);
    await i18n.changeLanguage('en');
    const t = i18n.getFixedT('en', ['datacheck', 'common', 'checklist', 'citations', 'result']) as unknown as DataCheckT;
    const r = await record('r1');
    const markdown = recordMarkdown(r, t, (iso) => iso);
    expect(markdown).toContain('| high risk | PatientName |');
    expect(markdown).toContain('Finding nothing does not prove');
    expect(markdown).toContain('PS3.15 Annex E attributes');
    expect(markdown).not.toContain('Yamada');
    const json = JSON.parse(recordJson(r, t)) as { summary: { checklist: string; filesWithFindings: number }[]; checksRun: string[] };
    expect(json.summary).toContainEqual(expect.objectContaining({ checklist: 'clean_dicom_headers', filesWithFindings: 1 }));
    expect(json.checksRun).toContain('dicom_private_tags');
  });
});
