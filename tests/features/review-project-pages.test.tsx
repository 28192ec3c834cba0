// The project loop through the UI: review mode opens a project file, the reviewer marks per flow in one session and
// saves one memo; the researcher takes the memo back in on #/review-feedback, flow by flow, after a preview.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import jaFeedback from '../../locales/ja/feedback.json';
import jaQuestions from '../../locales/ja/questions.json';
import ja from '../../locales/ja/review.json';
import { routes } from '../../src/app/routes';
import { AssessmentsStoreProvider } from '../../src/features/assessments/store-context';
import { serializeProjectFile } from '../../src/features/projects/file';
import type { ProjectFile } from '../../src/features/projects/file';
import { createProjectsStore } from '../../src/features/projects/store';
import { ProjectsStoreProvider } from '../../src/features/projects/store-context';
import { parseProjectReviewFile, serializeProjectReviewFile } from '../../src/features/review/project-review-file';
import type { ProjectReviewFile } from '../../src/features/review/project-review-file';
import i18n from '../../src/i18n';
import { makeStore, memoryStorage } from '../app/harness';
import { jsonFile, makeReviewsStore, preloadReviewPages, readBlob, renderReview, scenarioInput } from './review-harness';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/** The value, or a failed test when it is missing (in place of a non-null assertion). */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const s02 = scenarioInput('S02');
const s01 = scenarioInput('S01');
const project: ProjectFile = {
  kind: 'project',
  name: '胸部CT',
  flows: [
    { label: 'A病院 → B社', input: s02 },
    { label: 'C病院 → B社', input: s01 },
  ],
};

function captureDownloads() {
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:memo');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return createObjectURL;
}

