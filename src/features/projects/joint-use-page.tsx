import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod/mini';

import '../../styles/projects.css';
import { PageHeading } from '../../components/ui/page-heading';
import { downloadText, safeFileName } from '../../lib/export/download';
import { renderMarkdown } from '../../lib/export/markdown';
import { usePageTitle } from '../../routing/use-page-title';
import { buildJointUsePublication } from '../drafts/build-joint-use';
import { DraftLanguage } from '../drafts/schema';
import { useInstitutionProfile } from '../profile/use-institution-profile';
import { DocView } from '../report/doc-view';
import { evaluateFlows, partyKey, projectJointUse, sideOf } from './overview';
import type { EvaluatedFlow } from './overview';
import { flowName, partyName } from './names';
import { projectsNamespaces } from './namespaces';
import { projectPath, projectsPath } from './paths';
import { useProject } from './use-project';

/**
 * `#/projects/<id>/joint-use`: one joint-use publication for the whole project (Art. 27(5)(iii) as read by
 * Art. 41(6)). The per-flow builder writes it, told every other joint user, so each provider publishes the same list.
 * Each provider publishes it itself, so the page lets the person choose whose copy to write.
 */
export function JointUsePage() {
  const { projectId } = useParams();
  const project = useProject(projectId);
  const { t, i18n } = useTranslation([...projectsNamespaces, 'drafts']);
  const flows = useMemo(
    () => evaluateFlows(project?.flows.map((flow) => ({ label: flow.label, answers: flow.assessment.answers, ticks: flow.assessment.ticks })) ?? []),
    [project],
  );
  const jointUse = useMemo(() => projectJointUse(flows), [flows]);
  const publishers = useMemo(() => {
    const seen = new Map<string, EvaluatedFlow>();
    for (const flow of jointUse.flows) {
      const key = partyKey(sideOf(flow, 'provider'));
      if (!seen.has(key)) seen.set(key, flow);
    }
    return [...seen.entries()].map(([key, flow]) => ({ key, flow }));
  }, [jointUse]);
  const [publisherKey, setPublisherKey] = useState<string | null>(null);
  const selectId = useId();
  const institutionName = useInstitutionProfile()?.name;
  const language = z.catch(DraftLanguage, 'ja').parse(i18n.resolvedLanguage);

  const publisher = publishers.find((entry) => entry.key === publisherKey) ?? publishers[0];
  const doc = useMemo(() => {
    if (publisher === undefined || publisher.flow.result === null) return null;
    const self = sideOf(publisher.flow, 'provider');
    const others = jointUse.users.filter((user) => partyKey(user) !== partyKey(self)).map((user) => partyName(t, user, flows));
    const name = self.kind === 'named' ? self.name : institutionName;
    return buildJointUsePublication(publisher.flow.answers, publisher.flow.result, i18n.getFixedT(language, 'drafts'), {
      institutionName: name,
      otherJointUsers: others,
    });
  }, [publisher, jointUse, flows, t, i18n, language, institutionName]);

  const heading = t('projects:jointUsePage.title');
  usePageTitle(doc?.title ?? heading);
  if (project === undefined || doc === null || publisher === undefined) {
    return (
      <article className="prose">
        <PageHeading>{heading}</PageHeading>
        <p>{project === undefined ? t('projects:overview.notFoundBody') : t('projects:jointUse.none')}</p>
        <p>
          <Link to={project === undefined ? projectsPath : projectPath(project.id)}>
            {project === undefined ? t('projects:overview.listLink') : t('projects:jointUsePage.back')}
          </Link>
        </p>
      </article>
    );
  }

  const download = () => {
    downloadText(safeFileName(project.name, t('projects:jointUsePage.fileName'), 'md'), 'text/markdown', renderMarkdown(doc));
  };

  return (
    <article className="project-joint-use">
      <DocView doc={doc} tickLabels={{ done: t('projects:jointUsePage.done'), notDone: t('projects:jointUsePage.notDone') }}>
        <div className="prose">
          <p>
            <Link to={projectPath(project.id)}>{t('projects:jointUsePage.back')}</Link>
          </p>
          <p>{t('projects:jointUsePage.lead', { count: jointUse.users.length })}</p>
          <p>
            {t('projects:jointUsePage.flows', {
              flows: jointUse.flows.map((flow) => flowName(t, flow)).join(t('projects:listSeparator')),
            })}
          </p>
          {publishers.length > 1 ? (
            <div className="form-group">
              <label className="label" htmlFor={selectId}>
                {t('projects:jointUsePage.publisher')}
              </label>
              <select
                id={selectId}
                className="input"
                value={publisher.key}
                onChange={(event) => {
                  setPublisherKey(event.target.value);
                }}
              >
                {publishers.map((entry) => (
                  <option key={entry.key} value={entry.key}>
                    {partyName(t, sideOf(entry.flow, 'provider'), flows)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="button" className="button button--secondary" onClick={download}>
            {t('projects:jointUsePage.download')}
          </button>
        </div>
      </DocView>
    </article>
  );
}

export default JointUsePage;
