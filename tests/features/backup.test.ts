import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it, vi } from 'vitest';

import { STORAGE_KEY } from '../../src/features/assessments/schema';
import type { PersistedState, SavedAssessment } from '../../src/features/assessments/schema';
import { BACKUP_KIND, MAX_BACKUP_BYTES, buildBackup, parseBackup, readBackupFile, serializeBackup } from '../../src/features/backup/format';
import type { BackupProblem, ParsedBackup } from '../../src/features/backup/format';
import { applyRestore, changesAnything, planRestore } from '../../src/features/backup/restore';
import type { RestoreStorage } from '../../src/features/backup/restore';
import { canonicalJson, mergeItems } from '../../src/features/backup/store-registry';
import type { BackupStoreId, StorePlan } from '../../src/features/backup/store-registry';
import { backupStores } from '../../src/features/backup/stores';
import { DRAFTS_STORAGE_KEY } from '../../src/features/drafts/schema';
import { HISTORY_STORAGE_KEY } from '../../src/features/history/schema';
import { PROJECTS_STORAGE_KEY } from '../../src/features/projects/schema';
import { PROFILE_STORAGE_KEY } from '../../src/features/profile/schema';
import { REVIEWS_STORAGE_KEY } from '../../src/features/review/schema';
import { TRAINING_STORAGE_KEY } from '../../src/features/training/store';
import { languageStorageKey } from '../../src/i18n/language';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/rule-set-1');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const fixtureJson = (name: string): unknown => JSON.parse(fixture(name));

const at = '2026-12-01T09:00:00.000Z';
const assessment = (id: string, name: string, extra: Partial<SavedAssessment> = {}): SavedAssessment => ({
  id,
  name,
  createdAt: at,
  updatedAt: at,
  answers: { stage: 'development' },
  ticks: [],
  ...extra,
});
const assessments = (list: SavedAssessment[], currentId: string | null = null): string =>
  JSON.stringify({ schemaVersion: 2, currentId, assessments: list } satisfies PersistedState);

const profileText = (name: string) => JSON.stringify({ schemaVersion: 1, profile: { name, contactOffice: '', contactDetails: '', note: '' } });
const draftsText = (assessmentId: string, title: string) =>
  JSON.stringify({
    schemaVersion: 1,
    drafts: { [assessmentId]: { processing_plan: { language: 'ja', basedOn: 'x', updatedAt: at, doc: { title, meta: [], blocks: [] } } } },
  });

function memory(initial: Record<string, string> = {}, failOn: string | null = null) {
  const data = new Map(Object.entries(initial));
  const storage: RestoreStorage = {
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      if (key === failOn) return false;
      data.set(key, value);
      return true;
    },
    remove: (key) => {
      data.delete(key);
    },
  };
  return { data, storage, read: (key: string) => data.get(key) ?? null };
}

const storageKeyOf = (store: BackupStoreId) => backupStores.find((s) => s.id === store)?.storageKey ?? store;

const parsed = (text: string): ParsedBackup => {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`backup refused: ${JSON.stringify(result.problem)}`);
  return result.backup;
};
const problemOf = (text: string): BackupProblem => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('backup accepted');
  return result.problem;
};
const backupOf = (initial: Record<string, string>) => serializeBackup(buildBackup(memory(initial).read, at, 'rules-x').file);
const planOf = (plans: readonly StorePlan[], store: BackupStoreId) => {
  const plan = plans.find((p) => p.store === store);
  if (plan === undefined) throw new Error(`no plan for ${store}`);
  return plan;
};
const names = (items: readonly { name: string }[]) => items.map((item) => item.name);

