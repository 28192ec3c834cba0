import { render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';

import ja from '../../locales/ja/history.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import jaQuestions from '../../locales/ja/questions.json';
import { routes } from '../../src/app/routes';
import type { SavedAssessment } from '../../src/features/assessments/schema';
import { createAssessmentsStore } from '../../src/features/assessments/store';
import { AssessmentsStoreProvider } from '../../src/features/assessments/store-context';
import { compareRecords, recordOf, stageAfter, stageOf } from '../../src/features/history/records';
import { HISTORY_STORAGE_KEY, loadHistory } from '../../src/features/history/schema';
import type { StageRecord } from '../../src/features/history/schema';
import { createHistoryStore } from '../../src/features/history/store';
import { HistoryStoreProvider } from '../../src/features/history/store-context';
import type { ProjectView } from '../../src/features/projects/projects';
import { createProjectsStore } from '../../src/features/projects/store';
import { ProjectsStoreProvider } from '../../src/features/projects/store-context';
import i18n from '../../src/i18n';
import { evaluate, rulesVersion, stages } from '../../src/rules';
import type { AssessmentInput, QuestionId } from '../../src/rules';
import { centralCase, withAnswers } from '../rules/fixtures';
import { memoryStorage } from '../app/harness';

const saved = (id: string, answers: AssessmentInput, ticks: SavedAssessment['ticks'] = []): SavedAssessment => ({
  id,
  name: id,
  answers,
  ticks,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const projectOf = (...flows: [label: string, assessment: SavedAssessment][]): ProjectView => ({
  id: 'p1',
  name: '胸部CT',
  stored: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
  flows: flows.map(([label, assessment]) => ({ label, assessment })),
});

const at = (project: ProjectView, id: string): StageRecord => recordOf(project, id, '2026-02-01T00:00:00.000Z', '');

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('stage records', () => {
  it('record every flow with its answers, ticks, the result of the day and the rules version', () => {
    const partial: AssessmentInput = { dataOrigin: 'clinical_care' };
    const record = at(projectOf(['A病院 → B社', saved('a1', centralCase, ['joint_use_agreement'])], ['C病院 → B社', saved('a2', partial)]), 'r1');
    expect(record.rulesVersion).toBe(rulesVersion);
    expect(record.flows.map((flow) => flow.label)).toEqual(['A病院 → B社', 'C病院 → B社']);
    expect(record.flows[0]?.result).toEqual(evaluate(centralCase));
    expect(record.flows[0]?.ticks).toEqual(['joint_use_agreement']);
    expect(record.flows[1]?.result).toBeUndefined();
    expect(loadHistory(JSON.stringify({ schemaVersion: 1, records: [record] }))).toEqual({ ok: true, state: { schemaVersion: 1, records: [record] } });
    expect(loadHistory(JSON.stringify({ schemaVersion: 1, records: [{ ...record, flows: 'x' }] })).ok).toBe(false);
  });

  it('know the project stage only when every flow agrees, and the stage after each one', () => {
    expect(stageOf([{ answers: centralCase }, { answers: centralCase }])).toBe('development');
    expect(stageOf([{ answers: centralCase }, { answers: withAnswers({ stage: 'exploration' }) }])).toBeUndefined();
    expect(stageOf([{ answers: {} }])).toBeUndefined();
    expect(stages.map(stageAfter)).toEqual([...stages.slice(1), undefined]);
  });

  it('compare: nothing changed, then answers, result, ticks, flows added and removed', () => {
    const a1 = saved('a1', centralCase);
    const before = at(projectOf(['A → B', a1], ['C → B', saved('a2', centralCase)]), 'r1');
    expect(compareRecords(before, before)).toEqual([]);

    const after = at(
      projectOf(['A → B', saved('a1', withAnswers({ consent: 'obtainable' }), ['joint_use_agreement'])], ['D → B', saved('a3', centralCase)]),
      'r2',
    );
    const changes = compareRecords(before, after);
    expect(changes.map((change) => [change.kind, change.label])).toEqual([
      ['changed', 'A → B'],
      ['added', 'D → B'],
      ['removed', 'C → B'],
    ]);
    const [changed] = changes;
    if (changed?.kind !== 'changed') throw new Error('expected a changed flow');
    // With consent obtainable, the public-health question is no longer asked: it counts as changed too.
    expect(changed.answers).toEqual(['consent', 'publicHealthNeed'] satisfies QuestionId[]);
    expect(changed.ticked).toEqual(['joint_use_agreement']);
    expect(changed.unticked).toEqual([]);
    expect(changed.result?.map((change) => change.kind)).toContain('recommended_basis');
  });

  it('compare a flow whose answers were incomplete at one point: answers listed, result not comparable', () => {
    const before = at(projectOf(['A → B', saved('a1', { dataOrigin: 'clinical_care' })]), 'r1');
    const after = at(projectOf(['A → B', saved('a1', centralCase)]), 'r2');
    const [changed] = compareRecords(before, after);
    expect(changed?.kind === 'changed' && changed.result).toBeNull();
    expect(changed?.kind === 'changed' && changed.answers.length).toBeGreaterThan(1);
  });
});

function renderHistory() {
  const { storage, data } = memoryStorage();
  let counter = 0;
  const base = { storage, now: () => new Date(Date.UTC(2026, 1, 1, 0, counter)).toISOString(), newId: () => `id-${String(++counter)}` };
  const assessments = createAssessmentsStore(base);
  const projects = createProjectsStore({ ...base, assessments });
  const history = createHistoryStore({ storage });
  const projectId = projects.getState().projectCreated('胸部CT');
  for (const label of ['A病院 → B社', 'C病院 → B社']) {
    projects.getState().flowAdded(projectId, label);
    for (const [question, value] of Object.entries(centralCase)) assessments.getState().answerGiven(question as never, value as never);
  }
  const router = createMemoryRouter(routes, { initialEntries: [`/projects/${projectId}/history`] });
  render(
    <AssessmentsStoreProvider store={assessments}>
      <ProjectsStoreProvider store={projects}>
        <HistoryStoreProvider store={history}>
          <RouterProvider router={router} />
        </HistoryStoreProvider>
      </ProjectsStoreProvider>
    </AssessmentsStoreProvider>,
  );
  return { assessments, history, data };
}

describe('history page', { timeout: 30_000 }, () => {
  it('records the stage, moves every flow on, compares the record with now, and deletes a record after a confirm', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { assessments, history, data } = renderHistory();
    await screen.findByRole('heading', { level: 1, name: ja.title.replace('{{name}}', '胸部CT') }, { timeout: 10_000 });
    expect(screen.getByText(ja.record.stageNow.replace('{{stage}}', jaOutcomes.stage.development))).toBeInTheDocument();
    expect(screen.getByText(ja.list.empty)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: ja.compare.heading })).toBeNull();

    await user.type(screen.getByLabelText(ja.record.noteLabel), '倫理審査承認時点');
    await user.click(screen.getByRole('button', { name: ja.record.button }));
    expect(history.getState().records).toHaveLength(1);
    expect(history.getState().records[0]?.note).toBe('倫理審査承認時点');
    expect(JSON.parse(data.get(HISTORY_STORAGE_KEY) ?? '{}')).toMatchObject({ schemaVersion: 1, records: [{ note: '倫理審査承認時点' }] });
    const table = screen.getByRole('table', { name: ja.list.caption });
    expect(within(table).getByText('倫理審査承認時点')).toBeInTheDocument();
    // Right after the record, nothing differs from now.
    expect(screen.getByText(ja.compare.none)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: ja.record.moveOn.replace('{{stage}}', jaOutcomes.stage.performance_evaluation) }));
    expect(assessments.getState().assessments.map((a) => a.answers.stage)).toEqual(['performance_evaluation', 'performance_evaluation']);
    // Each flow's stage answer changed since the record.
    const stageChanges = screen.getAllByText(new RegExp(`^${jaQuestions.stage.title}`));
    expect(stageChanges).toHaveLength(2);

    await user.click(within(table).getByRole('button', { name: new RegExp(ja.list.delete) }));
    await user.click(screen.getByRole('button', { name: ja.list.deleteConfirm }));
    expect(history.getState().records).toEqual([]);
    expect(screen.getByText(ja.list.empty)).toBeInTheDocument();
  });
});
