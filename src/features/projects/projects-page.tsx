import { type ChangeEvent, type SubmitEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import '../../styles/projects.css';
import { TextField } from '../../components/ui/fields';
import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { projectNameMaxLength } from '../assessments/schema';
import type { ProjectFile } from './file';
import type { RemovedAnswer } from '../exchange/rule-update';
import { DissolvedNoticeText } from './dissolved-notice';
import { projectsNamespaces } from './namespaces';
import { projectPath } from './paths';
import { ProjectFileProblem } from './project-file-problem';
import { readProjectFile } from './read-file';
import { ProjectsStorageNotices } from './storage-notices';
import type { ProjectReadResult } from './read-file';
import { useProjectsApi } from './store-context';
import { useProjectList } from './use-project';

/** The projects in this browser, with the forms to create one and to import a project file. */
export function ProjectsPage() {
  const { t } = useTranslation(projectsNamespaces);
  usePageTitle(t('projects:list.title'));
  const list = useProjectList();

  return (
    <article className="prose projects-page">
      <PageHeading>{t('projects:list.title')}</PageHeading>
      <ProjectsStorageNotices />
      <DissolvedNoticeText />
      <p className="lead">{t('projects:list.lead')}</p>
      <NewProjectForm />
      <section aria-labelledby="projects-saved">
        <h2 id="projects-saved">{t('projects:list.savedHeading')}</h2>
        {list.length === 0 ? (
          <p>{t('projects:list.empty')}</p>
        ) : (
          <ul className="project-list">
            {list.map((project) => (
              <li key={project.id}>
                <Link to={projectPath(project.id)}>{project.name.trim() === '' ? t('projects:unnamed') : project.name}</Link>{' '}
                <span className="hint">
                  {project.stored ? t('projects:list.flowCount', { count: project.flows.length }) : t('projects:list.single')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ImportProjectForm />
      <p>
        <Link to={paths.start}>{t('projects:list.homeLink')}</Link>
      </p>
    </article>
  );
}

export default ProjectsPage;

function NewProjectForm() {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  const navigate = useNavigate();
  const [name, setName] = useState('');

  const create = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const id = store.getState().projectCreated(name.trim());
    void navigate(projectPath(id));
  };

  return (
    <section aria-labelledby="projects-new">
      <h2 id="projects-new">{t('projects:list.newHeading')}</h2>
      <form noValidate onSubmit={create}>
        <TextField label={t('projects:list.nameLabel')} hint={t('projects:list.nameHint', { max: projectNameMaxLength })} maxLength={projectNameMaxLength} value={name} onChange={setName} />
        <button className="button" type="submit">
          {t('projects:list.create')}
        </button>
      </form>
    </section>
  );
}

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'problem'; readonly problem: Extract<ProjectReadResult, { ok: false }>['problem'] }
  | { readonly kind: 'preview'; readonly file: ProjectFile; readonly removed: readonly (readonly RemovedAnswer[])[] };

/** Reads a project file; nothing is added until the whole file is valid and the person confirms the preview. */
function ImportProjectForm() {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  const navigate = useNavigate();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const inputId = useId();
  const readCount = useRef(0);

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    const attempt = ++readCount.current;
    const result = await readProjectFile(file);
    if (attempt !== readCount.current) return;
    setState(result.ok ? { kind: 'preview', file: result.file, removed: result.removed } : { kind: 'problem', problem: result.problem });
  };

  return (
    <section aria-labelledby="projects-import">
      <h2 id="projects-import">{t('projects:import.heading')}</h2>
      <p>{t('projects:import.lead')}</p>
      {state.kind === 'problem' ? <ProjectFileProblem problem={state.problem} /> : null}
      {state.kind === 'preview' ? (
        <div className="notice" role="status">
          <h3>{t('projects:import.previewHeading', { name: state.file.name.trim() === '' ? t('projects:unnamed') : state.file.name })}</h3>
          <p>{t('projects:import.previewFlows', { count: state.file.flows.length })}</p>
          <ol>
            {state.file.flows.map((flow, i) => (
              <li key={i}>{flow.label.trim() === '' ? t('projects:flowNumber', { number: i + 1 }) : flow.label}</li>
            ))}
          </ol>
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => {
                const id = store.getState().projectImported(state.file, state.removed);
                void navigate(projectPath(id));
              }}
            >
              {t('projects:import.add')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setState({ kind: 'idle' });
              }}
            >
              {t('projects:import.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-group">
          <label className="label" htmlFor={inputId}>
            {t('projects:import.fileLabel')}
          </label>
          <input
            id={inputId}
            className="file-input"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              void read(event);
            }}
          />
        </div>
      )}
    </section>
  );
}