describe('building a backup', () => {
  it('holds every store as that store saves it, with the envelope and a count per store', () => {
    const stored = {
      [STORAGE_KEY]: assessments([assessment('a1', 'First'), assessment('a2', 'Second')], 'a2'),
      [PROFILE_STORAGE_KEY]: profileText('〇〇大学病院'),
      [DRAFTS_STORAGE_KEY]: draftsText('a1', '取扱計画'),
      [languageStorageKey]: 'en',
    };
    const built = buildBackup(memory(stored).read, at, 'rules-x');
    expect(built.file).toMatchObject({ kind: BACKUP_KIND, format: 1, createdAt: at, rulesVersion: 'rules-x' });
    expect(built.file.stores.assessments).toEqual(JSON.parse(stored[STORAGE_KEY]));
    expect(built.file.stores.profile).toEqual(JSON.parse(stored[PROFILE_STORAGE_KEY]));
    expect(built.file.stores.language).toBe('en');
    expect(built.counts).toEqual({ assessments: 2, projects: 0, history: 0, reviews: 0, drafts: 1, dataChecks: 0, training: 0, profile: 1, language: 1 });
    expect(built.leftOut).toEqual([]);
  });

  it('leaves out a store whose stored data cannot be read, and says which', () => {
    const built = buildBackup(memory({ [STORAGE_KEY]: '{broken', [PROFILE_STORAGE_KEY]: profileText('X') }).read, at, 'rules-x');
    expect(built.leftOut).toEqual(['assessments']);
    expect(Object.keys(built.file.stores)).not.toContain('assessments');
    expect(built.file.stores.profile).toBeDefined();
  });

  it('reads back as it was written, every item named', () => {
    const backup = parsed(
      backupOf({ [STORAGE_KEY]: assessments([assessment('a1', 'First')]), [PROFILE_STORAGE_KEY]: profileText('病院'), [languageStorageKey]: 'ja' }),
    );
    expect(backup.createdAt).toBe(at);
    expect(Object.fromEntries(backup.sections.map((s) => [s.store, names(s.items)]))).toEqual({
      assessments: ['First'],
      projects: [],
      history: [],
      reviews: [],
      drafts: [],
      dataChecks: [],
      training: [],
      profile: ['病院'],
      language: ['ja'],
    });
  });
});

describe('projects and their stage records', () => {
  it('travel in the backup and read back named', () => {
    const project = { id: 'p1', name: '胸部CT', createdAt: at, updatedAt: at, flows: [{ assessmentId: 'a1', label: 'A病院 → B社' }] };
    const record = { id: 'r1', projectId: 'p1', projectName: '胸部CT', recordedAt: at, rulesVersion: 'x', note: '', flows: [] };
    const backup = parsed(
      backupOf({
        [STORAGE_KEY]: assessments([assessment('a1', 'First')]),
        [PROJECTS_STORAGE_KEY]: JSON.stringify({ schemaVersion: 1, projects: [project] }),
        [HISTORY_STORAGE_KEY]: JSON.stringify({ schemaVersion: 1, records: [record] }),
      }),
    );
    const byStore = Object.fromEntries(backup.sections.map((s) => [s.store, names(s.items)]));
    expect(byStore.projects).toEqual(['胸部CT']);
    expect(byStore.history).toEqual([`胸部CT ${at.slice(0, 10)}`]);
  });
});

