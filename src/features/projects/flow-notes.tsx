import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { QuestionId } from '../../rules';
import { useAssessmentsState } from '../assessments/store-context';
import { projectPath } from './paths';
import { projectOf } from './projects';
import type { SavedProject } from './schema';
import { isSharedQuestion } from './shared';
import { useProjectsState } from './store-context';

/** The stored project the current assessment is a flow of; reading the stores only, so no words load for the rest. */
function useCurrentProject(): { project: SavedProject; label: string } | undefined {
  const currentId = useAssessmentsState((state) => state.currentId);
  const projects = useProjectsState((state) => state.projects);
  if (currentId === null) return undefined;
  const project = projectOf(projects, currentId);
  const label = project?.flows.find((flow) => flow.assessmentId === currentId)?.label;
  return project === undefined || label === undefined ? undefined : { project, label };
}

const nameOr = (name: string, fallback: string) => (name.trim() === '' ? fallback : name);

function FlowNoteText({ project, label }: { project: SavedProject; label: string }) {
  const { t } = useTranslation('projects');
  return (
    <p className="notice project-flow-note">
      {t('flowNote.text', { flow: nameOr(label, t('flowNote.unlabelled')), project: nameOr(project.name, t('unnamed')) })}{' '}
      <Link to={projectPath(project.id)}>{t('flowNote.link')}</Link>
    </p>
  );
}

/** On a flow's result page: which project it belongs to, with the way back to the overview. */
export function ProjectFlowNote() {
  const found = useCurrentProject();
  return found === undefined ? null : <FlowNoteText project={found.project} label={found.label} />;
}

function SharedNoteText({ project }: { project: SavedProject }) {
  const { t } = useTranslation('projects');
  return <p className="notice project-flow-note">{t('sharedNote', { count: project.flows.length, project: nameOr(project.name, t('unnamed')) })}</p>;
}

/** On a shared question of a flow in a project of several flows: an answer here is the answer of every flow. */
export function SharedQuestionNote({ questionId }: { questionId: QuestionId }) {
  const found = useCurrentProject();
  if (found === undefined || found.project.flows.length < 2 || !isSharedQuestion(questionId)) return null;
  return <SharedNoteText project={found.project} />;
}
