import { Language, languageStorageKey } from '../../i18n/language';
import type { LoadResult } from '../../lib/versioned-storage';
import { STORAGE_KEY, loadPersisted } from '../assessments/schema';
import type { PersistedState, SavedAssessment } from '../assessments/schema';
import { DATA_CHECKS_STORAGE_KEY, MAX_RECORDS_PER_ASSESSMENT, loadDataChecks } from '../data-check/records';
import type { DataCheckRecord, PersistedDataChecks } from '../data-check/records';
import { DRAFTS_STORAGE_KEY, DraftKind, loadDrafts } from '../drafts/schema';
import { HISTORY_STORAGE_KEY, loadHistory } from '../history/schema';
import type { PersistedHistory, StageRecord } from '../history/schema';
import { PROJECTS_STORAGE_KEY, loadProjects } from '../projects/schema';
import type { PersistedProjects, SavedProject } from '../projects/schema';
import type { PersistedDrafts, StoredDraft } from '../drafts/schema';
import { PROFILE_STORAGE_KEY, loadProfile } from '../profile/schema';
import type { InstitutionProfile, PersistedProfile } from '../profile/schema';
import { REVIEWS_STORAGE_KEY, loadReviews } from '../review/schema';
import type { PersistedReviews, Review } from '../review/schema';
import { submissionName } from '../review/submission';
import type { TrainingSet } from '../training/schema';
import { TRAINING_STORAGE_KEY, loadTrainingPersisted } from '../training/store';
import type { Attempt, TrainingPersisted } from '../training/store';
import { defineStore, isJsonRecord, locateInList, pathText } from './store-registry';
import type { BackupStore, IssuePlace } from './store-registry';

const assessments = defineStore<PersistedState, SavedAssessment>({
  id: 'assessments',
  storageKey: STORAGE_KEY,
  load: loadPersisted,
  serialize: (state) => JSON.stringify(state),
  items: (state) => state.assessments,
  describe: (item) => ({ id: item.id, name: item.name }),
  // The assessment open in this browser stays the open one.
  withItems: (base, items) => ({ ...base, assessments: [...items] }),
  locate: locateInList('assessments', (raw) => raw.name ?? raw.id),
  async applyLive(state) {
    const { useAssessments } = await import('../assessments/store');
    useAssessments.setState({ assessments: state.assessments, currentId: state.currentId });
  },
});

const reviews = defineStore<PersistedReviews, Review>({
  id: 'reviews',
  storageKey: REVIEWS_STORAGE_KEY,
  load: loadReviews,
  serialize: (state) => JSON.stringify(state),
  items: (state) => state.reviews,
  // A review of a share link has no project name; the page words it.
  describe: (item) => {
    const name = submissionName(item.submission);
    return name === '' ? { id: item.id, name: item.createdAt.slice(0, 10), label: 'linkReview' } : { id: item.id, name };
  },
  withItems: (base, items) => ({ ...base, reviews: [...items] }),
  locate: locateInList('reviews', (raw) => (isJsonRecord(raw.submission) && isJsonRecord(raw.submission.file) ? raw.submission.file.name : raw.id)),
  async applyLive(state) {
    const { defaultReviewsStore } = await import('../review/store');
    defaultReviewsStore().setState({ reviews: state.reviews, projectReviews: state.projectReviews });
  },
});

/** An edited draft: drafts are stored per assessment and kind, and that pair is its id. */
interface DraftItem {
  readonly assessmentId: string;
  readonly kind: DraftKind;
  readonly draft: StoredDraft;
}

const drafts = defineStore<PersistedDrafts, DraftItem>({
  id: 'drafts',
  storageKey: DRAFTS_STORAGE_KEY,
  load: loadDrafts,
  serialize: (state) => JSON.stringify(state),
  items: (state) =>
    Object.entries(state.drafts).flatMap(([assessmentId, byKind]) =>
      DraftKind.options.flatMap((kind) => {
        const draft = byKind[kind];
        return draft === undefined ? [] : [{ assessmentId, kind, draft }];
      }),
    ),
  describe: (item) => ({ id: `${item.assessmentId}/${item.kind}`, name: item.draft.doc.title, label: 'draft' }),
  withItems: (base, items) => {
    const byAssessment: Record<string, Partial<Record<DraftKind, StoredDraft>>> = {};
    for (const item of items) byAssessment[item.assessmentId] = { ...byAssessment[item.assessmentId], [item.kind]: item.draft };
    return { ...base, drafts: byAssessment };
  },
  locate: (path, _section): IssuePlace => {
    const [head, assessmentId, kind, ...rest] = path;
    if (head !== 'drafts' || assessmentId === undefined) return { item: null, field: pathText(path) };
    return kind === undefined ? { item: String(assessmentId), field: '' } : { item: `${String(kind)} (${String(assessmentId)})`, field: pathText(rest) };
  },
  async applyLive(state) {
    const { useDrafts } = await import('../drafts/store');
    useDrafts.setState({ drafts: state.drafts });
  },
});

