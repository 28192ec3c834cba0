/**
 * Hostile-input fuzzing of the backup loader: generated backups (every store filled, some hostile text), damaged
 * ones and junk. The loader must never throw and must accept or explain; an accepted backup must restore into an
 * empty browser as data every store's own loader reads back; a restore must never touch a store whose data here
 * cannot be read. Used by tests/features/fuzz.test.ts (a few hundred inputs) and `npm run bench` (10,000).
 */
import fc from 'fast-check';

import { BACKUP_FORMAT, BACKUP_KIND, parseBackup } from '../../src/features/backup/format';
import { applyRestore, planRestore } from '../../src/features/backup/restore';
import type { RestoreStorage } from '../../src/features/backup/restore';
import type { BackupStoreId } from '../../src/features/backup/store-registry';
import { backupStores } from '../../src/features/backup/stores';
import { answers, damaged, hostileText, junk } from './fuzz-loaders';

const at = '2026-11-24T00:00:00.000Z';
const name = fc.oneof(fc.string({ maxLength: 40 }), hostileText);

const assessmentsSection = fc.array(fc.tuple(answers, name), { maxLength: 3 }).map((list) => ({
  schemaVersion: 2,
  currentId: null,
  assessments: list.map(([input, title], index) => ({ id: `a${String(index)}`, name: title, createdAt: at, updatedAt: at, answers: input, ticks: [] })),
}));
const draftsSection = fc.array(name, { maxLength: 2 }).map((titles) => ({
  schemaVersion: 1,
  drafts: Object.fromEntries(
    titles.map((title, index) => [`a${String(index)}`, { processing_plan: { language: 'ja', basedOn: 'x', updatedAt: at, doc: { title, meta: [], blocks: [{ kind: 'paragraph', text: title }] } } }]),
  ),
}));
const profileSection = fc.option(name).map((institution) => ({
  schemaVersion: 1,
  profile: institution === null || institution.trim() === '' ? null : { name: institution, contactOffice: '', contactDetails: '', note: '' },
}));
const trainingSection = fc.array(fc.constantFrom('S01', 'T03', 'case-9'), { maxLength: 3 }).map((ids) => ({
  schemaVersion: 2,
  attempts: [...new Set(ids)].map((scenarioId) => ({ source: 'library', scenarioId, basis: 'none', verdicts: [], answeredAt: at })),
  customSet: null,
  setAside: null,
}));

const validBackup = fc
  .record(
    {
      assessments: assessmentsSection,
      reviews: fc.constant({ schemaVersion: 2, reviews: [] }),
      drafts: draftsSection,
      training: trainingSection,
      profile: profileSection,
      language: fc.constantFrom('ja', 'en', null),
    },
    { requiredKeys: [] },
  )
  .map((stores): Record<string, unknown> => ({ kind: BACKUP_KIND, format: BACKUP_FORMAT, createdAt: at, rulesVersion: '2024.09-appi2022.2', stores }));

/** A valid backup with one store's data damaged the same way, so failures inside a store are reached too. */
const damagedStore = fc.tuple(validBackup, fc.jsonValue(), fc.nat()).map(([backup, value, pick]) => {
  const stores = { ...(backup.stores as Record<string, unknown>) };
  const keys = Object.keys(stores);
  const key = keys[pick % Math.max(keys.length, 1)] ?? 'assessments';
  stores[key] = pick % 2 === 0 ? value : { ...(stores[key] as object), [pick % 3 === 0 ? 'schemaVersion' : 'extra']: value };
  return JSON.stringify({ ...backup, stores });
});

const backupText = fc.oneof(junk, damaged(validBackup), damagedStore, validBackup.map((backup) => JSON.stringify(backup)));

const storageKeyOf = (store: BackupStoreId) => backupStores.find((s) => s.id === store)?.storageKey ?? store;

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: RestoreStorage = {
    read: (key) => data.get(key) ?? null,
    write: (key, value) => (data.set(key, value), true),
    remove: (key) => {
      data.delete(key);
    },
  };
  return { data, storage, read: (key: string) => data.get(key) ?? null };
}

// The running stores belong to a browser page; here only what is written to storage is checked.
const noLive = { updateRunningStores: false } as const;

export interface BackupFuzzFigures {
  readonly runs: number;
  readonly accepted: number;
}

/** Runs the backup loader on `runs` generated inputs; throws (via fast-check) on the first violation. */
export async function fuzzBackupLoader(runs: number, seed?: number): Promise<BackupFuzzFigures> {
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(backupText, async (text) => {
      const result = parseBackup(text);
      if (!result.ok) {
        if (typeof result.problem.kind !== 'string') throw new Error('problem without a kind');
        return;
      }
      accepted += 1;
      // Into an empty browser: everything written must read back through each store's own loader.
      const empty = memory();
      const restored = await applyRestore(planRestore(result.backup, empty.read, storageKeyOf), 'add', empty.storage, storageKeyOf, noLive);
      if (!restored.ok) throw new Error(`accepted backup did not restore: ${restored.kind}`);
      for (const store of backupStores) {
        if (store.readForBackup(empty.data.get(store.storageKey) ?? null) === null) throw new Error(`restored ${store.id} is unreadable`);
      }
      // Over unreadable data: it must stay exactly as it was, in either mode.
      const unreadable = Object.fromEntries(backupStores.filter((s) => s.id !== 'language').map((s) => [s.storageKey, '{unreadable']));
      const broken = memory(unreadable);
      await applyRestore(planRestore(result.backup, broken.read, storageKeyOf), 'replace', broken.storage, storageKeyOf, noLive);
      for (const [key, raw] of Object.entries(unreadable)) if (broken.data.get(key) !== raw) throw new Error(`unreadable ${key} was overwritten`);
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return { runs, accepted };
}
