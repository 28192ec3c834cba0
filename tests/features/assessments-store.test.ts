import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/features/assessments/schema';
import { createAssessmentsStore, selectCurrent } from '../../src/features/assessments/store';
import type { SafeStorage } from '../../src/lib/safe-storage';

function memoryStorage(initial: Record<string, string> = {}, options: { full?: boolean; available?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  const storage: SafeStorage = {
    available: options.available ?? true,
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      if (options.full === true || options.available === false) return false;
      data.set(key, value);
      return true;
    },
  };
  return { storage, data };
}

let counter = 0;
const deps = (storage: SafeStorage) => ({ storage, now: () => '2026-11-24T00:00:00.000Z', newId: () => `id-${String(++counter)}` });

describe('assessments store', () => {
  it('persists answers and prunes those a changed earlier answer makes irrelevant', () => {
    const { storage, data } = memoryStorage();
    const store = createAssessmentsStore(deps(storage));
    store.getState().assessmentStarted('CT project');
    store.getState().answerGiven('recipientType', 'company');
    store.getState().answerGiven('keyHolder', 'provider_only');
    store.getState().answerGiven('recipientType', 'same_institution');
    expect(selectCurrent(store.getState())?.answers).toEqual({ recipientType: 'same_institution' });
    const saved = JSON.parse(data.get(STORAGE_KEY) ?? '{}') as { assessments: { name: string }[] };
    expect(saved.assessments[0]?.name).toBe('CT project');
    // A new store reads back what was saved.
    const reloaded = createAssessmentsStore(deps(storage));
    expect(selectCurrent(reloaded.getState())?.answers).toEqual({ recipientType: 'same_institution' });
  });

  it('keeps corrupted storage untouched and reports it', () => {
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: '{"schemaVersion":1,"assessments":[{"oops":true}]' });
    const store = createAssessmentsStore(deps(storage));
    expect(store.getState().storageProblem?.kind).toBe('unreadable');
    store.getState().assessmentStarted('new work');
    expect(data.get(STORAGE_KEY)).toBe('{"schemaVersion":1,"assessments":[{"oops":true}]');
  });

  it('reports an unknown schema version with the raw data kept', () => {
    const raw = JSON.stringify({ schemaVersion: 99, assessments: [] });
    const store = createAssessmentsStore(deps(memoryStorage({ [STORAGE_KEY]: raw }).storage));
    expect(store.getState().storageProblem).toMatchObject({ kind: 'unknown_version', raw, version: 99 });
  });

  it('reports invalid records with their paths', () => {
    const raw = JSON.stringify({ schemaVersion: 1, currentId: null, assessments: [{ id: 'a', name: 'x', createdAt: 'yesterday', updatedAt: 'today', answers: { stage: 'moon' }, ticks: [] }] });
    const problem = createAssessmentsStore(deps(memoryStorage({ [STORAGE_KEY]: raw }).storage)).getState().storageProblem;
    expect(problem?.kind).toBe('invalid');
    expect(problem?.kind === 'invalid' ? problem.issues.join('\n') : '').toMatch(/assessments\.0\.answers\.stage/);
  });

  it('deletes with undo, restoring the assessment where it stood', () => {
    const store = createAssessmentsStore(deps(memoryStorage().storage));
    const first = store.getState().assessmentStarted('first');
    store.getState().assessmentStarted('second');
    store.getState().assessmentDeleted(first);
    expect(store.getState().assessments.map((a) => a.name)).toEqual(['second']);
    store.getState().deletionUndone();
    expect(store.getState().assessments.map((a) => a.name)).toEqual(['first', 'second']);
  });

  it('duplicates and renames', () => {
    const store = createAssessmentsStore(deps(memoryStorage().storage));
    const id = store.getState().assessmentStarted('original');
    store.getState().answerGiven('dataOrigin', 'clinical_care');
    const copy = store.getState().assessmentDuplicated(id, 'original (copy)');
    store.getState().assessmentRenamed(copy, 'variant');
    const [original, variant] = store.getState().assessments;
    expect(variant?.answers).toEqual(original?.answers);
    expect(variant?.name).toBe('variant');
  });

  it('says when saving is off because storage is full or unavailable', () => {
    const full = createAssessmentsStore(deps(memoryStorage({}, { full: true }).storage));
    full.getState().assessmentStarted('x');
    expect(full.getState().savingEnabled).toBe(false);
    const none = createAssessmentsStore(deps(memoryStorage({}, { available: false }).storage));
    expect(none.getState().savingEnabled).toBe(false);
  });

  it('ticks checklist items on and off', () => {
    const store = createAssessmentsStore(deps(memoryStorage().storage));
    store.getState().assessmentStarted();
    store.getState().tickToggled('ethics_review');
    expect(selectCurrent(store.getState())?.ticks).toEqual(['ethics_review']);
    store.getState().tickToggled('ethics_review');
    expect(selectCurrent(store.getState())?.ticks).toEqual([]);
  });
});

describe('two tabs on one storage', () => {
  function twoTabs() {
    const { storage, data } = memoryStorage();
    const listeners: ((raw: string | null) => void)[] = [];
    // Like the browser's storage event: every tab but the writer hears about a write.
    const tab = () => {
      const own: { hear?: (raw: string | null) => void } = {};
      const shared: SafeStorage = {
        ...storage,
        write: (key, value) => {
          const ok = storage.write(key, value);
          for (const listener of listeners) if (listener !== own.hear) listener(value);
          return ok;
        },
      };
      return createAssessmentsStore({
        ...deps(shared),
        onOtherTabWrite: (callback) => {
          own.hear = callback;
          listeners.push(callback);
          return () => undefined;
        },
      });
    };
    return { first: tab(), second: tab(), data };
  }

  it('never loses the other tab’s changes', () => {
    const { first, second, data } = twoTabs();
    const id = first.getState().assessmentStarted('shared');
    second.getState().assessmentOpened(id);
    first.getState().answerGiven('dataOrigin', 'clinical_care');
    second.getState().answerGiven('productKind', 'diagnostic_ai_software');
    first.getState().tickToggled('ethics_review');
    for (const store of [first, second]) {
      expect(selectCurrent(store.getState())).toMatchObject({
        answers: { dataOrigin: 'clinical_care', productKind: 'diagnostic_ai_software' },
        ticks: ['ethics_review'],
      });
    }
    const saved = JSON.parse(data.get(STORAGE_KEY) ?? '{}') as { assessments: { answers: object }[] };
    expect(saved.assessments[0]?.answers).toEqual({ dataOrigin: 'clinical_care', productKind: 'diagnostic_ai_software' });
  });

  it('keeps each tab’s own open assessment and does not echo writes back', () => {
    const { first, second } = twoTabs();
    const a = first.getState().assessmentStarted('a');
    const b = second.getState().assessmentStarted('b');
    expect(first.getState().currentId).toBe(a);
    expect(second.getState().currentId).toBe(b);
    expect(first.getState().assessments.map((x) => x.name)).toEqual(['a', 'b']);
  });
});
