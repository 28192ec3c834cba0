import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import checklist from '../../locales/ja/checklist.json';
import outcomes from '../../locales/ja/outcomes.json';
import ja from '../../locales/ja/projects.json';
import { routes } from '../../src/app/routes';
import { AssessmentsStoreProvider } from '../../src/features/assessments/store-context';
import { createProjectsStore } from '../../src/features/projects/store';
import type { ProjectsStore } from '../../src/features/projects/store';
import { ProjectsStoreProvider } from '../../src/features/projects/store-context';
import { recordOf } from '../../src/features/history/records';
import { createHistoryStore } from '../../src/features/history/store';
import type { HistoryStore } from '../../src/features/history/store';
import { HistoryStoreProvider } from '../../src/features/history/store-context';
import { findProject } from '../../src/features/projects/projects';
import i18n from '../../src/i18n';
import type { AssessmentInput } from '../../src/rules';
import { makeStore, memoryStorage } from '../app/harness';
import { centralCase } from '../rules/fixtures';
import { textFile } from './report-harness';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

const pseudonymized = (overrides: AssessmentInput): AssessmentInput => {
  const { consent: _c, publicHealthNeed: _p, ...rest } = centralCase;
  return { ...rest, dataState: 'pseudonymized', ...overrides };
};

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

/** Two flows into one company, already answered, and a third just added (only its shared answers given). */
function seeded() {
  const { storage } = memoryStorage();
  const assessments = makeStore(storage);
  const projects: ProjectsStore = createProjectsStore({ storage, now: () => '2026-01-01T00:00:00.000Z', newId: () => 'p1', assessments });
  const file = {
    kind: 'project' as const,
    name: '胸部CT',
    flows: [
      { label: 'A大学病院 → B社', input: pseudonymized({ providerType: 'academic_medical' }) },
      { label: 'C病院 → B社', input: pseudonymized({ providerType: 'non_academic_medical' }) },
    ],
  };
  projects.getState().projectImported(file, [[], []]);
  projects.getState().flowAdded('p1', 'E病院 → B社');
  return { assessments, projects };
}

function routeTo(path: string, stores: ReturnType<typeof seeded>, history: HistoryStore = createHistoryStore({ storage: memoryStorage().storage })) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AssessmentsStoreProvider store={stores.assessments}>
      <ProjectsStoreProvider store={stores.projects}>
        <HistoryStoreProvider store={history}>
          <RouterProvider router={router} />
        </HistoryStoreProvider>
      </ProjectsStoreProvider>
    </AssessmentsStoreProvider>,
  );
  return router;
}

describe('project overview', () => {
  it('shows flows × stages as a table, the unfinished flow first', async () => {
    routeTo('/projects/p1', seeded());
    const table = await screen.findByRole('table', { name: ja.matrix.caption }, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      fill(ja.matrix.continue, { flow: 'E病院 → B社' }),
      'A大学病院 → B社',
      'C病院 → B社',
    ]);
    expect(rows[0]).toHaveTextContent(ja.status.incomplete);
    const development = within(rows[1] ?? table).getAllByRole('cell')[3];
    expect(development).toHaveTextContent(outcomes.basis.pseudonymized_joint_use.name);
    expect(development).toHaveTextContent(ja.matrix.current);
  });

  it('ticks a combined item in every flow that needs it', async () => {
    const stores = seeded();
    routeTo('/projects/p1', stores);
    const company = await screen.findByRole('region', { name: 'B社' }, { timeout: 10_000 });
    const box = within(company).getByRole('checkbox', { name: checklist.item.no_reidentification_no_contact.title });
    expect(within(company).getAllByText(fill(ja.checklist.neededBy, { flows: `A大学病院 → B社${ja.listSeparator}C病院 → B社` })).length).toBeGreaterThan(0);
    await userEvent.setup().click(box);
    await waitFor(() => {
      expect(box).toBeChecked();
    });
    const ticked = stores.assessments.getState().assessments.filter((a) => a.ticks.includes('no_reidentification_no_contact'));
    expect(ticked.map((a) => a.name)).toEqual(['胸部CT: A大学病院 → B社', '胸部CT: C病院 → B社']);
  });

  it('asks for both names before adding a flow, then opens the first question after the shared ones', async () => {
    const stores = seeded();
    const memoryRouter = routeTo('/projects/p1', stores);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: ja.add.button }, { timeout: 10_000 }));
    expect(await screen.findByRole('alert')).toHaveTextContent(ja.add.error);
    await user.type(screen.getByLabelText(ja.add.provider), 'F病院');
    await user.type(screen.getByLabelText(ja.add.recipient), 'B社');
    await user.click(screen.getByRole('button', { name: ja.add.button }));
    await waitFor(() => {
      expect(memoryRouter.state.location.pathname).toBe('/q/providerType');
    });
    expect(stores.projects.getState().projects[0]?.flows.at(-1)?.label).toBe('F病院 → B社');
  });
});

