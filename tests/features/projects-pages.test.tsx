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

function routeTo(path: string, stores: ReturnType<typeof seeded>) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AssessmentsStoreProvider store={stores.assessments}>
      <ProjectsStoreProvider store={stores.projects}>
        <RouterProvider router={router} />
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
