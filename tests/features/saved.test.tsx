import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import common from '../../locales/ja/common.json';
import outcomes from '../../locales/ja/outcomes.json';
import questions from '../../locales/ja/questions.json';
import { STORAGE_KEY, projectNameMaxLength } from '../../src/features/assessments/schema';
import i18n from '../../src/i18n';
import { evaluate } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json';
import { makeStore, memoryStorage, renderApp, storeWith } from '../app/harness';
import { containing } from './text-match';

const s = common.saved;
const withName = (template: string, name: string) => template.replace('{{name}}', name);
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

const scenario = (id: string) => scenarios.scenarios.find((x) => x.id === id)?.input as AssessmentInput;

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

/** The saved list's own status region (the storage notices have another). */
const savedStatus = () => within(screen.getByRole('region', { name: s.heading })).getByRole('status');

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.readAsText(blob);
  });

/** The saved list item whose heading is this name. */
function itemNamed(name: string): HTMLElement {
  const item = screen.getAllByRole('listitem').find((li) => within(li).queryByRole('heading', { level: 3, name }) !== null);
  if (item === undefined) throw new Error(`no list item for ${name}`);
  return item;
}

describe('saved assessments on the start page', () => {
  it('lists each assessment with its stage and status', async () => {
    const { storage } = memoryStorage();
    storeWith(scenario('S10'), 'Internal EHR', storage);
    const store = makeStore(storage);
    store.getState().assessmentStarted('');
    store.getState().answerGiven('dataOrigin', 'clinical_care');

    renderApp('/', store);
    const complete = itemNamed('Internal EHR');
    const basis = evaluate(scenario('S10')).recommendedBasis;
    expect(basis).not.toBeNull();
    const basisName = basis === null ? '' : outcomes.basis[basis].name;
    expect(complete).toHaveTextContent(s.complete.replace('{{basis}}', basisName));
    expect(complete).toHaveTextContent(outcomes.stage.development);

    const unnamed = itemNamed(s.unnamed);
    expect(unnamed).toHaveTextContent(s.stageUnanswered);
    expect(unnamed).toHaveTextContent(/回答中（1 \/ 約 \d+ 問）/);
    await waitFor(() => {
      expect(screen.getAllByRole('time')).toHaveLength(2);
    });
  });

  it('starts a new assessment with an optional name', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    renderApp('/', store);
    await user.type(screen.getByRole('textbox', { name: common.start.new.nameLabel }), '  Chest CT  ');
    await user.click(screen.getByRole('button', { name: common.start.new.button }));
    // The question page loads on demand; wait for its heading, then for focus to move to it.
    const heading = await screen.findByRole('heading', { level: 1, name: questions.dataOrigin.title });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(store.getState().assessments.map((a) => a.name)).toEqual(['Chest CT']);
  });

  it('says how long the project name may be, and counts as it is typed', async () => {
    const user = userEvent.setup();
    renderApp('/', makeStore());
    const field = screen.getByRole('textbox', { name: common.start.new.nameLabel });
    expect(field).toHaveAttribute('maxLength', String(projectNameMaxLength));
    expect(field).toHaveAccessibleDescription(containing(`${String(projectNameMaxLength)}文字まで`));
    expect(field).toHaveAccessibleDescription(containing(fill(common.start.new.nameCount, { count: 0, max: projectNameMaxLength })));
    await user.type(field, 'CT-1');
    expect(field).toHaveAccessibleDescription(containing(fill(common.start.new.nameCount, { count: 4, max: projectNameMaxLength })));
  });

  it('opens a finished assessment on its result, and an unfinished one at its next question', async () => {
    const user = userEvent.setup();
    const store = storeWith(scenario('S02'), 'Finished');
    store.getState().assessmentStarted('Unfinished');
    store.getState().answerGiven('dataOrigin', 'clinical_care');
    const { router } = renderApp('/', store);

    await user.click(screen.getByRole('button', { name: withName(s.openLabel, 'Finished') }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/result');
    });

    await router.navigate('/');
    await user.click(await screen.findByRole('button', { name: withName(s.openLabel, 'Unfinished') }));
    expect(await screen.findByRole('heading', { level: 1, name: questions.dataSubjects.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/q/dataSubjects');
  });

  it('deletes with an Undo notice in a status region, and undo restores the assessment', async () => {
    const user = userEvent.setup();
    const store = storeWith({ dataOrigin: 'clinical_care' }, 'Chest CT');
    renderApp('/', store);

    await user.click(screen.getByRole('button', { name: withName(s.deleteLabel, 'Chest CT') }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Chest CT' })).not.toBeInTheDocument();
    expect(store.getState().assessments).toEqual([]);
    const status = savedStatus();
    expect(status).toHaveTextContent(withName(s.deleted, 'Chest CT'));
    const undo = within(status).getByRole('button', { name: s.undo });
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(await screen.findByRole('heading', { level: 3, name: 'Chest CT' })).toHaveFocus();
    expect(status).toHaveTextContent(withName(s.restored, 'Chest CT'));
    expect(within(status).queryByRole('button', { name: s.undo })).not.toBeInTheDocument();
    expect(store.getState().assessments.map((a) => a.answers)).toEqual([{ dataOrigin: 'clinical_care' }]);
  });

  it('renames inline with a labelled field, and Escape cancels', async () => {
    const user = userEvent.setup();
    const store = storeWith({}, 'Draft');
    renderApp('/', store);

    const rename = screen.getByRole('button', { name: withName(s.renameLabel, 'Draft') });
    await user.click(rename);
    expect(rename).toHaveAttribute('aria-expanded', 'true');
    const field = screen.getByRole('textbox', { name: withName(s.renameField, 'Draft') });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Pathology WSI{Escape}');
    expect(screen.queryByRole('textbox', { name: withName(s.renameField, 'Draft') })).not.toBeInTheDocument();
    expect(rename).toHaveFocus();
    expect(store.getState().assessments[0]?.name).toBe('Draft');

    await user.click(rename);
    const again = screen.getByRole('textbox', { name: withName(s.renameField, 'Draft') });
    await user.clear(again);
    await user.type(again, 'Pathology WSI');
    await user.click(screen.getByRole('button', { name: s.renameSave }));

    expect(screen.getByRole('heading', { level: 3, name: 'Pathology WSI' })).toBeInTheDocument();
    expect(store.getState().assessments[0]?.name).toBe('Pathology WSI');
    expect(savedStatus()).toHaveTextContent(withName(s.renamed, 'Pathology WSI'));
    expect(screen.getByRole('button', { name: withName(s.renameLabel, 'Pathology WSI') })).toHaveFocus();
  });

  it('duplicates an assessment with its answers', async () => {
    const user = userEvent.setup();
    const store = storeWith({ dataOrigin: 'clinical_care' }, 'Chest CT');
    renderApp('/', store);

    await user.click(screen.getByRole('button', { name: withName(s.duplicateLabel, 'Chest CT') }));
    const copyName = withName(s.copyName, 'Chest CT');
    expect(await screen.findByRole('heading', { level: 3, name: copyName })).toHaveFocus();
    expect(savedStatus()).toHaveTextContent(withName(s.duplicated, copyName));
    const [original, copy] = store.getState().assessments;
    expect(copy?.answers).toEqual(original?.answers);
    expect(copy?.id).not.toBe(original?.id);
  });

  it('says when saving is off for this visit', () => {
    renderApp('/', makeStore(memoryStorage({}, { available: false }).storage));
    expect(screen.getByRole('region', { name: common.storage.savingOffHeading })).toHaveTextContent(common.storage.savingOff);
  });
});

describe('storage problems', () => {
  const raw = '{"schemaVersion":1,"assessments":[{"oops":true}]';

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('explains the problem and downloads the raw data as a .json file', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:saved-data');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });

    const { storage, data } = memoryStorage({ [STORAGE_KEY]: raw });
    renderApp('/', makeStore(storage));

    const notice = screen.getByRole('region', { name: common.storage.problemHeading });
    expect(notice).toHaveTextContent(common.storage.unreadable);
    expect(notice).toHaveTextContent(common.storage.kept);

    await user.click(within(notice).getByRole('button', { name: common.storage.download }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toMatch(/^application\/json(;|$)/u);
    expect(blob === undefined ? '' : await readBlob(blob)).toBe(raw);
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toMatch(/\.json$/);
    expect(clicks[0]?.href).toBe('blob:saved-data');
    // Downloading discards nothing.
    expect(data.get(STORAGE_KEY)).toBe(raw);
    vi.unstubAllGlobals();
  });

  it('discards only after confirmation', async () => {
    const user = userEvent.setup();
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: raw });
    const store = makeStore(storage);
    renderApp('/', store);
    const notice = screen.getByRole('region', { name: common.storage.problemHeading });

    await user.click(within(notice).getByRole('button', { name: common.storage.discard }));
    expect(screen.getByText(common.storage.confirmQuestion)).toHaveFocus();
    await user.click(within(notice).getByRole('button', { name: common.storage.cancelDiscard }));
    expect(data.get(STORAGE_KEY)).toBe(raw);
    expect(store.getState().storageProblem).not.toBeNull();

    await user.click(within(notice).getByRole('button', { name: common.storage.discard }));
    await user.click(within(notice).getByRole('button', { name: common.storage.confirmDiscard }));

    expect(screen.queryByRole('region', { name: common.storage.problemHeading })).not.toBeInTheDocument();
    expect(screen.getByText(common.storage.discarded)).toHaveFocus();
    expect(data.get(STORAGE_KEY)).not.toBe(raw);
    expect(store.getState().storageProblem).toBeNull();
  });

  it.each([
    ['unknown_version', JSON.stringify({ schemaVersion: 99, assessments: [] }), common.storage.unknownVersion],
    ['invalid', JSON.stringify({ schemaVersion: 1, currentId: null, assessments: [{ id: 'x' }] }), common.storage.invalid],
  ])('explains a %s problem', (_kind, stored, message) => {
    renderApp('/', makeStore(memoryStorage({ [STORAGE_KEY]: stored }).storage));
    expect(screen.getByRole('region', { name: common.storage.problemHeading })).toHaveTextContent(message);
  });
});