describe('project file import', () => {
  it('names the bad flow and adds nothing', async () => {
    const stores = seeded();
    routeTo('/projects', stores);
    const before = stores.assessments.getState().assessments.length;
    const text = JSON.stringify({ kind: 'project', name: 'X', flows: [{ label: 'ok → ok', input: {} }, { label: 'G病院 → B社', input: { stage: 'launch' } }] });
    await userEvent.setup().upload(await screen.findByLabelText(ja.import.fileLabel, undefined, { timeout: 10_000 }), textFile(text, 'p.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2番目のデータの流れ「G病院 → B社」（input.stage）');
    expect(alert).toHaveTextContent(ja.import.nothingImported);
    expect(stores.assessments.getState().assessments).toHaveLength(before);
  });
});

describe('managing a project', { timeout: 30_000 }, () => {
  const m = ja.manage;
  const flowsOf = (stores: ReturnType<typeof seeded>, id = 'p1') => stores.projects.getState().projects.find((p) => p.id === id)?.flows.map((flow) => flow.label);
  const manage = async () => screen.findByRole('region', { name: m.heading }, { timeout: 10_000 });

  it('renames the project, and renames a flow with focus going into the field and back to its button', async () => {
    const stores = seeded();
    routeTo('/projects/p1', stores);
    const user = userEvent.setup();
    const section = await manage();
    const name = within(section).getByRole('textbox', { name: m.nameLabel });
    expect(name).toHaveValue('胸部CT');
    await user.clear(name);
    await user.type(name, '胸部CT多施設');
    await user.click(within(section).getByRole('button', { name: m.rename }));
    expect(within(section).getByRole('status')).toHaveTextContent(m.renamed);
    expect(stores.projects.getState().projects[0]?.name).toBe('胸部CT多施設');
    expect(await screen.findByRole('heading', { level: 1, name: '胸部CT多施設' })).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: fill(m.relabelLabel, { flow: 'C病院 → B社' }) }));
    const label = within(section).getByRole('textbox', { name: fill(m.labelLabel, { flow: 'C病院 → B社' }) });
    expect(label).toHaveFocus();
    await user.clear(label);
    await user.type(label, 'C病院 → D社{Enter}');
    expect(flowsOf(stores)).toEqual(['A大学病院 → B社', 'C病院 → D社', 'E病院 → B社']);
    expect(within(section).getByRole('status')).toHaveTextContent(fill(m.relabelled, { label: 'C病院 → D社' }));
    await waitFor(() => {
      expect(within(section).getByRole('button', { name: fill(m.relabelLabel, { flow: 'C病院 → D社' }) })).toHaveFocus();
    });
    // Closing without saving changes nothing.
    await user.click(within(section).getByRole('button', { name: fill(m.relabelLabel, { flow: 'A大学病院 → B社' }) }));
    await user.type(within(section).getByRole('textbox', { name: fill(m.labelLabel, { flow: 'A大学病院 → B社' }) }), 'X');
    await user.click(within(section).getByRole('button', { name: m.labelCancel }));
    expect(flowsOf(stores)?.[0]).toBe('A大学病院 → B社');
  });

  it('takes a flow out only after a confirm (cancel keeps it and returns focus), and its assessment stays', async () => {
    const stores = seeded();
    routeTo('/projects/p1', stores);
    const user = userEvent.setup();
    const section = await manage();
    const remove = within(section).getByRole('button', { name: fill(m.removeLabel, { flow: 'A大学病院 → B社' }) });
    await user.click(remove);
    expect(screen.getByText(fill(m.removeQuestion, { flow: 'A大学病院 → B社' }))).toHaveFocus();
    await user.click(within(section).getByRole('button', { name: m.cancel }));
    expect(flowsOf(stores)).toHaveLength(3);
    expect(within(section).getByRole('button', { name: fill(m.removeLabel, { flow: 'A大学病院 → B社' }) })).toHaveFocus();

    await user.click(within(section).getByRole('button', { name: fill(m.removeLabel, { flow: 'A大学病院 → B社' }) }));
    await user.click(within(section).getByRole('button', { name: m.removeConfirm }));
    expect(flowsOf(stores)).toEqual(['C病院 → B社', 'E病院 → B社']);
    expect(within(section).getByRole('status')).toHaveTextContent(fill(m.removed, { flow: 'A大学病院 → B社' }));
    expect(within(section).getByRole('heading', { level: 2, name: m.heading })).toHaveFocus();
    const removed = stores.assessments.getState().assessments.find((a) => a.name === '胸部CT: A大学病院 → B社');
    expect(removed?.answers.providerType).toBe('academic_medical');
    // It is a single assessment now, outside every project, reachable from the message.
    const link = within(section).getByRole('link', { name: m.removedLink });
    expect(link).toHaveAttribute('href', `/projects/${removed?.id ?? ''}`);
    expect(findProject(stores.projects.getState().projects, stores.assessments.getState().assessments, removed?.id ?? '')?.stored).toBe(false);
  });

  it('detaches a flow into a project of its own after a confirm', async () => {
    const stores = seeded();
    const router = routeTo('/projects/p1', stores);
    const user = userEvent.setup();
    const section = await manage();
    await user.click(within(section).getByRole('button', { name: fill(m.detachLabel, { flow: 'C病院 → B社' }) }));
    expect(screen.getByText(fill(m.detachQuestion, { flow: 'C病院 → B社' }))).toHaveFocus();
    await user.click(within(section).getByRole('button', { name: m.detachConfirm }));
    expect(flowsOf(stores)).toEqual(['A大学病院 → B社', 'E病院 → B社']);
    const detached = stores.projects.getState().projects[1];
    expect(detached).toMatchObject({ name: '胸部CT: C病院 → B社', flows: [{ label: 'C病院 → B社' }] });
    await user.click(within(section).getByRole('link', { name: m.detachedLink }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/projects/${detached?.id ?? ''}`);
    });
    expect(await screen.findByRole('heading', { level: 1, name: '胸部CT: C病院 → B社' })).toBeInTheDocument();
    expect(within(await manage()).getByRole('textbox', { name: m.nameLabel })).toHaveValue('胸部CT: C病院 → B社');
  });

  it('dissolves the project after a confirm that counts its flows and stage records; the flows stay on the list', async () => {
    const stores = seeded();
    const history = createHistoryStore({ storage: memoryStorage().storage });
    const view = findProject(stores.projects.getState().projects, stores.assessments.getState().assessments, 'p1');
    if (view === undefined) throw new Error('seeded project missing');
    history.getState().recordAdded(recordOf(view, 'r1', '2026-01-02T00:00:00.000Z', ''));
    history.getState().recordAdded({ ...recordOf(view, 'r2', '2026-01-02T00:00:00.000Z', ''), projectId: 'other' });
    const router = routeTo('/projects/p1', stores, history);
    const user = userEvent.setup();
    const section = await manage();
    await user.click(within(section).getByRole('button', { name: m.dissolve }));
    expect(screen.getByText(fill(m.dissolveQuestionWithRecords, { name: '胸部CT', count: 3, records: 1 }))).toHaveFocus();
    await user.click(within(section).getByRole('button', { name: m.dissolveConfirm }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/projects');
    });
    expect(await screen.findByText(fill(ja.list.dissolved, { name: '胸部CT', count: 3 }))).toBeInTheDocument();
    expect(stores.projects.getState().projects).toEqual([]);
    expect(stores.assessments.getState().assessments).toHaveLength(3);
    expect(history.getState().records.map((record) => record.id)).toEqual(['r2']);
    for (const name of ['胸部CT: A大学病院 → B社', '胸部CT: C病院 → B社', '胸部CT: E病院 → B社']) expect(screen.getByRole('link', { name })).toBeInTheDocument();
  });
});