describe('the backup loader refuses bad input with the reason', () => {
  const valid = () => JSON.parse(backupOf({ [STORAGE_KEY]: assessments([assessment('a1', 'First'), assessment('a2', 'Second')]) })) as Record<string, unknown>;

  it('not JSON', () => {
    expect(problemOf('{"kind": "medai')).toEqual({ kind: 'not_json' });
  });

  it('another kind of file, and an exported assessment pointed to the import page', () => {
    expect(problemOf(JSON.stringify({ ...valid(), kind: 'something-else' }))).toEqual({ kind: 'not_backup' });
    expect(problemOf('[1, 2]')).toEqual({ kind: 'not_backup' });
    expect(problemOf(fixture('file-domestic.json'))).toEqual({ kind: 'assessment_file' });
  });

  it('a format this version does not know: newer, or not a number', () => {
    expect(problemOf(JSON.stringify({ ...valid(), format: 2 }))).toEqual({ kind: 'newer_format', format: 2 });
    expect(problemOf(JSON.stringify({ ...valid(), format: '1' }))).toEqual({ kind: 'unknown_format' });
  });

  it('an envelope missing its date, and a store this version does not know', () => {
    const { createdAt: _dropped, ...rest } = valid();
    expect(problemOf(JSON.stringify(rest))).toMatchObject({ kind: 'invalid_envelope', issues: [expect.stringMatching(/^createdAt/u)] });
    const fromNewerVersion = valid();
    fromNewerVersion.stores = { ...(fromNewerVersion.stores as object), dataChecksOfTheFuture: { schemaVersion: 1 } };
    expect(problemOf(JSON.stringify(fromNewerVersion))).toEqual({ kind: 'unknown_stores', stores: ['dataChecksOfTheFuture'] });
  });

  it('a bad item in one store names the store, the item and the field, and nothing of the file is used', () => {
    const file = valid();
    const stores = file.stores as { assessments: { assessments: Record<string, unknown>[] } };
    const second = stores.assessments.assessments[1];
    if (second === undefined) throw new Error('fixture');
    second.answers = { stage: 'no_such_stage' };
    const problem = problemOf(JSON.stringify(file));
    expect(problem.kind).toBe('invalid_stores');
    if (problem.kind !== 'invalid_stores') return;
    expect(problem.stores).toHaveLength(1);
    expect(problem.stores[0]?.store).toBe('assessments');
    expect(problem.stores[0]?.problem).toMatchObject({ kind: 'invalid', issues: [{ item: 'Second (#2)', field: 'answers.stage' }] });
  });

  it('names every bad store at once: a draft by its kind and assessment, a store of an unknown version', () => {
    const file = valid();
    file.stores = {
      ...(file.stores as object),
      drafts: { schemaVersion: 1, drafts: { a1: { processing_plan: { language: 'fr', basedOn: 'x', updatedAt: at, doc: { title: 't', meta: [], blocks: [] } } } } },
      reviews: { schemaVersion: 99, reviews: [] },
    };
    const problem = problemOf(JSON.stringify(file));
    if (problem.kind !== 'invalid_stores') throw new Error(problem.kind);
    expect(problem.stores.map((s) => s.store)).toEqual(['reviews', 'drafts']);
    expect(problem.stores[0]?.problem).toEqual({ kind: 'unknown_version', version: 99 });
    expect(problem.stores[1]?.problem).toMatchObject({ kind: 'invalid', issues: [{ item: 'processing_plan (a1)', field: 'language' }] });
  });

  it('an oversize file, by its size before a byte is read, and oversize text', async () => {
    const readText = vi.fn(() => Promise.resolve('{}'));
    const big = { size: MAX_BACKUP_BYTES + 1 } as Blob;
    await expect(readBackupFile(big, readText)).resolves.toEqual({ ok: false, problem: { kind: 'too_large', bytes: MAX_BACKUP_BYTES + 1 } });
    expect(readText).not.toHaveBeenCalled();
    expect(problemOf(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatchObject({ kind: 'too_large' });
  });

  it('a file that cannot be read', async () => {
    await expect(readBackupFile(new Blob(['x']), () => Promise.reject(new Error('gone')))).resolves.toEqual({ ok: false, problem: { kind: 'unreadable' } });
  });
});

describe('older data in a backup is migrated by each store’s own loader', () => {
  it('takes rule-set-1 assessments, reviews, drafts and training progress to the current versions, losing nothing', () => {
    const text = JSON.stringify({
      kind: BACKUP_KIND,
      format: 1,
      createdAt: at,
      rulesVersion: '2024.09-appi2022.1',
      stores: {
        assessments: fixtureJson('storage-assessments.json'),
        reviews: fixtureJson('storage-reviews.json'),
        drafts: fixtureJson('storage-drafts.json'),
        training: fixtureJson('storage-training.json'),
      },
    });
    const backup = parsed(text);
    const counts = Object.fromEntries(backup.sections.map((s) => [s.store, s.items.length]));
    expect(counts).toEqual({ assessments: 3, reviews: 3, drafts: 1, training: 2 });
    const { data, read } = memory();
    const plans = planRestore(backup, read, storageKeyOf);
    const written = planOf(plans, 'assessments').outcome('add');
    if (written.kind !== 'write') throw new Error(written.kind);
    const stored = JSON.parse(written.text) as PersistedState;
    expect(stored.schemaVersion).toBe(2);
    // Rule set 2 removed `foreignRecipient: yes`: the migration records it instead of dropping it silently.
    expect(stored.assessments.find((a) => a.id === 'rs1-0001')?.ruleUpdate?.removed).toEqual([{ question: 'foreignRecipient', answer: 'yes' }]);
    expect(data.size).toBe(0);
  });
});

describe('merging a backup into this browser', () => {
  const here = {
    [STORAGE_KEY]: assessments([assessment('a1', 'Same'), assessment('a2', 'Mine, edited', { answers: { stage: 'exploration' } }), assessment('a3', 'Only here')], 'a3'),
    [PROFILE_STORAGE_KEY]: profileText('Here hospital'),
  };
  const backupText = backupOf({
    [STORAGE_KEY]: assessments([assessment('a1', 'Same'), assessment('a2', 'Backup version'), assessment('a4', 'Only in backup')], 'a4'),
    [PROFILE_STORAGE_KEY]: profileText('Backup hospital'),
    [languageStorageKey]: 'en',
  });

  it('counts and names what would be added, what differs, what is the same and what is only here', () => {
    const plans = planRestore(parsed(backupText), memory(here).read, storageKeyOf);
    const plan = planOf(plans, 'assessments');
    expect(names(plan.added)).toEqual(['Only in backup']);
    expect(names(plan.differing)).toEqual(['Backup version']);
    expect(names(plan.same)).toEqual(['Same']);
    expect(names(plan.onlyHere)).toEqual(['Only here']);
    expect(names(planOf(plans, 'profile').differing)).toEqual(['Backup hospital']);
    expect(names(planOf(plans, 'language').added)).toEqual(['en']);
  });

  it('“add” keeps everything here as it is and adds only what is missing', async () => {
    const { data, storage, read } = memory(here);
    const result = await applyRestore(planRestore(parsed(backupText), read, storageKeyOf), 'add', storage, storageKeyOf);
    expect(result).toMatchObject({ ok: true, written: ['assessments', 'language'] });
    const stored = JSON.parse(data.get(STORAGE_KEY) ?? '') as PersistedState;
    expect(stored.assessments.map((a) => [a.id, a.name])).toEqual([
      ['a1', 'Same'],
      ['a2', 'Mine, edited'],
      ['a3', 'Only here'],
      ['a4', 'Only in backup'],
    ]);
    // The assessment open in this browser stays the open one.
    expect(stored.currentId).toBe('a3');
    expect(data.get(PROFILE_STORAGE_KEY)).toBe(here[PROFILE_STORAGE_KEY]);
    expect(data.get(languageStorageKey)).toBe('en');
  });

  it('“replace” overwrites the items in both with the backup’s version and deletes nothing', async () => {
    const { data, storage, read } = memory(here);
    const result = await applyRestore(planRestore(parsed(backupText), read, storageKeyOf), 'replace', storage, storageKeyOf);
    expect(result).toMatchObject({ ok: true, written: ['assessments', 'profile', 'language'] });
    const stored = JSON.parse(data.get(STORAGE_KEY) ?? '') as PersistedState;
    expect(stored.assessments.map((a) => a.name)).toEqual(['Same', 'Backup version', 'Only here', 'Only in backup']);
    expect(JSON.parse(data.get(PROFILE_STORAGE_KEY) ?? '')).toMatchObject({ profile: { name: 'Backup hospital' } });
  });

  it('leaves a store whose data here cannot be read untouched, in either mode', async () => {
    const { data, storage, read } = memory({ ...here, [STORAGE_KEY]: '{unreadable' });
    const plans = planRestore(parsed(backupText), read, storageKeyOf);
    expect(planOf(plans, 'assessments')).toMatchObject({ currentUnreadable: true, added: [], differing: [] });
    await applyRestore(plans, 'replace', storage, storageKeyOf);
    expect(data.get(STORAGE_KEY)).toBe('{unreadable');
  });

  it('says when there is nothing to restore', () => {
    const same = memory({ [STORAGE_KEY]: assessments([assessment('a1', 'Same')]) });
    const plans = planRestore(parsed(backupOf({ [STORAGE_KEY]: assessments([assessment('a1', 'Same')]) })), same.read, storageKeyOf);
    expect(changesAnything(plans, 'add')).toBe(false);
    expect(changesAnything(plans, 'replace')).toBe(false);
    expect(planOf(plans, 'assessments').outcome('replace')).toEqual({ kind: 'unchanged' });
  });

  it('writes nothing when the merged data would break a store’s own limit', async () => {
    const many = (prefix: string) => Array.from({ length: 300 }, (_, i) => assessment(`${prefix}${String(i)}`, `${prefix}${String(i)}`));
    const { data, storage, read } = memory({ [STORAGE_KEY]: assessments(many('here')) });
    const before = new Map(data);
    const text = backupOf({ [STORAGE_KEY]: assessments(many('backup')), [PROFILE_STORAGE_KEY]: profileText('X') });
    const result = await applyRestore(planRestore(parsed(text), read, storageKeyOf), 'add', storage, storageKeyOf);
    expect(result).toMatchObject({ ok: false, kind: 'invalid', store: 'assessments' });
    expect(data).toEqual(before);
  });

  it('puts back what it wrote when the browser refuses a later write', async () => {
    const { data, storage, read } = memory(here, DRAFTS_STORAGE_KEY);
    const before = new Map(data);
    const text = backupOf({ [STORAGE_KEY]: assessments([assessment('a9', 'New')]), [DRAFTS_STORAGE_KEY]: draftsText('a9', 'Plan'), [languageStorageKey]: 'en' });
    const result = await applyRestore(planRestore(parsed(text), read, storageKeyOf), 'add', storage, storageKeyOf);
    expect(result).toEqual({ ok: false, kind: 'write_failed', store: 'drafts' });
    expect(data).toEqual(before);
  });

  it('merges by id: existing order kept, new items after, “replace” swapping in place', () => {
    const idOf = (item: { id: string }) => item.id;
    const current = [{ id: 'x', v: 1 }, { id: 'y', v: 1 }];
    const incoming = [{ id: 'y', v: 2 }, { id: 'z', v: 2 }];
    expect(mergeItems(current, incoming, idOf, 'add')).toEqual([{ id: 'x', v: 1 }, { id: 'y', v: 1 }, { id: 'z', v: 2 }]);
    expect(mergeItems(current, incoming, idOf, 'replace')).toEqual([{ id: 'x', v: 1 }, { id: 'y', v: 2 }, { id: 'z', v: 2 }]);
  });

  it('compares items whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe(canonicalJson({ a: { c: [3, { e: 2, f: 1 }], d: 2 }, b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});

describe('training and reviews as items', () => {
  it('keeps a training set a rules update put aside together with the answers to its cases', async () => {
    const training = fixture('storage-training.json');
    const backup = parsed(JSON.stringify({ kind: BACKUP_KIND, format: 1, createdAt: at, rulesVersion: 'r', stores: { training: JSON.parse(training) as unknown } }));
    const section = backup.sections[0];
    // Rule set 1's set holds an answer rule set 2 removed: the store's migration puts it aside, and the backup keeps it so.
    expect(section?.items.map((item) => item.label)).toEqual(['trainingAnswer', 'trainingSetAside']);
    const { data, storage, read } = memory();
    await applyRestore(planRestore(backup, read, storageKeyOf), 'add', storage, storageKeyOf);
    const stored = JSON.parse(data.get(TRAINING_STORAGE_KEY) ?? '') as { attempts: { source: string }[]; setAside: unknown };
    expect(stored.setAside).toEqual(expect.any(String));
    expect(stored.attempts.map((a) => a.source).sort()).toEqual((JSON.parse(training) as { attempts: { source: string }[] }).attempts.map((a) => a.source).sort());
  });

  it('names a review by its project, or as a share-link review', () => {
    const backup = parsed(
      JSON.stringify({ kind: BACKUP_KIND, format: 1, createdAt: at, rulesVersion: 'r', stores: { reviews: fixtureJson('storage-reviews.json') } }),
    );
    const items = backup.sections[0]?.items ?? [];
    expect(items.filter((item) => item.label === 'linkReview')).toHaveLength(1);
    expect(items.some((item) => item.name === '米国AI企業への提供 (US AI company)')).toBe(true);
    expect(REVIEWS_STORAGE_KEY).toBe(storageKeyOf('reviews'));
  });
});
