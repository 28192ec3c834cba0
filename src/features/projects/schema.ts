import { z } from 'zod/mini';

import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';
import { projectNameMaxLength } from '../assessments/schema';

export type { StorageProblem };

/**
 * The project layer over the saved assessments. A project names its data flows; each flow IS a saved assessment
 * (key `mdn.assessments`), so every per-assessment page (result, report, drafts, review) works for a flow unchanged.
 * The answers the flows share are not stored here a second time: they live in the flows and are kept equal by the
 * store, so there is no third copy that could drift (see shared.ts).
 */
export const PROJECTS_STORAGE_KEY = 'mdn.projects';
export const PROJECTS_SCHEMA_VERSION = 1;

/** How many flows a project holds at most: a multi-centre study has a handful; a hundred leaves ample room. */
export const MAX_FLOWS = 100;
export const flowLabelMaxLength = 200;

export const flowRefSchema = z.strictObject({
  /** The saved assessment that holds this flow's answers and ticks. */
  assessmentId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Who gives data to whom, e.g. "A病院 → B社": the party names are read from it (parties.ts). */
  label: z.string().check(z.maxLength(flowLabelMaxLength)),
});
export type FlowRef = z.infer<typeof flowRefSchema>;

export const savedProjectSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(projectNameMaxLength)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  flows: z.array(flowRefSchema).check(z.maxLength(MAX_FLOWS)),
});
export type SavedProject = z.infer<typeof savedProjectSchema>;

export const persistedProjectsSchema = z.strictObject({
  schemaVersion: z.literal(PROJECTS_SCHEMA_VERSION),
  projects: z.array(savedProjectSchema).check(z.maxLength(500)),
});
export type PersistedProjects = z.infer<typeof persistedProjectsSchema>;

export const emptyProjects = (): PersistedProjects => ({ schemaVersion: PROJECTS_SCHEMA_VERSION, projects: [] });

/**
 * Parses stored text; nothing is discarded (a failure carries the raw text). Absent text is the empty state: every
 * assessment saved before projects existed then shows as a project of one flow (projects.ts), without any write.
 */
export function loadProjects(raw: string | null): LoadResult<PersistedProjects> {
  return loadVersioned(raw, PROJECTS_SCHEMA_VERSION, persistedProjectsSchema, emptyProjects);
}
