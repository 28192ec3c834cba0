// The project review memo (review mode's one file for a whole project), the reviews store's project reviews and
// their migration, and how the researcher's app matches each flow's review to a flow of their project.
import { describe, expect, it } from 'vitest';

import type { SavedAssessment } from '../../src/features/assessments/schema';
import { matchFlows, matchProject } from '../../src/features/feedback/project-memo-match';
import { MAX_FILE_BYTES } from '../../src/features/exchange/format';
import { parseProjectFile, serializeProjectFile } from '../../src/features/projects/file';
import { projectFileOf } from '../../src/features/projects/file-of-project';
import type { ProjectView } from '../../src/features/projects/projects';
import {
  parseProjectReviewFile,
  serializeProjectReviewFile,
  toProjectReviewFile,
} from '../../src/features/review/project-review-file';
import type { ProjectReviewFile } from '../../src/features/review/project-review-file';
import { projectFlowSubmissions } from '../../src/features/review/project-submission';
import { REVIEWS_SCHEMA_VERSION, REVIEWS_STORAGE_KEY, loadReviews } from '../../src/features/review/schema';
import { examineSubmission, fileSubmission } from '../../src/features/review/submission';
import { canonicalAnswers, fingerprint } from '../../src/features/exchange/fingerprint';
import { rulesVersion } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { fuzzProjectReviewLoader } from '../../scripts/lib/fuzz-project-review';
import { exchangeFile, makeReviewsStore, memoryStorage, scenarioInput } from './review-harness';

/** The value, or a failed test when it is missing (in place of a non-null assertion). */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const s02 = scenarioInput('S02');
const s01 = scenarioInput('S01');

/** A project file of two flows, read as review mode reads it. */
function projectFile(flows: readonly { label: string; input: AssessmentInput }[] = [
  { label: 'A病院 → B社', input: s02 },
  { label: 'C病院 → B社', input: s01 },
]) {
  const parsed = parseProjectFile(JSON.stringify({ kind: 'project', name: '胸部CT', flows }));
  if (!parsed.ok) throw new Error('fixture project file is invalid');
  return parsed;
}

/** The office's project review of `projectFile()`: flow 1 marked and commented, a project comment and reviewer. */
function officeMemo(): ProjectReviewFile {
  const store = makeReviewsStore();
  const parsed = projectFile();
  const id = store.getState().projectOpened(parsed.file.name, projectFlowSubmissions(parsed.file, parsed.removed, '2026-02-01T09:00:00.000Z'));
  const project = store.getState().projectReviews.find((p) => p.id === id);
  if (project === undefined) throw new Error('no project review');
  const first = project.flows[0]?.reviewId ?? '';
  store.getState().answerMarked(first, 'consent', 'needs_clarification');
  store.getState().answerCommented(first, 'consent', '同意が困難な理由を具体的に');
  store.getState().checklistMarked(first, 'joint_use_agreement', 'not_acceptable');
  store.getState().projectOverallCommented(id, '全体として妥当です');
  store.getState().projectReviewerNamed(id, '山田');
  store.getState().projectCommitteeNamed(id, '倫理審査委員会');
  const state = store.getState();
  const flowReviews = project.flows.map((flow) => state.reviews.find((r) => r.id === flow.reviewId)).filter((r) => r !== undefined);
  return toProjectReviewFile(state.projectReviews.find((p) => p.id === id) ?? project, flowReviews);
}

