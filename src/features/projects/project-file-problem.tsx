import { useTranslation } from 'react-i18next';

import { MAX_FILE_BYTES } from '../exchange/format';
import type { ProjectFileIssue } from './file';
import type { ProjectReadResult } from './read-file';
import { projectsNamespaces } from './namespaces';

type Problem = Extract<ProjectReadResult, { ok: false }>['problem'];

/** How many problems of an invalid file are listed; the rest are counted. */
const MAX_SHOWN = 20;

function IssueText({ issue }: { issue: ProjectFileIssue }) {
  const { t } = useTranslation(projectsNamespaces);
  if (issue.flow === undefined) return <>{t('projects:import.issueFile', { path: issue.path, message: issue.message })}</>;
  return (
    <>
      {issue.flow.label === null
        ? t('projects:import.issueFlowNoLabel', { number: issue.flow.index + 1, path: issue.path, message: issue.message })
        : t('projects:import.issueFlow', { number: issue.flow.index + 1, label: issue.flow.label, path: issue.path, message: issue.message })}
    </>
  );
}

/** Why a project file was refused; nothing was imported. Labels and messages are shown as text, never as markup. */
export function ProjectFileProblem({ problem }: { problem: Problem }) {
  const { t } = useTranslation(projectsNamespaces);
  const body = (() => {
    switch (problem.kind) {
      case 'too_large':
        return <p>{t('projects:import.tooLarge', { max: Math.round(MAX_FILE_BYTES / 1000) })}</p>;
      case 'not_json':
        return <p>{t('projects:import.notJson')}</p>;
      case 'not_a_project':
        return <p>{t('projects:import.notProject')}</p>;
      case 'unreadable':
        return <p>{t('projects:import.unreadable')}</p>;
      case 'invalid':
        return (
          <>
            <p>{t('projects:import.invalid')}</p>
            <ul>
              {problem.issues.slice(0, MAX_SHOWN).map((issue, i) => (
                <li key={i}>
                  <IssueText issue={issue} />
                </li>
              ))}
            </ul>
            {problem.issues.length > MAX_SHOWN ? <p>{t('projects:import.more', { count: problem.issues.length - MAX_SHOWN })}</p> : null}
          </>
        );
    }
  })();
  return (
    <div className="notice notice--warning" role="alert">
      <h3>{t('projects:import.problemHeading')}</h3>
      {body}
      <p>{t('projects:import.nothingImported')}</p>
    </div>
  );
}
