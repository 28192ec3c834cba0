import { describe, expect, it } from 'vitest';

import { STORAGE_KEY } from '../../src/features/assessments/schema';
import { createAssessmentsStore } from '../../src/features/assessments/store';
import { parseProjectFile } from '../../src/features/projects/file';
import { PROJECTS_STORAGE_KEY, loadProjects } from '../../src/features/projects/schema';
import { createProjectsStore } from '../../src/features/projects/store';
import type { SafeStorage } from '../../src/lib/safe-storage';
import type { AnswerValue } from '../../src/features/assessments/store';
import type { QuestionId } from '../../src/rules';
import { centralCase } from '../rules/fixtures';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: SafeStorage = { available: true, read: (key) => data.get(key) ?? null, write: (key, value) => (data.set(key, value), true) };
  return { storage, data };
}

/** Answers every question of the central case in the current assessment, as the wizard would. */
function answerAll(assessments: ReturnType<typeof createAssessmentsStore>) {
  for (const [question, value] of Object.entries(centralCase) as [QuestionId, AnswerValue | undefined][]) {
    if (value !== undefined) assessments.getState().answerGiven(question, value);
  }
}

function stores(initial: Record<string, string> = {}) {
  const { storage, data } = memoryStorage(initial);
  let counter = 0;
  const base = { storage, now: () => '2026-11-24T00:00:00.000Z', newId: () => `id-${String(++counter)}` };
  const assessments = createAssessmentsStore(base);
  const projects = createProjectsStore({ ...base, assessments });
  const answers = (id: string | null) => assessments.getState().assessments.find((a) => a.id === id)?.answers;
  return { assessments, projects, data, storage, answers };
}