describe('project review memo file', () => {
  it('holds, per flow, the label and exactly the single review file, with the project reviewer, and reads back exactly', () => {
    const memo = officeMemo();
    expect(memo).toMatchObject({ kind: 'project-review', schemaVersion: 1, name: '胸部CT', overallComment: '全体として妥当です' });
    expect(memo.flows.map((flow) => flow.label)).toEqual(['A病院 → B社', 'C病院 → B社']);
    const [first, second] = memo.flows;
    expect(first?.review.format).toBe('medai-data-navigator/review');
    expect(first?.review.marks.answers.consent).toBe('needs_clarification');
    expect(first?.review.comments.answers.consent).toBe('同意が困難な理由を具体的に');
    expect(first?.review.marks.checklist.joint_use_agreement).toBe('not_acceptable');
    expect(first?.review.reviewer).toEqual({ name: '山田', committee: '倫理審査委員会' });
    // The reviewed answers and a fingerprint, so the researcher's app can match the flow and show what changed.
    expect(first?.review.submission.reviewedInput).toMatchObject({ consent: s02.consent, stage: s02.stage });
    expect(first?.review.submission.fingerprint).toBe(fingerprint(rulesVersion, canonicalAnswers(s02)));
    // A project file declares no fingerprint: nothing was checked.
    expect(first?.review.submission.fingerprintValid).toBeNull();
    expect(second?.review.marks.answers).toEqual({});

    expect(parseProjectReviewFile(serializeProjectReviewFile(memo))).toEqual({ ok: true, file: memo });
  });

  it('refuses what is not a memo, too large or of another version, and never throws', () => {
    const memo = officeMemo();
    expect(parseProjectReviewFile('{')).toEqual({ ok: false, problem: { kind: 'not_json' } });
    expect(parseProjectReviewFile('null')).toEqual({ ok: false, problem: { kind: 'not_a_project_review' } });
    expect(parseProjectReviewFile(JSON.stringify(memo.flows[0]?.review))).toEqual({ ok: false, problem: { kind: 'not_a_project_review' } });
    expect(parseProjectReviewFile(JSON.stringify({ ...memo, schemaVersion: 2 }))).toEqual({ ok: false, problem: { kind: 'unknown_version', version: '2' } });
    const huge = parseProjectReviewFile(JSON.stringify({ ...memo, name: 'x'.repeat(MAX_FILE_BYTES) }));
    expect(huge.ok ? null : huge.problem.kind).toBe('too_large');
    const empty = parseProjectReviewFile(JSON.stringify({ ...memo, flows: [] }));
    expect(empty.ok ? null : empty.problem).toMatchObject({ kind: 'invalid', issues: [{ path: 'flows' }] });
    expect(empty.ok || empty.problem.kind !== 'invalid' ? null : empty.problem.issues[0]?.flow).toBeUndefined();
  });

  it('names every bad flow by index and label and takes nothing from a memo with one bad flow', () => {
    const memo = officeMemo();
    const [first, second] = memo.flows;
    if (first === undefined || second === undefined) throw new Error('fixture');
    const bad = {
      ...memo,
      flows: [first, { ...second, review: { ...second.review, marks: { answers: { consent: 'great' }, checklist: {} } } }, { label: 'D病院 → B社' }],
    };
    const parsed = parseProjectReviewFile(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok || parsed.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(parsed.problem.issues.map((issue) => issue.flow)).toEqual([
      { index: 1, label: 'C病院 → B社' },
      { index: 2, label: 'D病院 → B社' },
    ]);
    expect(parsed.problem.issues[0]?.path).toBe('review.marks.answers.consent');
    // A flow that is not even an object is named by its index alone.
    const notObject = parseProjectReviewFile(JSON.stringify({ ...memo, flows: [first, 7] }));
    expect(notObject.ok || notObject.problem.kind !== 'invalid' ? null : notObject.problem.issues[0]?.flow).toEqual({ index: 1, label: null });
  });

  it('survives hostile input: no exception, all or nothing, bad flows named', { timeout: 60_000 }, () => {
    const figures = fuzzProjectReviewLoader(500, 7);
    // The generators must reach both outcomes, or the property would prove nothing.
    expect(figures.accepted).toBeGreaterThan(0);
    expect(figures.accepted).toBeLessThan(figures.runs);
  });
});

describe('project reviews in the reviews store', () => {
  it('opens a project file as one review per flow, resumes it when the same file is opened again, and deletes it whole', () => {
    const { storage, data } = memoryStorage();
    const store = makeReviewsStore(storage);
    const parsed = projectFile();
    const id = store.getState().projectOpened('胸部CT', projectFlowSubmissions(parsed.file, parsed.removed, '2026-02-01T09:00:00.000Z'));
    const project = store.getState().projectReviews[0];
    expect(project).toMatchObject({ id, name: '胸部CT', flows: [{ label: 'A病院 → B社' }, { label: 'C病院 → B社' }] });
    expect(store.getState().reviews).toHaveLength(2);
    const first = project?.flows[0]?.reviewId ?? '';
    store.getState().answerMarked(first, 'stage', 'acceptable');

    // Opened again later (another opening time): the same session, marks kept.
    const again = store.getState().projectOpened('胸部CT', projectFlowSubmissions(parsed.file, parsed.removed, '2026-02-05T09:00:00.000Z'));
    expect(again).toBe(id);
    expect(store.getState().reviews.find((r) => r.id === first)?.answers.stage?.mark).toBe('acceptable');
    // A changed answer in one flow is another submission, so another session.
    const changed = projectFile([
      { label: 'A病院 → B社', input: { ...s02, consent: 'obtainable' } },
      { label: 'C病院 → B社', input: s01 },
    ]);
    expect(store.getState().projectOpened('胸部CT', projectFlowSubmissions(changed.file, changed.removed, '2026-02-05T09:00:00.000Z'))).not.toBe(id);

    const reloaded = makeReviewsStore(storage);
    expect(reloaded.getState().projectReviews).toEqual(store.getState().projectReviews);
    expect(reloaded.getState().reviews).toEqual(store.getState().reviews);

    store.getState().projectReviewDeleted(id);
    expect(store.getState().projectReviews.map((p) => p.id)).not.toContain(id);
    expect(store.getState().reviews.map((r) => r.id)).not.toContain(first);
    expect(store.getState().reviews).toHaveLength(2);
    expect(loadReviews(data.get(REVIEWS_STORAGE_KEY) ?? null).ok).toBe(true);
  });

  it('marks a flow read from a project file as carrying no declared fingerprint', () => {
    const parsed = projectFile();
    const [flow] = projectFlowSubmissions(parsed.file, parsed.removed, '2026-02-01T09:00:00.000Z');
    if (flow === undefined) throw new Error('fixture');
    const examination = examineSubmission(flow.submission);
    expect(examination.fingerprint.kind).toBe('project');
    // The project file carried no result, so there is nothing to compare it with.
    expect(examination.snapshot.kind).toBe('absent');
    expect(examination.current.kind).toBe('complete');
  });

  it('migrates version 2 storage (reviews of single submissions) to version 3, losing nothing', () => {
    const review = {
      id: 'r1',
      submission: fileSubmission(exchangeFile('S02')),
      answers: { stage: { mark: 'acceptable', comment: 'ok' } },
      checklist: {},
      overallComment: 'fine',
      reviewerName: 'A',
      committee: 'B',
      createdAt: '2026-01-01T09:00:00.000Z',
      updatedAt: '2026-01-01T09:00:00.000Z',
    };
    const raw = JSON.stringify({ schemaVersion: 2, reviews: [review] });
    const loaded = loadReviews(raw);
    expect(REVIEWS_SCHEMA_VERSION).toBe(3);
    expect(loaded).toEqual({ ok: true, state: { schemaVersion: 3, reviews: [review], projectReviews: [] } });

    // The store writes version 3 with its next change only; until then the stored text is as it was.
    const { storage, data } = memoryStorage({ [REVIEWS_STORAGE_KEY]: raw });
    const store = makeReviewsStore(storage);
    expect(data.get(REVIEWS_STORAGE_KEY)).toBe(raw);
    store.getState().answerMarked('r1', 'purpose', 'not_acceptable');
    expect(JSON.parse(data.get(REVIEWS_STORAGE_KEY) ?? '')).toMatchObject({ schemaVersion: 3, projectReviews: [], reviews: [{ id: 'r1', overallComment: 'fine' }] });
  });

  it('refuses a project review that points at no flow, keeping the stored text', () => {
    const raw = JSON.stringify({ schemaVersion: 3, reviews: [], projectReviews: [{ id: 'p', name: 'x', flows: [] }] });
    expect(loadReviews(raw)).toMatchObject({ ok: false, problem: { kind: 'invalid', raw } });
  });
});

const saved = (id: string, answers: AssessmentInput, extra: Partial<SavedAssessment> = {}): SavedAssessment => ({
  id,
  name: id,
  answers,
  ticks: [],
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...extra,
});

const view = (id: string, name: string, flows: readonly { label: string; assessment: SavedAssessment }[]): ProjectView => ({
  id,
  name,
  stored: true,
  updatedAt: '2026-01-01T09:00:00.000Z',
  flows,
});

describe('matching a memo to the researcher\'s project', () => {
  const memo = officeMemo();

  it('matches by the reviewed answers first, whatever the labels and order', () => {
    const project = view('p1', '胸部CT', [
      { label: 'renamed 2', assessment: saved('a2', s01) },
      { label: 'renamed 1', assessment: saved('a1', s02) },
    ]);
    expect(matchFlows(memo, project)).toEqual([
      { kind: 'answers', assessmentId: 'a1', label: 'renamed 1' },
      { kind: 'answers', assessmentId: 'a2', label: 'renamed 2' },
    ]);
  });

  it('falls back to the fingerprint when the memo carries no reviewed answers, then to the label, else none', () => {
    const withoutInput: ProjectReviewFile = {
      ...memo,
      flows: memo.flows.map((flow) => {
        const { reviewedInput: _r, ...submission } = flow.review.submission;
        return { ...flow, review: { ...flow.review, submission } };
      }),
    };
    const project = view('p1', '胸部CT', [
      { label: 'C病院 → B社', assessment: saved('a2', { ...s01, consent: 'obtainable' }) },
      { label: 'X', assessment: saved('a1', s02) },
    ]);
    expect(matchFlows(withoutInput, project)).toEqual([
      { kind: 'fingerprint', assessmentId: 'a1', label: 'X' },
      { kind: 'label', assessmentId: 'a2', label: 'C病院 → B社' },
    ]);
    const unrelated = view('p2', 'other', [{ label: 'Y', assessment: saved('a3', { ...s01, consent: 'obtainable' }) }]);
    expect(matchFlows(memo, unrelated)).toEqual([{ kind: 'none' }, { kind: 'none' }]);
  });

  it('gives each flow of the project at most one review, preferring the same label among equals', () => {
    const twins: ProjectReviewFile = {
      ...memo,
      flows: [
        { label: 'A病院 → B社', review: must(memo.flows[0]).review },
        { label: 'E病院 → B社', review: must(memo.flows[0]).review },
      ],
    };
    const project = view('p1', '胸部CT', [
      { label: 'E病院 → B社', assessment: saved('e', s02) },
      { label: 'A病院 → B社', assessment: saved('a', s02) },
    ]);
    expect(matchFlows(twins, project)).toEqual([
      { kind: 'answers', assessmentId: 'a', label: 'A病院 → B社' },
      { kind: 'answers', assessmentId: 'e', label: 'E病院 → B社' },
    ]);
  });

  it('picks the project whose flows match best, the name breaking a tie', () => {
    const labelsOnly = view('labels', '胸部CT', [
      { label: 'A病院 → B社', assessment: saved('l1', { ...s02, consent: 'obtainable' }) },
      { label: 'C病院 → B社', assessment: saved('l2', { ...s01, consent: 'obtainable' }) },
    ]);
    const answers = view('answers', 'other name', [
      { label: 'x', assessment: saved('n1', s02) },
      { label: 'y', assessment: saved('n2', s01) },
    ]);
    expect(matchProject(memo, [labelsOnly, answers])?.id).toBe('answers');
    const sameName = view('same', '胸部CT', [{ label: 'z', assessment: saved('z', { ...s02, consent: 'obtainable' }) }]);
    const otherName = view('other', 'ほか', [{ label: 'z', assessment: saved('y', { ...s02, consent: 'obtainable' }) }]);
    expect(matchProject(memo, [otherName, sameName])?.id).toBe('same');
    expect(matchProject(memo, [])).toBeUndefined();
  });
});

describe('the next project file export', () => {
  it('carries each flow\'s reviewed version once its review was taken in, and still reads', () => {
    const memo = officeMemo();
    const review = memo.flows[0]?.review;
    if (review === undefined) throw new Error('fixture');
    const project = view('p1', '胸部CT', [
      { label: 'A病院 → B社', assessment: saved('a1', { ...s02, consent: 'obtainable' }, { receivedReview: { receivedAt: '2026-02-04T09:00:00.000Z', file: review } }) },
      { label: 'C病院 → B社', assessment: saved('a2', s01) },
    ]);
    const file = projectFileOf(project);
    expect(file.flows[0]?.reviewedVersion).toEqual({
      reviewedAt: review.reviewedAt,
      reviewerName: '山田',
      committee: '倫理審査委員会',
      fingerprint: review.submission.fingerprint,
      input: review.submission.reviewedInput,
    });
    expect(file.flows[1]?.reviewedVersion).toBeUndefined();
    const again = parseProjectFile(serializeProjectFile(file));
    expect(again.ok ? again.file : null).toEqual(file);

    // Opened in review mode, the flow shows what changed since the version reviewed.
    if (!again.ok) throw new Error('unreadable');
    const [flow] = projectFlowSubmissions(again.file, again.removed, '2026-03-01T09:00:00.000Z');
    expect(flow?.submission.kind === 'file' ? flow.submission.file.reviewedVersion?.input.consent : null).toBe(s02.consent);
  });
});
