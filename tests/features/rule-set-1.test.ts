// Everything the rule-set-1 app wrote (tests/fixtures/rule-set-1, made by that version's own writers) loads under
// rule set 2: every answer that still exists is kept, foreignRecipient "yes" is taken out and recorded so the person
// is told and asked again, the new questions start unanswered, and nothing stored is rewritten on loading.
import { describe, expect, it } from 'vitest';

import { STORAGE_KEY, STORAGE_SCHEMA_VERSION, loadPersisted } from '../../src/features/assessments/schema';
import { createAssessmentsStore } from '../../src/features/assessments/store';
import { loadDrafts } from '../../src/features/drafts/schema';
import { fingerprint } from '../../src/features/exchange/fingerprint';
import { parseAssessmentFile, serializeAssessmentFile, toAssessmentFile } from '../../src/features/exchange/format';
import { RULE_SET_1 } from '../../src/features/exchange/rule-set-1';
import { originalAnswers, ruleUpdateSummary } from '../../src/features/exchange/rule-update';
import { decodeShare, encodeShare } from '../../src/features/exchange/share-link';
import { REVIEWS_STORAGE_KEY, loadReviews } from '../../src/features/review/schema';
import { createReviewsStore } from '../../src/features/review/store';
import { toReviewFile } from '../../src/features/review/review-file';
import { examineSubmission, fileSubmission } from '../../src/features/review/submission';
import { parseTrainingSet } from '../../src/features/training/schema';
import { TRAINING_STORAGE_KEY, createTrainingStore, loadTrainingPersisted } from '../../src/features/training/store';
import { nextQuestion, rulesVersion, supersededRuleSets } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { memoryStorage } from '../app/harness';
import { abroad, abroadKept, allowedNow, domestic, fixture, manifest, removedYes, shareLinks } from './rule-set-1-fixtures';

const NOW = '2026-12-05T10:00:00.000Z';
const deps = (storage: ReturnType<typeof memoryStorage>['storage']) => ({ storage, now: () => NOW, newId: () => 'new-id' });

describe('the fixtures', () => {
  it('were written by rule set 1, which rule set 2 replaces', () => {
    expect(manifest.rulesVersion).toBe(RULE_SET_1);
    expect(supersededRuleSets).toContain(RULE_SET_1);
    expect(rulesVersion).not.toBe(RULE_SET_1);
    expect(abroad.foreignRecipient).toBe('yes');
    expect(domestic.foreignRecipient).toBe('no');
  });
});