beforeAll(async () => {
  await preloadReviewPages();
  await Promise.all([import('../../src/features/review/project-session-page'), import('../../src/features/feedback/feedback-page')]);
}, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('reviewing a whole project', { timeout: 30_000 }, () => {
  it('opens a project file, marks per flow in one session and saves one memo for all flows', async () => {
    const user = setupUser();
    const store = makeReviewsStore();
    renderReview('/review', store);
    await user.upload(await screen.findByLabelText(ja.open.fileLabel), jsonFile(serializeProjectFile(project), 'project.json'));

    const heading = await screen.findByRole('heading', { level: 1, name: fill(ja.project.title, { name: '胸部CT' }) }, { timeout: 10_000 });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    const table = screen.getByRole('table', { name: ja.project.flows.caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(must(rows[0])).getByRole('rowheader', { name: 'A病院 → B社' })).toBeInTheDocument();
    expect(within(must(rows[0])).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'A病院',
      'B社',
      ja.project.flows.complete,
      fill(ja.list.markedCount, { n: 0 }),
      ja.project.flows.notReviewedBefore,
    ]);
    // Reviews of a project are listed with the project, not one by one as single submissions.
    expect(store.getState().reviews).toHaveLength(2);

    // The first flow, in the single review's page: mark an answer, comment on the flow.
    await user.click(within(must(rows[0])).getByRole('link', { name: 'A病院 → B社' }));
    await screen.findByRole('heading', { level: 1, name: fill(ja.session.title, { name: 'A病院 → B社' }) }, { timeout: 10_000 });
    expect(screen.getByText(fill(ja.project.flowOf, { project: '胸部CT', number: 1, count: 2 }))).toBeInTheDocument();
    expect(screen.getByText(ja.check.fingerprint.project)).toBeInTheDocument();
    const answers = within(screen.getByRole('region', { name: ja.answers.heading }));
    const consent = answers.getByRole('group', { name: fill(ja.marks.groupName, { item: jaQuestions.consent.title }) });
    await user.click(within(consent).getByRole('radio', { name: ja.marks.needs_clarification }));
    await user.click(within(consent).getByRole('textbox'));
    await user.paste('<b>理由</b>を具体的に');
    const flowOverall = within(screen.getByRole('region', { name: ja.project.flowOverall.heading }));
    // The reviewer is named once, for the project: not on each flow.
    expect(flowOverall.queryByRole('textbox', { name: ja.overall.reviewerName })).toBeNull();
    // No per-flow memo: the way on is to the other flows or back to the project.
    expect(screen.queryByRole('region', { name: ja.export.heading })).toBeNull();
    const nav = within(screen.getByRole('navigation', { name: ja.project.flowNav.heading }));
    await user.click(nav.getByRole('link', { name: fill(ja.project.flowNav.next, { number: 2 }) }));
    await screen.findByRole('heading', { level: 1, name: fill(ja.session.title, { name: 'C病院 → B社' }) }, { timeout: 10_000 });
    await user.click(must(screen.getAllByRole('link', { name: ja.project.backToProject })[0]));

    await screen.findByRole('heading', { level: 1, name: fill(ja.project.title, { name: '胸部CT' }) }, { timeout: 10_000 });
    const firstRow = must(within(screen.getByRole('table', { name: ja.project.flows.caption })).getAllByRole('row')[1]);
    expect(firstRow).toHaveTextContent(fill(ja.list.markedCount, { n: 1 }));
    const overall = within(screen.getByRole('region', { name: ja.project.overall.heading }));
    await user.click(overall.getByRole('textbox', { name: ja.project.overall.comment }));
    await user.paste('全体として妥当です');
    await user.click(overall.getByRole('textbox', { name: ja.overall.reviewerName }));
    await user.paste('山田');

    const createObjectURL = captureDownloads();
    const exportRegion = within(screen.getByRole('region', { name: ja.project.export.heading }));
    await user.click(exportRegion.getByRole('button', { name: ja.project.export.button }));
    expect(await exportRegion.findByText(fill(ja.export.done, { file: '審査メモ_胸部CT.json' }))).toBeInTheDocument();
    const blob = createObjectURL.mock.calls[0]?.[0];
    if (blob === undefined) throw new Error('nothing downloaded');
    const parsed = parseProjectReviewFile(await readBlob(blob));
    if (!parsed.ok) throw new Error('the memo does not read back');
    expect(parsed.file).toMatchObject({ name: '胸部CT', overallComment: '全体として妥当です', reviewer: { name: '山田' } });
    expect(parsed.file.flows.map((flow) => flow.label)).toEqual(['A病院 → B社', 'C病院 → B社']);
    expect(parsed.file.flows[0]?.review.marks.answers).toEqual({ consent: 'needs_clarification' });
    expect(parsed.file.flows[0]?.review.comments.answers.consent).toBe('<b>理由</b>を具体的に');
    expect(parsed.file.flows[1]?.review.reviewer.name).toBe('山田');
  });

  it('lists a project review with its project, not its flows one by one, and deletes it whole after a confirm', async () => {
    const user = setupUser();
    const store = makeReviewsStore();
    const { projectFlowSubmissions } = await import('../../src/features/review/project-submission');
    const id = store.getState().projectOpened(project.name, projectFlowSubmissions(project, [[], []], '2026-02-01T09:00:00.000Z'));
    // A flow number the project does not have is "not found", not an error.
    const view = renderReview(`/review/project/${id}/flow/3`, store);
    expect(await screen.findByRole('heading', { level: 1, name: ja.notFound.title })).toBeInTheDocument();
    view.unmount();

    renderReview('/review', store);
    const projects = within(await screen.findByRole('region', { name: ja.projectList.heading }));
    expect(projects.getByRole('link', { name: '胸部CT' })).toHaveAttribute('href', `/review/project/${id}`);
    expect(within(screen.getByRole('region', { name: ja.list.heading })).getByText(ja.list.empty)).toBeInTheDocument();

    await user.click(projects.getByRole('button', { name: `${ja.list.delete}${fill(ja.list.deleteFor, { name: '胸部CT' })}` }));
    await user.click(projects.getByRole('button', { name: ja.list.confirmDelete }));
    const status = await projects.findByText(fill(ja.list.deleted, { name: '胸部CT' }));
    await waitFor(() => {
      expect(status).toHaveFocus();
    });
    expect(store.getState().projectReviews).toEqual([]);
    expect(store.getState().reviews).toEqual([]);
  });

  it('refuses a project file with a bad flow, naming it, and opens nothing', async () => {
    const user = setupUser();
    const store = makeReviewsStore();
    renderReview('/review', store);
    const bad = { ...project, flows: [project.flows[0], { label: 'C病院 → B社', input: { ...s01, stage: 'someday' } }] };
    await user.upload(await screen.findByLabelText(ja.open.fileLabel), jsonFile(JSON.stringify(bad), 'project.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: fill(ja.open.fileProblem.invalidProject, { n: 1 }) })).toBeInTheDocument();
    expect(screen.getByText(fill(ja.open.fileProblem.inFlow, { number: 2, label: 'C病院 → B社' }), { exact: false })).toBeInTheDocument();
    expect(store.getState().reviews).toEqual([]);
    expect(store.getState().projectReviews).toEqual([]);
  });
});

/** The researcher's browser: the project imported from its file, as the projects page does. */
function researcher() {
  const { storage } = memoryStorage();
  const assessments = makeStore(storage);
  const projects = createProjectsStore({ storage, now: () => '2026-01-01T00:00:00.000Z', newId: () => 'p1', assessments });
  projects.getState().projectImported(project, [[], []]);
  const router = createMemoryRouter(routes, { initialEntries: ['/review-feedback'] });
  render(
    <AssessmentsStoreProvider store={assessments}>
      <ProjectsStoreProvider store={projects}>
        <RouterProvider router={router} />
      </ProjectsStoreProvider>
    </AssessmentsStoreProvider>,
  );
  /** A flow's saved assessment, by the flow's label. */
  const flow = (label: string) => {
    const id = projects.getState().projects[0]?.flows.find((f) => f.label === label)?.assessmentId;
    const found = assessments.getState().assessments.find((a) => a.id === id);
    if (found === undefined) throw new Error(`no flow ${label}`);
    return found;
  };
  return { assessments, projects, router, flow };
}

/** The memo an office would save for `project`: a mark and comment on the second flow, the reviewer named. */
let memoFile: ProjectReviewFile;

describe('taking a project review back in', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    const { projectFlowSubmissions } = await import('../../src/features/review/project-submission');
    const { toProjectReviewFile } = await import('../../src/features/review/project-review-file');
    const store = makeReviewsStore();
    const id = store.getState().projectOpened(project.name, projectFlowSubmissions(project, [[], []], '2026-02-01T09:00:00.000Z'));
    const review = must(store.getState().projectReviews.find((p) => p.id === id));
    const second = must(review.flows[1]).reviewId;
    store.getState().checklistMarked(second, 'joint_use_agreement', 'not_acceptable');
    store.getState().checklistCommented(second, 'joint_use_agreement', '契約書の案を添付してください');
    store.getState().projectReviewerNamed(id, '山田');
    const state = store.getState();
    memoFile = toProjectReviewFile(
      must(state.projectReviews.find((p) => p.id === id)),
      review.flows.map((flow) => must(state.reviews.find((r) => r.id === flow.reviewId))),
    );
  });

  it('previews the match per flow and gives each flow its review only when asked', async () => {
    const user = setupUser();
    const { assessments, flow } = researcher();
    // The researcher changed the first flow since sending it: it still matches, by its label.
    const first = flow('A病院 → B社');
    assessments.getState().answersMerged([first.id], { consent: s02.consent === 'obtainable' ? 'difficult' : 'obtainable' });

    await user.upload(await screen.findByLabelText(jaFeedback.page.fileLabel), jsonFile(serializeProjectReviewFile(memoFile), 'memo.json'));
    const heading = await screen.findByRole('heading', { name: jaFeedback.projectMemo.heading });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByRole('combobox', { name: jaFeedback.projectMemo.target })).toHaveDisplayValue(
      fill(jaFeedback.projectMemo.projectOption_other, { name: '胸部CT', count: 2 }),
    );
    const table = screen.getByRole('table', { name: jaFeedback.projectMemo.caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-match'))).toEqual(['label', 'answers']);
    expect(rows[0]).toHaveTextContent(jaFeedback.projectMemo.match_label);
    expect(rows[1]).toHaveTextContent(jaFeedback.projectMemo.match_answers);
    // Nothing changes before the person confirms.
    expect(assessments.getState().assessments.every((a) => a.receivedReview === undefined)).toBe(true);

    await user.click(screen.getByRole('button', { name: fill(jaFeedback.projectMemo.attach_other, { count: 2 }) }));
    const done = await screen.findByText(fill(jaFeedback.projectMemo.done_other, { name: '胸部CT', count: 2 }));
    await waitFor(() => {
      expect(done).toHaveFocus();
    });
    expect(screen.getByRole('link', { name: jaFeedback.projectMemo.openProject })).toHaveAttribute('href', '/projects/p1');
    // Each flow holds exactly the single review file of its flow, as a single review file would put it.
    expect(flow('A病院 → B社').receivedReview?.file).toEqual(memoFile.flows[0]?.review);
    expect(flow('C病院 → B社').receivedReview?.file).toEqual(memoFile.flows[1]?.review);
  });

  it('says which flows already hold a review before replacing it, and takes nothing on cancel', async () => {
    const user = setupUser();
    const { assessments, flow } = researcher();
    const second = flow('C病院 → B社');
    const earlier = { receivedAt: '2026-01-20T09:00:00.000Z', file: must(memoFile.flows[1]).review };
    assessments.getState().reviewReceived(second.id, earlier);

    await user.upload(await screen.findByLabelText(jaFeedback.page.fileLabel), jsonFile(serializeProjectReviewFile(memoFile), 'memo.json'));
    await screen.findByRole('heading', { name: jaFeedback.projectMemo.heading });
    expect(screen.getByText(fill(jaFeedback.projectMemo.replacing_other, { count: 1 }), { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: jaFeedback.preview.cancel }));
    expect(await screen.findByLabelText(jaFeedback.page.fileLabel)).toBeInTheDocument();
    expect(assessments.getState().assessments.find((a) => a.id === second.id)?.receivedReview).toEqual(earlier);
    expect(assessments.getState().assessments.filter((a) => a.receivedReview !== undefined)).toHaveLength(1);
  });

  it('refuses a memo with a bad flow, naming it, and takes nothing', async () => {
    const user = setupUser();
    const { assessments } = researcher();
    const bad = { ...memoFile, flows: [memoFile.flows[0], { label: 'C病院 → B社', review: { ...must(memoFile.flows[1]).review, reviewedAt: 'yesterday' } }] };
    await user.upload(await screen.findByLabelText(jaFeedback.page.fileLabel), jsonFile(JSON.stringify(bad), 'memo.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(fill(jaFeedback.projectMemo.problem.invalid_other, { count: 1 }));
    expect(alert).toHaveTextContent(fill(jaFeedback.projectMemo.problem.inFlow, { number: 2, label: 'C病院 → B社' }));
    expect(assessments.getState().assessments.every((a) => a.receivedReview === undefined)).toBe(true);
  });
});