/**
 * Training progress as the person sees it: an answer to a library case, the set they loaded and a set kept aside
 * after a rules update. Answers to a loaded set's cases mean nothing without it, so they travel with the set (or
 * with the set kept aside, whose scores the store keeps too); any left without either stay as answers of their own.
 */
type TrainingItem =
  | { readonly kind: 'answer'; readonly attempt: Attempt }
  | { readonly kind: 'set'; readonly set: TrainingSet; readonly attempts: readonly Attempt[] }
  | { readonly kind: 'set_aside'; readonly text: string; readonly attempts: readonly Attempt[] };

function trainingItems(state: TrainingPersisted): TrainingItem[] {
  const custom = state.attempts.filter((attempt) => attempt.source === 'custom');
  const customOwner = state.customSet !== null ? 'set' : state.setAside !== null ? 'set_aside' : 'none';
  const loose = customOwner === 'none' ? custom : [];
  return [
    ...state.attempts.filter((attempt) => attempt.source === 'library').map((attempt) => ({ kind: 'answer' as const, attempt })),
    ...loose.map((attempt) => ({ kind: 'answer' as const, attempt })),
    ...(state.customSet === null ? [] : [{ kind: 'set' as const, set: state.customSet, attempts: custom }]),
    ...(state.setAside === null ? [] : [{ kind: 'set_aside' as const, text: state.setAside, attempts: customOwner === 'set_aside' ? custom : [] }]),
  ];
}

