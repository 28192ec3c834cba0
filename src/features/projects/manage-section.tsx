import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ConfirmButton } from '../../components/ui/confirm-button';
import { TextField } from '../../components/ui/fields';
import { projectNameMaxLength } from '../assessments/schema';
import { useHistoryApi, useHistoryState } from '../history/store-context';
import { withUserText } from '../report/user-text';
import type { DissolvedNotice } from './dissolved-notice';
import { flowName } from './names';
import { projectsNamespaces } from './namespaces';
import { projectPath, projectsPath } from './paths';
import type { ProjectFlowView, ProjectView } from './projects';
import { flowLabelMaxLength } from './schema';
import { useProjectsApi } from './store-context';

/** What the last step did, said in the section's status line (with a link where something moved elsewhere). */
type Done =
  | { readonly kind: 'renamed' }
  | { readonly kind: 'relabelled'; readonly label: string }
  /** A flow left the project: made a project of its own, or taken out; `to` is the id it is now found under. */
  | { readonly kind: 'moved'; readonly how: 'detached' | 'removed'; readonly flow: string; readonly to: string };

/**
 * Renaming the project and its flows, taking a flow out (on its own as a new project, or back to a single
 * assessment) and dissolving the project. Each step that takes something out asks first, and every step says what
 * it did: the answers and ticks of a flow live in its saved assessment, which none of these steps deletes.
 */
export function ManageSection({ project }: { project: ProjectView }) {
  const { t } = useTranslation(projectsNamespaces);
  const [done, setDone] = useState<Done | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finished = (what: Done) => {
    setDone(what);
    // The button that was pressed may be gone with its flow: focus stays in this section, on its heading.
    headingRef.current?.focus();
  };
  return (
    <section aria-labelledby="project-manage" className="project-manage">
      <h2 id="project-manage" tabIndex={-1} ref={headingRef}>
        {t('projects:manage.heading')}
      </h2>
      <p>{t('projects:manage.lead')}</p>
      <div role="status">{done === null ? null : <DoneText done={done} />}</div>
      <RenameForm
        project={project}
        onDone={() => {
          setDone({ kind: 'renamed' });
        }}
      />
      {project.stored && project.flows.length > 0 ? (
        <>
          <h3>{t('projects:manage.flowsHeading')}</h3>
          <ul className="project-manage__flows">
            {project.flows.map((flow, index) => (
              <FlowItem
                key={flow.assessment.id}
                project={project}
                flow={flow}
                index={index}
                onMoved={finished}
                onRelabelled={(label) => {
                  setDone({ kind: 'relabelled', label });
                }}
              />
            ))}
          </ul>
        </>
      ) : null}
      {project.stored ? <DissolveArea project={project} /> : null}
    </section>
  );
}

function DoneText({ done }: { done: Done }) {
  const { t } = useTranslation(projectsNamespaces);
  switch (done.kind) {
    case 'renamed':
      return <p>{t('projects:manage.renamed')}</p>;
    case 'relabelled':
      return <p>{withUserText((slots) => t('projects:manage.relabelled', slots), { label: done.label })}</p>;
    case 'moved':
      return (
        <p>
          {withUserText((slots) => t(`projects:manage.${done.how}`, slots), { flow: done.flow })}{' '}
          <Link to={projectPath(done.to)}>{t(`projects:manage.${done.how}Link`)}</Link>
        </p>
      );
  }
}

function RenameForm({ project, onDone }: { project: ProjectView; onDone: () => void }) {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  const [name, setName] = useState(project.name);
  const rename = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    store.getState().projectRenamed(project.id, name.trim());
    onDone();
  };
  return (
    <form noValidate onSubmit={rename} className="project-manage__form">
      <TextField
        label={t('projects:manage.nameLabel')}
        hint={t('projects:manage.nameHint', { max: projectNameMaxLength })}
        maxLength={projectNameMaxLength}
        value={name}
        onChange={setName}
      />
      <button className="button button--secondary" type="submit">
        {t('projects:manage.rename')}
      </button>
    </form>
  );
}

interface FlowItemProps {
  readonly project: ProjectView;
  readonly flow: ProjectFlowView;
  readonly index: number;
  /** The flow left the project (its item goes with it). */
  readonly onMoved: (done: Done) => void;
  readonly onRelabelled: (label: string) => void;
}

