import { type SubmitEvent, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import '../../styles/projects.css';
import { DataTable, ScrollRegion } from '../../components/ui/data-table';
import { TextField } from '../../components/ui/fields';
import { PageHeading } from '../../components/ui/page-heading';
import { basisNameKey, checklistTitleKey, stageKey } from '../../i18n/keys';
import { downloadText, safeFileName } from '../../lib/export/download';
import { paths, questionPath } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { nextQuestion, stageNameCertainty, stages } from '../../rules';
import type { ChecklistId } from '../../rules';
import { useAssessmentsApi } from '../assessments/store-context';
import { serializeProjectFile } from './file';
import { projectFileOf } from './file-of-project';
import { flowLabelMaxLength } from './schema';
import { combinedChecklist, evaluateFlows, flowLabel, projectJointUse, projectParties, stageMatrix } from './overview';
import type { CombinedGroup, EvaluatedFlow, MatrixRow } from './overview';
import { ManageSection } from './manage-section';
import { flowName, partyName } from './names';
import { projectsNamespaces } from './namespaces';
import { projectJointUsePath, projectsPath } from './paths';
import type { ProjectView } from './projects';
import { sharedDifferences } from './shared';
import { ProjectsStorageNotices } from './storage-notices';
import { useProjectsApi } from './store-context';
import { useProject } from './use-project';
import { historyPath } from '../history/paths';

/** `#/projects/<id>`: the whole project at once: flows × stages, parties, combined checklist, joint use, export. */
export function OverviewPage() {
  const { projectId } = useParams();
  const project = useProject(projectId);
  const { t } = useTranslation(projectsNamespaces);
  const title = project === undefined ? t('projects:overview.notFoundTitle') : displayName(project.name, t('projects:unnamed'));
  usePageTitle(title);
  if (project === undefined) {
    return (
      <article className="prose">
        <PageHeading>{title}</PageHeading>
        <p>{t('projects:overview.notFoundBody')}</p>
        <p>
          <Link to={projectsPath}>{t('projects:overview.listLink')}</Link>
        </p>
      </article>
    );
  }
  // Keyed by the project: following a link to another project (one just made from a flow) starts its forms afresh.
  return <Overview key={project.id} project={project} title={title} />;
}

export default OverviewPage;

const displayName = (name: string, fallback: string) => (name.trim() === '' ? fallback : name);

function Overview({ project, title }: { project: ProjectView; title: string }) {
  const { t } = useTranslation(projectsNamespaces);
  const flows = useMemo(
    () => evaluateFlows(project.flows.map((flow) => ({ label: flow.label, answers: flow.assessment.answers, ticks: flow.assessment.ticks }))),
    [project.flows],
  );
  const ids = project.flows.map((flow) => flow.assessment.id);
  const differences = useMemo(() => sharedDifferences(flows.map((flow) => flow.answers)), [flows]);
  // The matrix paints first; the long sections below follow in a deferred render React can interrupt (as on the
  // result page), so opening a large project never blocks the page in one long task.
  const showDetails = useDeferredValue(true, false);

  return (
    <article className="project-overview">
      <PageHeading>{title}</PageHeading>
      <ProjectsStorageNotices />
      <p className="project-overview__back">
        <Link to={projectsPath}>{t('projects:overview.listLink')}</Link>
      </p>
      <p className="lead">{t('projects:overview.lead', { count: flows.length })}</p>
      <p>
        <Link to={historyPath(project.id)}>{t('projects:overview.historyLink')}</Link>
      </p>
      {differences.length > 0 ? (
        <div className="notice notice--warning">
          <p>{t('projects:overview.differences')}</p>
          <ul>
            {differences.map((id) => (
              <li key={id}>{t(`questions:${id}.title`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <MatrixSection flows={flows} ids={ids} />
      <AddFlowForm project={project} />
      {showDetails ? (
        <>
          <PartiesSection flows={flows} />
          <ChecklistSection flows={flows} ids={ids} />
          <JointUseSection project={project} flows={flows} />
          <ExportSection project={project} />
          <ManageSection project={project} />
        </>
      ) : null}
    </article>
  );
}

function StatusText({ row }: { row: MatrixRow }) {
  const { t } = useTranslation(projectsNamespaces);
  return <span className={`flow-status flow-status--${row.status}`}>{t(`projects:status.${row.status}`)}</span>;
}

function FlowLink({ flow, id }: { flow: EvaluatedFlow; id: string }) {
  const { t } = useTranslation(projectsNamespaces);
  const store = useAssessmentsApi();
  const next = nextQuestion(flow.answers);
  const name = flowName(t, flow);
  return (
    <Link
      to={next === null ? paths.result : questionPath(next)}
      onClick={() => {
        store.getState().assessmentOpened(id);
      }}
    >
      {next === null ? t('projects:matrix.openResult', { flow: name }) : t('projects:matrix.continue', { flow: name })}
    </Link>
  );
}

function MatrixSection({ flows, ids }: { flows: readonly EvaluatedFlow[]; ids: readonly string[] }) {
  const { t } = useTranslation(projectsNamespaces);
  const rows = useMemo(() => stageMatrix(flows), [flows]);
  return (
    <section aria-labelledby="project-matrix">
      <h2 id="project-matrix">{t('projects:matrix.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('projects:matrix.empty')}</p>
      ) : (
        <>
          <p>{t('projects:matrix.lead')}</p>
          <p className="hint table-scroll-hint">{t('projects:matrix.scrollHint')}</p>
          <ScrollRegion labelledBy="project-matrix" wide>
            <DataTable
              className="project-table project-matrix"
              caption={t('projects:matrix.caption')}
              columns={[
                t('projects:matrix.flow'),
                t('projects:matrix.status'),
                ...stages.map((stage) =>
                  stageNameCertainty[stage] === 'reconstructed'
                    ? t('result:timeline.stageWithMark', { stage: t(stageKey(stage)), mark: t('result:timeline.mark') })
                    : t(stageKey(stage)),
                ),
              ]}
            >
                {rows.map((row) => (
                  <tr key={row.flow.index}>
                    <th scope="row">
                      <FlowLink flow={row.flow} id={ids[row.flow.index] ?? ''} />
                    </th>
                    <td>
                      <StatusText row={row} />
                    </td>
                    {row.cells === null ? (
                      <td colSpan={stages.length}>{t('projects:matrix.incomplete')}</td>
                    ) : (
                      row.cells.map((cell) => (
                        <td key={cell.stage} className={cell.current ? 'project-matrix__current' : undefined}>
                          {cell.basis === null ? t('projects:matrix.none') : t(basisNameKey(cell.basis))}
                          {cell.current ? <span className="project-matrix__mark">{t('projects:matrix.current')}</span> : null}
                        </td>
                      ))
                    )}
                  </tr>
                ))}
            </DataTable>
          </ScrollRegion>
          <p className="hint">{t('projects:matrix.legend', { mark: t('result:timeline.mark') })}</p>
        </>
      )}
    </section>
  );
}

function AddFlowForm({ project }: { project: ProjectView }) {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  const assessments = useAssessmentsApi();
  const navigate = useNavigate();
  const [provider, setProvider] = useState('');
  const [recipient, setRecipient] = useState('');
  const [error, setError] = useState(false);
  const errorId = useId();
  // The label holds both names and the arrow: each name gets a fair share of its length.
  const max = Math.floor((flowLabelMaxLength - 3) / 2);

  const add = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (provider.trim() === '' || recipient.trim() === '') {
      setError(true);
      return;
    }
    const id = store.getState().flowAdded(project.id, flowLabel(provider, recipient));
    if (id === null) return;
    const current = assessments.getState().assessments.find((a) => a.id === id);
    const next = nextQuestion(current?.answers ?? {});
    void navigate(next === null ? paths.result : questionPath(next));
  };

  return (
    <section aria-labelledby="project-add">
      <h2 id="project-add">{t('projects:add.heading')}</h2>
      <p>{project.flows.length === 0 ? t('projects:add.leadFirst') : t('projects:add.lead')}</p>
      <form noValidate onSubmit={add} className="project-add">
        {error ? (
          <p className="error-message" id={errorId} role="alert">
            {t('projects:add.error')}
          </p>
        ) : null}
        <TextField
          label={t('projects:add.provider')}
          maxLength={max}
          invalid={error && provider.trim() === ''}
          errorId={error ? errorId : undefined}
          value={provider}
          onChange={setProvider}
        />
        <TextField
          label={t('projects:add.recipient')}
          maxLength={max}
          invalid={error && recipient.trim() === ''}
          errorId={error ? errorId : undefined}
          value={recipient}
          onChange={setRecipient}
        />
        <button className="button" type="submit">
          {t('projects:add.button')}
        </button>
      </form>
    </section>
  );
}

function PartiesSection({ flows }: { flows: readonly EvaluatedFlow[] }) {
  const { t } = useTranslation(projectsNamespaces);
  const parties = useMemo(() => projectParties(flows), [flows]);
  if (parties.length === 0) return null;
  return (
    <section aria-labelledby="project-parties">
      <h2 id="project-parties">{t('projects:parties.heading')}</h2>
      <ScrollRegion labelledBy="project-parties">
        <DataTable
          className="project-table"
          caption={t('projects:parties.caption')}
          columns={[t('projects:parties.name'), t('projects:parties.role'), t('projects:parties.type'), t('projects:parties.sector'), t('projects:parties.flows')]}
        >
            {parties.map((party) => (
              <tr key={party.key}>
                <th scope="row">{partyName(t, party.ref, flows)}</th>
                <td>{party.roles.map((role) => t(`projects:parties.roles.${role}`)).join(t('projects:listSeparator'))}</td>
                <td>
                  {party.types.length === 0 ? t('projects:parties.unanswered') : party.types.map((type) => t(`questions:recipientType.options.${type}`)).join(t('projects:listSeparator'))}
                  {party.types.length > 1 ? <p className="hint">{t('projects:parties.typeMismatch')}</p> : null}
                </td>
                <td>
                  {party.sectors.length === 0 ? t('projects:parties.noSector') : party.sectors.map((sector) => t(`projects:parties.sectors.${sector}`)).join(t('projects:listSeparator'))}
                </td>
                <td>{party.flows.map((index) => flowName(t, { label: flows[index]?.label ?? '', index })).join(t('projects:listSeparator'))}</td>
              </tr>
            ))}
        </DataTable>
      </ScrollRegion>
    </section>
  );
}

function ChecklistGroupView({ group, flows, ids }: { group: CombinedGroup; flows: readonly EvaluatedFlow[]; ids: readonly string[] }) {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  const headingId = useId();
  const toggle = (item: ChecklistId, flowIndices: readonly number[], ticked: boolean) => {
    store.getState().combinedTickSet(flowIndices.flatMap((i) => (ids[i] === undefined ? [] : [ids[i]])), item, ticked);
  };
  return (
    <section aria-labelledby={headingId} className="combined-group">
      <h3 id={headingId}>{partyName(t, group.party, flows)}</h3>
      {group.timings.map(({ timing, items }) => (
        <div key={timing}>
          <h4>{t(`result:timing.${timing}`)}</h4>
          <ul className="combined-list">
            {items.map((item) => {
              const inputId = `combined-${group.key}-${item.id}`;
              return (
                <li key={item.id}>
                  <input
                    type="checkbox"
                    id={inputId}
                    checked={item.ticked}
                    onChange={(event) => {
                      toggle(item.id, item.flows, event.target.checked);
                    }}
                  />
                  <label htmlFor={inputId}>{t(checklistTitleKey(item.id))}</label>
                  <p className="hint">
                    {t('projects:checklist.neededBy', {
                      flows: item.flows.map((index) => flowName(t, { label: flows[index]?.label ?? '', index })).join(t('projects:listSeparator')),
                    })}
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ChecklistSection({ flows, ids }: { flows: readonly EvaluatedFlow[]; ids: readonly string[] }) {
  const { t } = useTranslation(projectsNamespaces);
  const groups = useMemo(() => combinedChecklist(flows), [flows]);
  const total = groups.reduce((sum, group) => sum + group.timings.reduce((n, timing) => n + timing.items.length, 0), 0);
  const done = groups.reduce((sum, group) => sum + group.timings.reduce((n, timing) => n + timing.items.filter((item) => item.ticked).length, 0), 0);
  return (
    <section aria-labelledby="project-checklist">
      <h2 id="project-checklist">{t('projects:checklist.heading')}</h2>
      {groups.length === 0 ? (
        <p>{t('projects:checklist.empty')}</p>
      ) : (
        <>
          <p>{t('projects:checklist.lead')}</p>
          <p className="hint">{t('projects:checklist.progress', { done, total })}</p>
          {groups.map((group) => (
            <ChecklistGroupView key={group.key} group={group} flows={flows} ids={ids} />
          ))}
        </>
      )}
    </section>
  );
}

function JointUseSection({ project, flows }: { project: ProjectView; flows: readonly EvaluatedFlow[] }) {
  const { t } = useTranslation(projectsNamespaces);
  const jointUse = useMemo(() => projectJointUse(flows), [flows]);
  return (
    <section aria-labelledby="project-joint-use">
      <h2 id="project-joint-use">{t('projects:jointUse.heading')}</h2>
      {jointUse.flows.length === 0 ? (
        <p>{t('projects:jointUse.none')}</p>
      ) : (
        <>
          <p>{t('projects:jointUse.lead', { flows: jointUse.flows.length, users: jointUse.users.length })}</p>
          <p>
            <Link to={projectJointUsePath(project.id)}>{t('projects:jointUse.link')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function ExportSection({ project }: { project: ProjectView }) {
  const { t } = useTranslation(projectsNamespaces);
  const download = () => {
    const file = projectFileOf(project);
    downloadText(safeFileName(project.name, t('projects:export.fileName'), 'json'), 'application/json', serializeProjectFile(file));
  };
  return (
    <section aria-labelledby="project-export">
      <h2 id="project-export">{t('projects:export.heading')}</h2>
      <p>{t('projects:export.lead')}</p>
      <button type="button" className="button button--secondary" onClick={download} disabled={project.flows.length === 0}>
        {t('projects:export.button')}
      </button>
    </section>
  );
}

