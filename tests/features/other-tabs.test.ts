import { afterEach, describe, expect, it } from 'vitest';

import { createAssessmentsStore } from '../../src/features/assessments/store';
import { recordOf } from '../../src/features/history/records';
import { HISTORY_STORAGE_KEY } from '../../src/features/history/schema';
import { createHistoryStore } from '../../src/features/history/store';
import { PROJECTS_STORAGE_KEY } from '../../src/features/projects/schema';
import { createProjectsStore } from '../../src/features/projects/store';
import { DRAFTS_STORAGE_KEY } from '../../src/features/drafts/schema';
import { createDraftsStore, useDrafts, type GeneratedDraft } from '../../src/features/drafts/store';
import { PROFILE_STORAGE_KEY } from '../../src/features/profile/schema';
import { createProfileStore, useProfile } from '../../src/features/profile/store';
import { TRAINING_STORAGE_KEY, createTrainingStore, trainingStore } from '../../src/features/training/store';
import { REVIEWS_STORAGE_KEY } from '../../src/features/review/schema';
import { createReviewsStore } from '../../src/features/review/store';
import { fileSubmission } from '../../src/features/review/submission';
import { otherTabWrites } from '../../src/lib/other-tabs';
import { memoryStorage } from '../app/harness';
import { exchangeFile } from './review-harness';

/** What the browser fires in this tab when another tab writes (or removes) a key; jsdom does not fire it itself. */
const otherTabWrote = (key: string | null, newValue: string | null) => {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: window.localStorage }));
};

const now = () => '2026-03-01T09:00:00.000Z';
const generated: GeneratedDraft = {
  language: 'ja',
  basedOn: 'ABCD-EF01-2345',
  doc: { title: '案', meta: [], blocks: [{ kind: 'paragraph', text: '本文' }] },
};
const hospital = { name: '〇〇大学病院', contactOffice: '個人情報保護窓口', contactDetails: '内線 1234', note: '' };
const noPreset = () => Promise.resolve({ kind: 'absent' } as const);

/** The text another tab's store writes, made by a store of that kind in its own storage. */
function writtenByOtherTab(key: string, act: (storage: ReturnType<typeof memoryStorage>['storage']) => void): string {
  const other = memoryStorage();
  act(other.storage);
  const raw = other.data.get(key);
  if (raw === undefined) throw new Error(`nothing written under ${key}`);
  return raw;
}

const unsubscribes: (() => void)[] = [];
/** The real listener, kept so each test removes what it added. */
const listening = (key: string) => (callback: (raw: string | null) => void) => {
  const stop = otherTabWrites(key)(callback);
  unsubscribes.push(stop);
  return stop;
};
afterEach(() => {
  unsubscribes.splice(0).forEach((stop) => {
    stop();
  });
});

describe('otherTabWrites', () => {
  it('hears only its own key, and nothing after unsubscribing', () => {
    const heard: (string | null)[] = [];
    const stop = otherTabWrites('mdn.x')((raw) => heard.push(raw));
    otherTabWrote('mdn.y', 'other key');
    otherTabWrote(null, null);
    otherTabWrote('mdn.x', 'mine');
    otherTabWrote('mdn.x', null);
    stop();
    otherTabWrote('mdn.x', 'after');
    expect(heard).toEqual(['mine', null]);
  });
});

describe('the drafts store follows another tab', () => {
  const otherTabText = writtenByOtherTab(DRAFTS_STORAGE_KEY, (storage) => {
    createDraftsStore({ storage, now }).getState().draftEdited('a1', 'processing_plan', generated, { kind: 'paragraph', block: 0 }, '別のタブで編集');
  });

  it('takes in the other tab’s drafts without writing them back, then saves its own next edit over them', () => {
    const mine = memoryStorage();
    const store = createDraftsStore({ storage: mine.storage, now, onOtherTabWrite: listening(DRAFTS_STORAGE_KEY) });
    otherTabWrote(DRAFTS_STORAGE_KEY, otherTabText);
    expect(store.getState().drafts.a1?.processing_plan?.doc.blocks[0]).toEqual({ kind: 'paragraph', text: '別のタブで編集' });
    expect(mine.data.has(DRAFTS_STORAGE_KEY)).toBe(false);

    store.getState().draftEdited('a2', 'disclosure_notice', generated, { kind: 'paragraph', block: 0 }, 'このタブで編集');
    const saved = JSON.parse(mine.data.get(DRAFTS_STORAGE_KEY) ?? '{}') as { drafts: Record<string, unknown> };
    expect(Object.keys(saved.drafts).sort()).toEqual(['a1', 'a2']);
  });

  it('shows a problem for text it cannot read, and then writes nothing over it', () => {
    const mine = memoryStorage();
    const store = createDraftsStore({ storage: mine.storage, now, onOtherTabWrite: listening(DRAFTS_STORAGE_KEY) });
    otherTabWrote(DRAFTS_STORAGE_KEY, '{"schemaVersion":9}');
    expect(store.getState().storageProblem).toMatchObject({ kind: 'unknown_version', raw: '{"schemaVersion":9}' });
    store.getState().draftEdited('a2', 'disclosure_notice', generated, { kind: 'paragraph', block: 0 }, 'x');
    expect(mine.data.has(DRAFTS_STORAGE_KEY)).toBe(false);
  });

  it('the app’s own store listens', () => {
    otherTabWrote(DRAFTS_STORAGE_KEY, otherTabText);
    expect(Object.keys(useDrafts.getState().drafts)).toEqual(['a1']);
    otherTabWrote(DRAFTS_STORAGE_KEY, null);
    expect(useDrafts.getState().drafts).toEqual({});
    expect(window.localStorage.getItem(DRAFTS_STORAGE_KEY)).toBeNull();
  });
});