function FlowItem({ project, flow, index, onMoved, onRelabelled }: FlowItemProps) {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  const name = flowName(t, { label: flow.label, index });
  const id = flow.assessment.id;
  const named = (key: 'relabelLabel' | 'detachLabel' | 'detachQuestion' | 'removeLabel' | 'removeQuestion') =>
    withUserText((slots) => t(`projects:manage.${key}`, slots), { flow: name });
  return (
    <li className="project-manage__flow">
      <p className="project-manage__flow-name user-text">{name}</p>
      <RelabelForm project={project} flow={flow} name={name} onDone={onRelabelled} />
      <div className="button-group">
        <ConfirmButton
          label={t('projects:manage.detach')}
          accessibleLabel={named('detachLabel')}
          question={named('detachQuestion')}
          confirmLabel={t('projects:manage.detachConfirm')}
          cancelLabel={t('projects:manage.cancel')}
          onConfirm={() => {
            const projectId = store.getState().flowDetached(project.id, id);
            if (projectId !== null) onMoved({ kind: 'moved', how: 'detached', flow: name, to: projectId });
          }}
        />
        <ConfirmButton
          look="warning"
          label={t('projects:manage.remove')}
          accessibleLabel={named('removeLabel')}
          question={named('removeQuestion')}
          confirmLabel={t('projects:manage.removeConfirm')}
          cancelLabel={t('projects:manage.cancel')}
          onConfirm={() => {
            onMoved({ kind: 'moved', how: 'removed', flow: name, to: store.getState().flowRemoved(project.id, id) });
          }}
        />
      </div>
    </li>
  );
}

/** A button that opens a small form for the flow's new name; closing it (either way) brings focus back to the button. */
function RelabelForm({ project, flow, name, onDone }: { project: ProjectView; flow: ProjectFlowView; name: string; onDone: (label: string) => void }) {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  // `closed` differs from `idle` only in that the button, back from the form, takes focus.
  const [state, setState] = useState<{ readonly kind: 'idle' | 'closed' } | { readonly kind: 'editing'; readonly label: string }>({ kind: 'idle' });
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.kind === 'closed') openRef.current?.focus();
  }, [state.kind]);
  if (state.kind !== 'editing') {
    return (
      <button
        type="button"
        ref={openRef}
        className="button button--secondary"
        aria-label={withUserText((slots) => t('projects:manage.relabelLabel', slots), { flow: name })}
        onClick={() => {
          setState({ kind: 'editing', label: flow.label });
        }}
      >
        {t('projects:manage.relabel')}
      </button>
    );
  }
  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const label = state.label.trim();
    store.getState().flowRelabelled(project.id, flow.assessment.id, label);
    setState({ kind: 'closed' });
    onDone(label);
  };
  return (
    <form noValidate onSubmit={save} className="project-manage__form">
      <TextField
        label={withUserText((slots) => t('projects:manage.labelLabel', slots), { flow: name })}
        hint={t('projects:manage.labelHint', { max: flowLabelMaxLength })}
        maxLength={flowLabelMaxLength}
        value={state.label}
        onChange={(label) => {
          setState({ kind: 'editing', label });
        }}
        focusOnMount
      />
      <div className="button-group">
        <button className="button" type="submit">
          {t('projects:manage.labelSave')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setState({ kind: 'closed' });
          }}
        >
          {t('projects:manage.labelCancel')}
        </button>
      </div>
    </form>
  );
}

function DissolveArea({ project }: { project: ProjectView }) {
  const { t } = useTranslation(projectsNamespaces);
  const store = useProjectsApi();
  const history = useHistoryApi();
  const navigate = useNavigate();
  const records = useHistoryState((state) => state.records.filter((record) => record.projectId === project.id).length);
  const displayed = project.name.trim() === '' ? t('projects:unnamed') : project.name;
  const count = project.flows.length;
  const question =
    records === 0
      ? withUserText((slots) => t('projects:manage.dissolveQuestion', { ...slots, count }), { name: displayed })
      : withUserText((slots) => t('projects:manage.dissolveQuestionWithRecords', { ...slots, count, records }), { name: displayed });
  return (
    <>
      <h3>{t('projects:manage.dissolveHeading')}</h3>
      <p>{t('projects:manage.dissolveLead')}</p>
      <ConfirmButton
        look="warning"
        label={t('projects:manage.dissolve')}
        question={question}
        confirmLabel={t('projects:manage.dissolveConfirm')}
        cancelLabel={t('projects:manage.cancel')}
        onConfirm={() => {
          store.getState().projectDissolved(project.id);
          if (records > 0) history.getState().projectRecordsDeleted(project.id);
          const state: DissolvedNotice = { dissolved: { name: displayed, count } };
          void navigate(projectsPath, { state });
        }}
      />
    </>
  );
}