const training = defineStore<TrainingPersisted, TrainingItem>({
  id: 'training',
  storageKey: TRAINING_STORAGE_KEY,
  load: loadTrainingPersisted,
  serialize: (state) => JSON.stringify(state),
  items: trainingItems,
  describe: (item) => {
    switch (item.kind) {
      case 'answer':
        return { id: `${item.attempt.source}/${item.attempt.scenarioId}`, name: item.attempt.scenarioId, label: 'trainingAnswer' };
      case 'set':
        return { id: 'custom_set', name: `${item.set.title.ja} / ${item.set.title.en}`, label: 'trainingSet' };
      case 'set_aside':
        return { id: 'set_aside', name: '', label: 'trainingSetAside' };
    }
  },
  withItems: (base, items) => {
    let customSet: TrainingSet | null = null;
    let setAside: string | null = null;
    const attempts: Attempt[] = [];
    for (const item of items) {
      switch (item.kind) {
        case 'answer':
          attempts.push(item.attempt);
          break;
        case 'set':
          customSet = item.set;
          attempts.push(...item.attempts);
          break;
        case 'set_aside':
          setAside = item.text;
          attempts.push(...item.attempts);
      }
    }
    // One answer per case: where a set and a set kept aside both bring answers to a case, the first one stays.
    const seen = new Set<string>();
    const unique = attempts.filter((attempt) => {
      const key = `${attempt.source}/${attempt.scenarioId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...base, attempts: unique, customSet, setAside };
  },
  locate: (path, section): IssuePlace => {
    const [head, index, ...rest] = path;
    if (head === 'attempts') return locateInList('attempts', (raw) => raw.scenarioId)(path, section);
    if (head === 'customSet' && index === 'scenarios') return locateInList('scenarios', (raw) => raw.id)(rest, isJsonRecord(section) ? section.customSet : undefined);
    return { item: null, field: pathText(path) };
  },
  async applyLive(state) {
    const { trainingStore } = await import('../training/store');
    trainingStore.setState({ attempts: state.attempts, customSet: state.customSet, setAside: state.setAside });
  },
});

const profile = defineStore<PersistedProfile, InstitutionProfile>({
  id: 'profile',
  storageKey: PROFILE_STORAGE_KEY,
  load: loadProfile,
  serialize: (state) => JSON.stringify(state),
  items: (state) => (state.profile === null ? [] : [state.profile]),
  // One profile per browser: the backup's and this browser's are the same item, compared by content.
  describe: (item) => ({ id: 'profile', name: item.name }),
  withItems: (base, items) => ({ ...base, profile: items[0] ?? null }),
  locate: (path) => ({ item: null, field: pathText(path) }),
  async applyLive(state) {
    const { useProfile } = await import('../profile/store');
    useProfile.setState({ own: state.profile });
  },
});

/** The language chosen with the switch is stored as bare text; anything else there counts as no choice, as i18n reads it. */
const loadLanguage = (raw: string | null): LoadResult<Language | null> => {
  const parsed = Language.safeParse(raw);
  return { ok: true, state: parsed.success ? parsed.data : null };
};

const language = defineStore<Language | null, Language>({
  id: 'language',
  storageKey: languageStorageKey,
  load: loadLanguage,
  serialize: (state) => state ?? '',
  toSection: (state) => state,
  fromSection: (section) => {
    if (section === null) return { ok: true, state: null };
    const parsed = Language.safeParse(section);
    return parsed.success
      ? { ok: true, state: parsed.data }
      : { ok: false, problem: { kind: 'invalid', raw: '', issues: ['expected "ja" or "en"'] } };
  },
  items: (state) => (state === null ? [] : [state]),
  describe: (item) => ({ id: 'language', name: item, label: 'language' }),
  withItems: (_base, items) => items[0] ?? null,
  locate: (path) => ({ item: null, field: pathText(path) }),
  async applyLive(state) {
    if (state === null) return;
    const { chooseLanguage } = await import('../../i18n');
    await chooseLanguage(state);
  },
});

const projects = defineStore<PersistedProjects, SavedProject>({
  id: 'projects',
  storageKey: PROJECTS_STORAGE_KEY,
  load: loadProjects,
  serialize: (state) => JSON.stringify(state),
  items: (state) => state.projects,
  describe: (item) => ({ id: item.id, name: item.name }),
  withItems: (base, items) => ({ ...base, projects: [...items] }),
  locate: locateInList('projects', (raw) => raw.name ?? raw.id),
  async applyLive(state) {
    const { useProjects } = await import('../projects/store');
    useProjects.setState({ projects: state.projects });
  },
});

const history = defineStore<PersistedHistory, StageRecord>({
  id: 'history',
  storageKey: HISTORY_STORAGE_KEY,
  load: loadHistory,
  serialize: (state) => JSON.stringify(state),
  items: (state) => state.records,
  describe: (item) => ({ id: item.id, name: `${item.projectName} ${item.recordedAt.slice(0, 10)}` }),
  withItems: (base, items) => ({ ...base, records: [...items] }),
  locate: locateInList('records', (raw) => raw.projectName ?? raw.id),
  async applyLive(state) {
    const { useHistory } = await import('../history/store');
    useHistory.setState({ records: state.records });
  },
});

/** A data-check record: records are stored per assessment, newest first; the pair is its id. */
interface DataCheckItem {
  readonly assessmentId: string;
  readonly record: DataCheckRecord;
}

const dataChecks = defineStore<PersistedDataChecks, DataCheckItem>({
  id: 'dataChecks',
  storageKey: DATA_CHECKS_STORAGE_KEY,
  load: loadDataChecks,
  serialize: (state) => JSON.stringify(state),
  items: (state) => Object.entries(state.byAssessment).flatMap(([assessmentId, records]) => records.map((record) => ({ assessmentId, record }))),
  describe: (item) => ({ id: `${item.assessmentId}/${item.record.id}`, name: `${item.record.checkedAt.slice(0, 10)} (${String(item.record.files.length)})` }),
  withItems: (base, items) => {
    const byAssessment: Record<string, DataCheckRecord[]> = {};
    for (const { assessmentId, record } of items) byAssessment[assessmentId] = [...(byAssessment[assessmentId] ?? []), record];
    // Newest first within each assessment, as the store keeps them, and no more than it keeps.
    for (const [id, records] of Object.entries(byAssessment)) {
      byAssessment[id] = records.sort((a, b) => b.checkedAt.localeCompare(a.checkedAt)).slice(0, MAX_RECORDS_PER_ASSESSMENT);
    }
    return { ...base, byAssessment };
  },
  locate: (path): IssuePlace => {
    const [head, assessmentId, index, ...rest] = path;
    if (head !== 'byAssessment' || assessmentId === undefined) return { item: null, field: pathText(path) };
    return { item: `${String(assessmentId)} #${String(typeof index === 'number' ? index + 1 : index)}`, field: pathText(rest) };
  },
  async applyLive(state) {
    const { dataChecksStore } = await import('../data-check/store');
    dataChecksStore().setState({ byAssessment: state.byAssessment });
  },
});

/**
 * Every store the backup holds, in the order the preview lists them and the restore writes them (language last, so
 * the page changes language only once everything else is in place).
 *
 * ADDING A STORE (projects `mdn.projects`, data-check records `mdn.data-checks`, …): add its id to BackupStoreId in
 * store-registry.ts and one `defineStore({...})` entry here, built from that feature's own schema.ts loader; add
 * its label under `backup:stores.<id>` in both locale files. Nothing else changes: the file format, the loader,
 * the preview, the merge, the page and the fuzzing go through this list.
 */
export const backupStores: readonly BackupStore[] = [assessments, projects, history, reviews, drafts, dataChecks, training, profile, language];