describe('the training store follows another tab', () => {
  const otherTabText = writtenByOtherTab(TRAINING_STORAGE_KEY, (storage) => {
    createTrainingStore({ storage, now }).getState().predictionSubmitted('library', 'S02', { basis: 'pseudonymized_joint_use', verdicts: [] });
  });

  it('takes in the other tab’s progress without writing it back', () => {
    const mine = memoryStorage();
    const store = createTrainingStore({ storage: mine.storage, now, onOtherTabWrite: listening(TRAINING_STORAGE_KEY) });
    otherTabWrote(TRAINING_STORAGE_KEY, otherTabText);
    expect(store.getState().attempts).toEqual([{ source: 'library', scenarioId: 'S02', basis: 'pseudonymized_joint_use', verdicts: [], answeredAt: now() }]);
    expect(mine.data.has(TRAINING_STORAGE_KEY)).toBe(false);

    store.getState().predictionSubmitted('library', 'S01', { basis: 'academic_exception', verdicts: [] });
    const saved = JSON.parse(mine.data.get(TRAINING_STORAGE_KEY) ?? '{}') as { attempts: { scenarioId: string }[] };
    expect(saved.attempts.map((a) => a.scenarioId)).toEqual(['S02', 'S01']);
  });

  it('shows a problem for text it cannot read', () => {
    const store = createTrainingStore({ storage: memoryStorage().storage, now, onOtherTabWrite: listening(TRAINING_STORAGE_KEY) });
    otherTabWrote(TRAINING_STORAGE_KEY, 'not json');
    expect(store.getState().storageProblem).toMatchObject({ kind: 'unreadable', raw: 'not json' });
  });

  it('the app’s own store listens', () => {
    otherTabWrote(TRAINING_STORAGE_KEY, otherTabText);
    expect(trainingStore.getState().attempts.map((a) => a.scenarioId)).toEqual(['S02']);
    otherTabWrote(TRAINING_STORAGE_KEY, null);
    expect(trainingStore.getState().attempts).toEqual([]);
    expect(window.localStorage.getItem(TRAINING_STORAGE_KEY)).toBeNull();
  });
});

describe('the institution profile store follows another tab', () => {
  const otherTabText = writtenByOtherTab(PROFILE_STORAGE_KEY, (storage) => {
    createProfileStore({ storage, loadPreset: noPreset }).getState().profileSaved(hospital);
  });

  it('takes in a profile saved, then cleared, in the other tab without writing it back', () => {
    const mine = memoryStorage();
    const store = createProfileStore({ storage: mine.storage, loadPreset: noPreset, onOtherTabWrite: listening(PROFILE_STORAGE_KEY) });
    otherTabWrote(PROFILE_STORAGE_KEY, otherTabText);
    expect(store.getState().own).toEqual(hospital);
    otherTabWrote(PROFILE_STORAGE_KEY, null);
    expect(store.getState().own).toBeNull();
    expect(mine.data.has(PROFILE_STORAGE_KEY)).toBe(false);
  });

  it('shows a problem for text it cannot read', () => {
    const store = createProfileStore({ storage: memoryStorage().storage, loadPreset: noPreset, onOtherTabWrite: listening(PROFILE_STORAGE_KEY) });
    otherTabWrote(PROFILE_STORAGE_KEY, JSON.stringify({ schemaVersion: 1, profile: { name: '' } }));
    expect(store.getState().storageProblem?.kind).toBe('invalid');
    expect(store.getState().own).toBeNull();
  });

  it('the app’s own store listens', () => {
    otherTabWrote(PROFILE_STORAGE_KEY, otherTabText);
    expect(useProfile.getState().own).toEqual(hospital);
    expect(window.localStorage.getItem(PROFILE_STORAGE_KEY)).toBeNull();
  });
});