describe('projects store', () => {
  it('starts a new flow with the shared answers only, so the wizard goes on with the parties', () => {
    const { assessments, projects, answers } = stores();
    const projectId = projects.getState().projectCreated('胸部CT');
    const first = projects.getState().flowAdded(projectId, 'A病院 → B社');
    answerAll(assessments);
    const second = projects.getState().flowAdded(projectId, 'C病院 → B社');
    expect(answers(second)).toEqual({
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      purpose: 'product_only',
      stage: 'development',
      dataTypes: ['dicom_images'],
    });
    expect(assessments.getState().currentId).toBe(second);
    expect(projects.getState().projects[0]?.flows).toEqual([
      { assessmentId: first, label: 'A病院 → B社' },
      { assessmentId: second, label: 'C病院 → B社' },
    ]);
  });

  it('gives a changed shared answer to every flow, and leaves party answers alone', () => {
    const { assessments, projects, answers } = stores();
    const projectId = projects.getState().projectCreated('P');
    const first = projects.getState().flowAdded(projectId, 'A → B');
    answerAll(assessments);
    const second = projects.getState().flowAdded(projectId, 'C → B');
    assessments.getState().answerGiven('providerType', 'non_academic_medical');
    // Back in the first flow, the stage moves on.
    assessments.getState().assessmentOpened(first ?? '');
    assessments.getState().answerGiven('stage', 'performance_evaluation');
    expect(answers(second)?.stage).toBe('performance_evaluation');
    expect(answers(second)?.providerType).toBe('non_academic_medical');
    expect(answers(first)?.providerType).toBe('academic_medical');
  });

  it('does not copy answers to assessments outside the project', () => {
    const { assessments, projects, answers } = stores();
    const outside = assessments.getState().assessmentStarted('alone');
    assessments.getState().answerGiven('stage', 'exploration');
    const projectId = projects.getState().projectCreated('P');
    projects.getState().flowAdded(projectId, 'A → B');
    projects.getState().flowAdded(projectId, 'C → B');
    assessments.getState().answerGiven('stage', 'development');
    expect(answers(outside)?.stage).toBe('exploration');
  });

  it('stores a single-flow project under the assessment’s id when a flow is added to it', () => {
    const { assessments, projects, answers } = stores();
    const alone = assessments.getState().assessmentStarted('CT');
    assessments.getState().answerGiven('dataOrigin', 'clinical_care');
    const added = projects.getState().flowAdded(alone, 'C → B');
    expect(projects.getState().projects).toEqual([
      expect.objectContaining({ id: alone, name: 'CT', flows: [{ assessmentId: alone, label: 'CT' }, { assessmentId: added, label: 'C → B' }] }),
    ]);
    expect(answers(added)).toEqual({ dataOrigin: 'clinical_care' });
  });

  it('ticks a combined item in every flow that needs it', () => {
    const { assessments, projects } = stores();
    const a = assessments.getState().assessmentStarted('a');
    const b = assessments.getState().assessmentStarted('b');
    projects.getState().combinedTickSet([a, b], 'ethics_review', true);
    expect(assessments.getState().assessments.map((x) => x.ticks)).toEqual([['ethics_review'], ['ethics_review']]);
    projects.getState().combinedTickSet([b], 'ethics_review', false);
    expect(assessments.getState().assessments.map((x) => x.ticks)).toEqual([['ethics_review'], []]);
  });

  it('imports a whole project file as one assessment per flow, ticks and removed answers kept', () => {
    const { assessments, projects } = stores();
    const parsed = parseProjectFile(
      JSON.stringify({
        kind: 'project',
        name: 'P',
        flows: [
          { label: 'A → B', input: centralCase, ticks: ['ethics_review'] },
          { label: 'C → B', input: { ...centralCase, foreignRecipient: 'yes' } },
        ],
      }),
    );
    if (!parsed.ok) throw new Error('expected a valid file');
    const id = projects.getState().projectImported(parsed.file, parsed.removed);
    const saved = assessments.getState().assessments;
    expect(saved.map((a) => [a.name, a.ticks, a.ruleUpdate?.removed])).toEqual([
      ['P: A → B', ['ethics_review'], undefined],
      ['P: C → B', [], [{ question: 'foreignRecipient', answer: 'yes' }]],
    ]);
    expect(projects.getState().projects.find((p) => p.id === id)?.flows.map((f) => f.label)).toEqual(['A → B', 'C → B']);
  });

  it('persists under mdn.projects and reads it back; assessments stay under their own key', () => {
    const { projects, data, storage, assessments } = stores();
    const id = projects.getState().projectCreated('P');
    projects.getState().flowAdded(id, 'A → B');
    const stored = loadProjects(data.get(PROJECTS_STORAGE_KEY) ?? null);
    expect(stored.ok && stored.state.projects[0]?.name).toBe('P');
    expect(JSON.parse(data.get(STORAGE_KEY) ?? '{}')).toMatchObject({ schemaVersion: 2 });
    const reloaded = createProjectsStore({ storage, now: () => '2026-11-24T00:00:00.000Z', newId: () => 'x', assessments });
    expect(reloaded.getState().projects.map((p) => p.flows.length)).toEqual([1]);
  });

  it('leaves unreadable project storage untouched and reports it', () => {
    const raw = '{"schemaVersion":1,"projects":[{"id":1}]}';
    const { projects, data } = stores({ [PROJECTS_STORAGE_KEY]: raw });
    expect(projects.getState().storageProblem?.kind).toBe('invalid');
    projects.getState().projectCreated('new');
    expect(data.get(PROJECTS_STORAGE_KEY)).toBe(raw);
  });

  it('removing a flow keeps its assessment, which then shows on its own', () => {
    const { assessments, projects } = stores();
    const id = projects.getState().projectCreated('P');
    const flow = projects.getState().flowAdded(id, 'A → B') ?? '';
    projects.getState().flowRemoved(id, flow);
    expect(projects.getState().projects.map((p) => p.flows)).toEqual([[]]);
    expect(assessments.getState().assessments.map((a) => a.id)).toEqual([flow]);
  });

  it('detaching a flow makes it a stored project of its own, named as its assessment', () => {
    const { assessments, projects } = stores();
    const id = projects.getState().projectCreated('P');
    const flow = projects.getState().flowAdded(id, 'A → B') ?? '';
    projects.getState().flowAdded(id, 'C → B');
    expect(projects.getState().flowDetached(id, flow)).toBe(flow);
    expect(projects.getState().projects.map((p) => [p.name, p.flows.map((f) => f.label)])).toEqual([
      ['P', ['C → B']],
      ['P: A → B', ['A → B']],
    ]);
    expect(assessments.getState().assessments).toHaveLength(2);
    expect(projects.getState().flowDetached(id, 'no-such-flow')).toBeNull();
  });
});
