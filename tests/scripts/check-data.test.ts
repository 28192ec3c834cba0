import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { aperioSlide, cleanDataset, dicomFile, tiffFile, utf8 } from '../features/data-check/fixtures';

const root = new URL('../../', import.meta.url);
const tsx = new URL('node_modules/.bin/tsx', root).pathname;
const dir = mkdtempSync(join(tmpdir(), 'check-data-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const run = (...files: string[]) => spawnSync(tsx, ['scripts/check-data.ts', ...files], { cwd: root, encoding: 'utf8' });

interface Output {
  files: { file: string; kind: string; findings: { id: string; severity: string; location: string; checklist: string }[] }[];
}

// One run covers every kind (tsx takes about half a second to start).
describe('check-data CLI', { timeout: 30_000 }, () => {
  it('prints the findings of each kind of file as JSON and exits 0', () => {
    const paths = [
      file('raw.dcm', dicomFile({ ...cleanDataset(), PatientName: 'Yamada^Taro' })),
      file('clean.dcm', dicomFile(cleanDataset())),
      file('list.csv', utf8('患者ID,value\nP1,1\n')),
      file('note.txt', utf8('山田様 03-1234-5678\n')),
      file('slide.svs', tiffFile(aperioSlide(true))),
      file('missing-pixels.bin', new Uint8Array([1, 2, 3])),
    ];
    const result = run(...paths);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Output;
    expect(output.files.map((f) => f.kind)).toEqual(['dicom', 'dicom', 'table', 'text', 'slide', 'unknown']);
    expect(output.files[0]?.findings).toContainEqual(expect.objectContaining({ id: 'dicom_direct_identifier', severity: 'high', location: 'PatientName', checklist: 'clean_dicom_headers' }));
    expect(output.files[1]?.findings).toEqual([]);
    expect(output.files[2]?.findings[0]).toMatchObject({ location: '患者ID', checklist: 'remove_ehr_identifiers' });
    expect(output.files[3]?.findings.map((f) => f.location)).toContain('line 1');
    expect(output.files[4]?.findings.map((f) => f.id)).toContain('slide_label_image');
    expect(result.stderr).toContain('missing-pixels.bin');
  });

  it('exits 2 when no file could be read', () => {
    const result = run(join(dir, 'absent.dcm'), file('empty.txt', new Uint8Array()));
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ files: [{ problems: ['read_failed'] }, { problems: ['empty'] }] });
  });
});