describe('the reviews store follows another tab', () => {
  const otherTabText = writtenByOtherTab(REVIEWS_STORAGE_KEY, (storage) => {
    const store = createReviewsStore({ storage, now, newId: () => 'other-review' });
    const id = store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    store.getState().overallCommented(id, '別のタブで書いた所見');
  });

  it('takes in the other tab’s reviews without writing them back, then saves its own next change with them', () => {
    const mine = memoryStorage();
    const store = createReviewsStore({ storage: mine.storage, now, newId: () => 'my-review', onOtherTabWrite: listening(REVIEWS_STORAGE_KEY) });
    otherTabWrote(REVIEWS_STORAGE_KEY, otherTabText);
    expect(store.getState().reviews.map((review) => [review.id, review.overallComment])).toEqual([['other-review', '別のタブで書いた所見']]);
    expect(mine.data.has(REVIEWS_STORAGE_KEY)).toBe(false);

    store.getState().reviewerNamed('other-review', '審査 花子');
    const saved = JSON.parse(mine.data.get(REVIEWS_STORAGE_KEY) ?? '{}') as { reviews: { id: string; overallComment: string; reviewerName: string }[] };
    expect(saved.reviews.map((review) => [review.id, review.overallComment, review.reviewerName])).toEqual([['other-review', '別のタブで書いた所見', '審査 花子']]);
  });

  it('shows a problem for text it cannot read, and then writes nothing over it', () => {
    const mine = memoryStorage();
    const store = createReviewsStore({ storage: mine.storage, now, newId: () => 'my-review', onOtherTabWrite: listening(REVIEWS_STORAGE_KEY) });
    otherTabWrote(REVIEWS_STORAGE_KEY, 'not json');
    expect(store.getState().storageProblem).not.toBeNull();
    store.getState().submissionOpened(fileSubmission(exchangeFile('S02')));
    expect(mine.data.has(REVIEWS_STORAGE_KEY)).toBe(false);
  });
});

/** A stage record of a one-flow project, as the history page makes it. */
const historyRecord = recordOf(
  { id: 'p1', name: '胸部CT', stored: true, updatedAt: now(), flows: [{ label: 'A病院 → B社', assessment: { id: 'a1', name: 'a1', answers: {}, ticks: [], createdAt: now(), updatedAt: now() } }] },
  'r0',
  now(),
  '',
);

describe('the projects and stage-history stores follow another tab', () => {
  const projectsDeps = (storage: ReturnType<typeof memoryStorage>['storage'], onOtherTabWrite?: (callback: (raw: string | null) => void) => () => void) => ({
    storage,
    now,
    newId: () => 'p1',
    assessments: createAssessmentsStore({ storage: memoryStorage().storage, now, newId: () => 'a1' }),
    ...(onOtherTabWrite === undefined ? {} : { onOtherTabWrite }),
  });

  it('projects: take in the other tab’s projects without writing them back; unreadable text is a problem, not overwritten', () => {
    const otherTabText = writtenByOtherTab(PROJECTS_STORAGE_KEY, (storage) => {
      createProjectsStore(projectsDeps(storage)).getState().projectCreated('別のタブのプロジェクト');
    });
    const mine = memoryStorage();
    const store = createProjectsStore(projectsDeps(mine.storage, listening(PROJECTS_STORAGE_KEY)));
    otherTabWrote(PROJECTS_STORAGE_KEY, otherTabText);
    expect(store.getState().projects.map((project) => project.name)).toEqual(['別のタブのプロジェクト']);
    expect(mine.data.has(PROJECTS_STORAGE_KEY)).toBe(false);

    otherTabWrote(PROJECTS_STORAGE_KEY, 'not json');
    expect(store.getState().storageProblem).not.toBeNull();
    store.getState().projectCreated('このタブ');
    expect(mine.data.has(PROJECTS_STORAGE_KEY)).toBe(false);
  });

  it('stage history: takes in the other tab’s records without writing them back, then saves its own with them', () => {
    const record = { ...historyRecord, id: 'r-other' };
    const otherTabText = writtenByOtherTab(HISTORY_STORAGE_KEY, (storage) => {
      createHistoryStore({ storage }).getState().recordAdded(record);
    });
    const mine = memoryStorage();
    const store = createHistoryStore({ storage: mine.storage, onOtherTabWrite: listening(HISTORY_STORAGE_KEY) });
    otherTabWrote(HISTORY_STORAGE_KEY, otherTabText);
    expect(store.getState().records.map((r) => r.id)).toEqual(['r-other']);
    expect(mine.data.has(HISTORY_STORAGE_KEY)).toBe(false);

    store.getState().recordAdded({ ...historyRecord, id: 'r-mine' });
    const saved = JSON.parse(mine.data.get(HISTORY_STORAGE_KEY) ?? '{}') as { records: { id: string }[] };
    expect(saved.records.map((r) => r.id)).toEqual(['r-other', 'r-mine']);
  });
});
