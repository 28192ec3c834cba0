import { describe, expect, it } from 'vitest';

import { detachFlow, dissolveProject, relabelFlow, removeFlow, removeFlowKeepingReach, renameProject } from '../../src/features/projects/manage';
import { persistedProjectsSchema } from '../../src/features/projects/schema';
import type { SavedProject } from '../../src/features/projects/schema';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-02-01T00:00:00.000Z';

const project = (id: string, ...flows: [assessmentId: string, label: string][]): SavedProject => ({
  id,
  name: id.toUpperCase(),
  createdAt: T0,
  updatedAt: T0,
  flows: flows.map(([assessmentId, label]) => ({ assessmentId, label })),
});

const p1 = project('p1', ['a1', 'A → B'], ['a2', 'C → B'], ['a3', 'D → B']);
const p2 = project('p2', ['a4', 'E → F']);
const all = [p1, p2];
const stillValid = (projects: readonly SavedProject[]) => persistedProjectsSchema.safeParse({ schemaVersion: 1, projects }).success;

describe('managing projects (pure)', () => {
  it('renames one project and marks it changed, leaving the others as they were', () => {
    const renamed = renameProject(all, 'p1', '胸部CT', T1);
    expect(renamed[0]).toEqual({ ...p1, name: '胸部CT', updatedAt: T1 });
    expect(renamed[1]).toBe(p2);
    expect(renameProject(all, 'nope', 'x', T1)).toEqual(all);
  });

  it('relabels one flow of one project only', () => {
    const relabelled = relabelFlow(all, 'p1', 'a2', 'C病院 → B社', T1);
    expect(relabelled[0]?.flows.map((flow) => flow.label)).toEqual(['A → B', 'C病院 → B社', 'D → B']);
    expect(relabelled[0]?.updatedAt).toBe(T1);
    expect(relabelled[1]).toBe(p2);
  });

  it('removes a flow: the project keeps the others in order; no new project appears', () => {
    const removed = removeFlow(all, 'p1', 'a2', T1);
    expect(removed.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(removed[0]?.flows.map((flow) => flow.assessmentId)).toEqual(['a1', 'a3']);
    expect(stillValid(removed)).toBe(true);
  });

  it('detaches a flow into a project of its own under the assessment id, keeping its label', () => {
    const { projects, id } = detachFlow(all, 'p1', 'a2', { name: 'P1: C → B', now: T1, newId: () => 'fresh' });
    expect(id).toBe('a2');
    expect(projects.map((p) => p.id)).toEqual(['p1', 'p2', 'a2']);
    expect(projects[0]?.flows.map((flow) => flow.assessmentId)).toEqual(['a1', 'a3']);
    expect(projects[2]).toEqual({ id: 'a2', name: 'P1: C → B', createdAt: T1, updatedAt: T1, flows: [{ assessmentId: 'a2', label: 'C → B' }] });
    // Every flow is still in exactly one project.
    expect(projects.flatMap((p) => p.flows.map((flow) => flow.assessmentId)).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(stillValid(projects)).toBe(true);
  });

  it('gives the detached project a fresh id when a project already has the assessment id', () => {
    // A single-flow project stored under its assessment's id, which then got a second flow.
    const grown = project('a1', ['a1', 'A → B'], ['a5', 'G → B']);
    const { projects, id } = detachFlow([grown], 'a1', 'a1', { name: 'A', now: T1, newId: () => 'fresh' });
    expect(id).toBe('fresh');
    expect(projects.map((p) => [p.id, p.flows.map((flow) => flow.assessmentId)])).toEqual([
      ['a1', ['a5']],
      ['fresh', ['a1']],
    ]);
  });

  it('detaches nothing when the project does not hold the flow', () => {
    expect(detachFlow(all, 'p2', 'a1', { name: 'x', now: T1, newId: () => 'fresh' })).toEqual({ projects: all, id: null });
    expect(detachFlow(all, 'nope', 'a1', { name: 'x', now: T1, newId: () => 'fresh' }).id).toBeNull();
  });

  it('removes a flow that shares the project id by giving it a project of its own, so the id does not hide it', () => {
    const options = { name: 'A', now: T1, newId: () => 'fresh' };
    expect(removeFlowKeepingReach(all, 'p1', 'a2', options)).toEqual({ projects: removeFlow(all, 'p1', 'a2', T1), id: 'a2' });
    const grown = project('a1', ['a1', 'A → B'], ['a5', 'G → B']);
    const kept = removeFlowKeepingReach([grown], 'a1', 'a1', options);
    expect(kept.id).toBe('fresh');
    expect(kept.projects.map((p) => [p.id, p.flows.map((flow) => flow.assessmentId)])).toEqual([
      ['a1', ['a5']],
      ['fresh', ['a1']],
    ]);
  });

  it('dissolves only the project record', () => {
    expect(dissolveProject(all, 'p1')).toEqual([p2]);
    expect(dissolveProject(all, 'nope')).toEqual(all);
  });
});