describe('an exported rule-set-1 file', () => {
  it('with foreignRecipient "yes" loads without it, every other answer kept, and reports it removed', () => {
    const parsed = parseAssessmentFile(fixture('file-abroad.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.removed).toEqual(removedYes);
    expect(parsed.file.input).toEqual(abroadKept);
    expect(parsed.file.rulesVersion).toBe(RULE_SET_1);
    expect(parsed.file.ticks).toEqual(['ethics_review', 'foreign_transfer_check']);
    expect(parsed.file.notes).toBe('米国の企業。契約は交渉中。');
    // The snapshot stays as rule set 1 computed it: compared, never rewritten.
    expect(parsed.file.result).toMatchObject({ rulesVersion: RULE_SET_1, recommendedBasis: null });
    expect(parsed.file.result?.remedies).toBeUndefined();
    // Its declared fingerprint still checks, over the answers as the file wrote them.
    expect(fingerprint(parsed.file.rulesVersion, originalAnswers(parsed.file.input, parsed.removed))).toBe(parsed.file.fingerprint);
    // The wizard asks again: the new questions first, then the removed one.
    expect(nextQuestion(parsed.file.input)).toBe('dataSubjects');
    expect(ruleUpdateSummary(parsed.file.rulesVersion, parsed.file.input, parsed.removed)).toEqual({
      from: RULE_SET_1,
      removed: removedYes,
      added: ['dataSubjects', 'providerSector', 'foreignStorage'],
    });
  });

  it('without it loads with every answer, nothing removed, and the new questions open', () => {
    const parsed = parseAssessmentFile(fixture('file-domestic.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.removed).toEqual([]);
    expect(parsed.file.input).toEqual(domestic);
    expect(fingerprint(parsed.file.rulesVersion, parsed.file.input)).toBe(parsed.file.fingerprint);
    expect(ruleUpdateSummary(parsed.file.rulesVersion, parsed.file.input, parsed.removed)?.added).toEqual([
      'dataSubjects',
      'providerSector',
      'foreignStorage',
    ]);
  });

  it('exports again under the current rules, without the removed answer and without a result until complete', () => {
    const parsed = parseAssessmentFile(fixture('file-abroad.json'));
    if (!parsed.ok) throw new Error('unreadable');
    const again = toAssessmentFile({ name: parsed.file.name, answers: parsed.file.input, ticks: parsed.file.ticks }, NOW);
    expect(again).toMatchObject({ rulesVersion, input: abroadKept });
    expect(again.result).toBeUndefined();
    expect(parseAssessmentFile(serializeAssessmentFile(again))).toMatchObject({ ok: true, removed: [] });
  });
});

describe('a rule-set-1 share link', () => {
  const links = shareLinks;

  it('with foreignRecipient "yes" opens without it and reports it removed', () => {
    expect(links.abroad.url.endsWith(links.abroad.payload)).toBe(true);
    expect(decodeShare(links.abroad.payload)).toEqual({ ok: true, answers: abroadKept, rulesVersion: RULE_SET_1, removed: removedYes });
  });

  it('without it opens with every answer', () => {
    expect(decodeShare(links.domestic.payload)).toEqual({ ok: true, answers: domestic, rulesVersion: RULE_SET_1, removed: [] });
    // A link made now names the current rules.
    expect(decodeShare(encodeShare(domestic as AssessmentInput))).toMatchObject({ ok: true, rulesVersion });
  });
});

describe('saved assessments in rule-set-1 storage', () => {
  const raw = fixture('storage-assessments.json');

  it('load migrated: answers kept but the removed one, which is recorded with the rule set it came from', () => {
    const loaded = loadPersisted(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
    const [first, second, third] = loaded.state.assessments;
    expect(loaded.state.schemaVersion).toBe(STORAGE_SCHEMA_VERSION);
    expect(first).toMatchObject({ id: manifest.assessmentIds.abroad, answers: abroadKept, ruleUpdate: { from: RULE_SET_1, removed: removedYes } });
    expect(first?.ticks).toEqual(['ethics_review', 'foreign_transfer_check']);
    expect(second).toMatchObject({ id: manifest.assessmentIds.domestic, answers: domestic, ruleUpdate: { from: RULE_SET_1, removed: [] } });
    expect(third?.name).toBe('途中 (in progress, abroad)');
    expect(third?.answers).not.toHaveProperty('foreignRecipient');
    expect(third?.ruleUpdate?.removed).toEqual(removedYes);
    // Names, dates and ids are as stored.
    const stored = JSON.parse(raw) as { assessments: { id: string; name: string; createdAt: string; updatedAt: string }[] };
    expect(loaded.state.assessments.map(({ id, name, createdAt, updatedAt }) => ({ id, name, createdAt, updatedAt }))).toEqual(
      stored.assessments.map(({ id, name, createdAt, updatedAt }) => ({ id, name, createdAt, updatedAt })),
    );
  });

  it('are not rewritten by loading; the first change writes version 2, and answering clears the record', () => {
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: raw });
    const store = createAssessmentsStore(deps(storage));
    expect(store.getState().storageProblem).toBeNull();
    expect(data.get(STORAGE_KEY)).toBe(raw);

    store.getState().assessmentOpened(manifest.assessmentIds.abroad);
    // The wizard resumes at the first open question and asks the removed one again on the way.
    const current = () => store.getState().assessments.find((a) => a.id === manifest.assessmentIds.abroad);
    expect(nextQuestion(current()?.answers ?? {})).toBe('dataSubjects');
    store.getState().answerGiven('dataSubjects', 'includes_living');
    store.getState().answerGiven('providerSector', 'private');
    expect(nextQuestion(current()?.answers ?? {})).toBe('foreignRecipient');
    expect(current()?.ruleUpdate?.removed).toEqual(removedYes);
    store.getState().answerGiven('foreignRecipient', 'other_country');
    expect(current()?.ruleUpdate).toEqual({ from: RULE_SET_1, removed: [] });
    store.getState().answerGiven('foreignStorage', 'yes');
    expect(nextQuestion(current()?.answers ?? {})).toBeNull();
    expect(current()?.ruleUpdate).toBeUndefined();

    const written = JSON.parse(data.get(STORAGE_KEY) ?? '{}') as { schemaVersion: number; assessments: unknown[] };
    expect(written.schemaVersion).toBe(STORAGE_SCHEMA_VERSION);
    expect(written.assessments).toHaveLength(3);
    // What was written loads as it is.
    const reloaded = createAssessmentsStore(deps(storage));
    expect(reloaded.getState().assessments).toEqual(store.getState().assessments);
  });

  it('with answers that rule set 2 already finds complete load with nothing to tell', () => {
    const stored = JSON.parse(raw) as { assessments: { answers: Record<string, unknown> }[] };
    const [first] = stored.assessments;
    if (first === undefined) throw new Error('no assessment');
    first.answers = { ...domestic, dataSubjects: 'includes_living', providerSector: 'private', foreignStorage: 'no' };
    const loaded = loadPersisted(JSON.stringify(stored));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
    expect(loaded.state.assessments[0]).not.toHaveProperty('ruleUpdate');
    expect(loaded.state.assessments[1]?.ruleUpdate).toEqual({ from: RULE_SET_1, removed: [] });
  });

  it('stay untouched when a record cannot be read, even after the migration', () => {
    const broken = raw.replace('"ethics_review"', '"no_such_item"');
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: broken });
    const store = createAssessmentsStore(deps(storage));
    expect(store.getState().storageProblem).toMatchObject({ kind: 'invalid', raw: broken });
    store.getState().assessmentStarted('new');
    expect(data.get(STORAGE_KEY)).toBe(broken);
  });
});

describe('reviews in rule-set-1 storage', () => {
  const raw = fixture('storage-reviews.json');

  it('load with marks and comments kept and the submissions migrated', () => {
    const loaded = loadReviews(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
    const [abroadReview, domesticReview, linkReview] = loaded.state.reviews;
    expect(abroadReview?.submission).toMatchObject({ kind: 'file', file: { input: abroadKept }, removed: removedYes });
    expect(abroadReview?.answers.foreignRecipient).toEqual({ mark: 'needs_clarification', comment: '移転先の国と体制を確認すること。' });
    expect(abroadReview).toMatchObject({ reviewerName: '審査 花子', committee: '○○大学病院 倫理審査委員会' });
    expect(abroadReview?.checklist.foreign_transfer_check?.mark).toBe('needs_clarification');
    expect(domesticReview?.submission).toMatchObject({ kind: 'file', file: { input: domestic } });
    expect(domesticReview?.submission.removed).toBeUndefined();
    expect(linkReview?.submission).toMatchObject({ kind: 'link', rulesVersion: RULE_SET_1, input: abroadKept, removed: removedYes });
  });

  it('are not rewritten by loading, and reopening the same rule-set-1 file resumes its review', () => {
    const { storage, data } = memoryStorage({ [REVIEWS_STORAGE_KEY]: raw });
    const store = createReviewsStore(deps(storage));
    expect(store.getState().storageProblem).toBeNull();
    expect(data.get(REVIEWS_STORAGE_KEY)).toBe(raw);
    const parsed = parseAssessmentFile(fixture('file-abroad.json'));
    if (!parsed.ok) throw new Error('unreadable');
    const id = store.getState().submissionOpened(fileSubmission(parsed.file, parsed.removed));
    expect(id).toBe(store.getState().reviews[0]?.id);
    expect(store.getState().reviews).toHaveLength(3);
  });

  it('compare rule set 1 with rule set 2: the removed answer leaves the abroad result open at that question', () => {
    const loaded = loadReviews(raw);
    if (!loaded.ok) throw new Error('unreadable');
    const review = loaded.state.reviews[0];
    if (review === undefined) throw new Error('no review');
    const examination = examineSubmission(review.submission);
    expect(examination.fingerprint.kind).toBe('match');
    expect(examination.rules).toEqual({ kind: 'superseded', submitted: RULE_SET_1, current: rulesVersion });
    expect(examination.removed).toEqual(removedYes);
    expect(examination.assumed).toEqual(['dataSubjects', 'providerSector', 'foreignStorage']);
    expect(examination.current).toEqual({ kind: 'incomplete', next: 'foreignRecipient' });
    expect(examination.snapshot).toEqual({ kind: 'answer_removed', questions: ['foreignRecipient'] });
    expect(examination.path).toContain('foreignRecipient');
    // The review file says what the reviewer saw: the removed answer and the assumptions.
    const file = toReviewFile(review, examination);
    expect(file.submission).toMatchObject({
      rulesVersion: RULE_SET_1,
      fingerprintValid: true,
      removedAnswers: removedYes,
      assumedAnswers: [
        { question: 'dataSubjects', answer: 'includes_living' },
        { question: 'providerSector', answer: 'private' },
        { question: 'foreignStorage', answer: 'no' },
      ],
    });
    expect(file.marks.answers.foreignRecipient).toBe('needs_clarification');
  });

  it('compare rule set 1 with rule set 2: the domestic result, under what rule set 1 assumed, lists what changed', () => {
    const parsed = parseAssessmentFile(fixture('file-domestic.json'));
    if (!parsed.ok) throw new Error('unreadable');
    const examination = examineSubmission(fileSubmission(parsed.file, parsed.removed));
    expect(examination.rules.kind).toBe('superseded');
    expect(examination.evaluatedInput).toEqual({ ...domestic, dataSubjects: 'includes_living', providerSector: 'private', foreignStorage: 'no' });
    if (examination.current.kind !== 'complete' || examination.snapshot.kind !== 'differs') throw new Error('expected a comparison');
    // Rule set 1 recommended the academic exception at exploration (S01); rule set 2 still does, and adds the check of
    // a genuine academic aim where a product purpose coexists (§10.6) and the ways forward it now computes.
    expect(parsed.file.result?.recommendedBasis).toBe('academic_exception');
    expect(examination.current.assessment.recommendedBasis).toBe('academic_exception');
    const { changes } = examination.snapshot;
    expect(changes).toContainEqual({ kind: 'checklist_added', id: 'confirm_genuine_academic_aim' });
    expect(changes.filter((change) => change.kind === 'remedy_added').length).toBe(examination.current.assessment.remedies.length);
    expect(changes.some((change) => change.kind === 'recommended_basis' || change.kind === 'checklist_owner')).toBe(false);
  });
});

describe('rule-set-1 training sets', () => {
  it('with a foreignRecipient "yes" case are refused, naming the case, the question and the answers allowed now', () => {
    const parsed = parseTrainingSet(fixture('training-set-small.json'));
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          caseNumber: 2,
          caseId: 'X-T03',
          field: 'input.foreignRecipient',
          problem: { kind: 'removed_answer', question: 'foreignRecipient', answer: 'yes', allowed: allowedNow },
        },
      ],
    });
  });

  it('without one load, every answer kept and the new questions answered as rule set 1 assumed, which the set records', () => {
    const template = JSON.parse(fixture('training-set-template.json')) as { schemaVersion: number; scenarios: { id: string; input: Record<string, unknown> }[] };
    expect(template.schemaVersion).toBe(1);
    const usable = { ...template, scenarios: template.scenarios.filter((s) => s.input.foreignRecipient !== 'yes') };
    const parsed = parseTrainingSet(JSON.stringify(usable));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    expect(parsed.set.schemaVersion).toBe(2);
    expect(parsed.set.ruleUpdate).toEqual({ from: RULE_SET_1, assumed: ['dataSubjects', 'providerSector', 'foreignStorage'] });
    expect(parsed.set.scenarios).toHaveLength(usable.scenarios.length);
    parsed.set.scenarios.forEach((scenario, index) => {
      const before = usable.scenarios[index];
      expect(scenario.id).toBe(before?.id);
      expect(scenario.input).toMatchObject(before?.input ?? {});
      expect(scenario.input).toMatchObject({ dataSubjects: 'includes_living', foreignStorage: 'no' });
      expect(scenario.input.providerSector).toBe(scenario.input.providerType === 'company' ? undefined : 'private');
    });
  });

  it('in storage keep the scores and set a set they cannot use aside, as stored, without rewriting anything', () => {
    const raw = fixture('storage-training.json');
    const stored = JSON.parse(raw) as { attempts: unknown[]; customSet: unknown };
    const loaded = loadTrainingPersisted(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
    expect(loaded.state.attempts).toEqual(stored.attempts);
    expect(loaded.state.customSet).toBeNull();
    expect(JSON.parse(loaded.state.setAside ?? 'null')).toEqual(stored.customSet);

    const { storage, data } = memoryStorage({ [TRAINING_STORAGE_KEY]: raw });
    const store = createTrainingStore({ storage, now: () => NOW });
    expect(store.getState().storageProblem).toBeNull();
    expect(data.get(TRAINING_STORAGE_KEY)).toBe(raw);
    // The set kept aside, once fixed, loads in its place.
    const fixed = parseTrainingSet((store.getState().setAside ?? '').replace('"foreignRecipient":"yes"', '"foreignRecipient":"other_country"'));
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    store.getState().customSetLoaded(fixed.set);
    expect(store.getState().setAside).toBeNull();
    expect(JSON.parse(data.get(TRAINING_STORAGE_KEY) ?? '{}')).toMatchObject({ schemaVersion: 2, setAside: null, customSet: { ruleUpdate: { from: RULE_SET_1 } } });
  });

  it('in storage, when the set can be used, load it migrated', () => {
    const stored = JSON.parse(fixture('storage-training.json')) as { customSet: { scenarios: { input: Record<string, unknown> }[] } };
    stored.customSet.scenarios = stored.customSet.scenarios.filter((s) => s.input.foreignRecipient !== 'yes');
    const loaded = loadTrainingPersisted(JSON.stringify(stored));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
    expect(loaded.state.setAside).toBeNull();
    expect(loaded.state.customSet?.ruleUpdate?.from).toBe(RULE_SET_1);
    expect(loaded.state.customSet?.scenarios.map((s) => s.id)).toEqual(['X-S01']);
  });
});

describe('rule-set-1 drafts', () => {
  it('load unchanged: they hold no answers, only the fingerprint they were made from', () => {
    const raw = fixture('storage-drafts.json');
    const loaded = loadDrafts(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
    const draft = loaded.state.drafts[manifest.assessmentIds.domestic]?.processing_plan;
    expect(draft?.basedOn).toBe(fingerprint(RULE_SET_1, domestic as AssessmentInput));
    // Made under other rules, so the drafts page says the answers or rules changed since.
    expect(draft?.basedOn).not.toBe(fingerprint(rulesVersion, domestic as AssessmentInput));
  });
});
