import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import training from '../../locales/ja/training.json';
import libraryJson from '../../src/features/training/library.json';
import { builtInLibrary } from '../../src/features/training/library';
import { TRAINING_STORAGE_KEY } from '../../src/features/training/store';
import i18n from '../../src/i18n';
import { makeTrainingStore, memoryStorage, renderTraining , preloadTrainingPages } from './training-harness';

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{{${key}}}`, String(value)), template);

/** A small valid set: two library inputs under new ids and words (a deep copy: tests mutate it). */
function customSet() {
  const [first, second] = structuredClone(libraryJson.scenarios);
  if (first === undefined || second === undefined) throw new Error('library too small');
  return {
    format: 'medai-data-navigator/training-set',
    schemaVersion: 2,
    title: { ja: '院内研修 2026', en: 'In-house training 2026' },
    scenarios: [
      { ...first, id: 'C1', title: { ja: '院内事例1', en: 'In-house case 1' } },
      { ...second, id: 'C2', title: { ja: '院内事例2', en: 'In-house case 2' } },
    ],
  };
}

const jsonFile = (content: unknown, name = 'set.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

const fileInput = () => screen.getByLabelText(training.load.fileLabel, { selector: 'input' });

beforeAll(async () => {
  await preloadTrainingPages();
}, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('loading a trainer’s own set', () => {
  it('loads a valid file, lists its cases beside the library and keeps it in storage', async () => {
    const user = userEvent.setup();
    const { storage, data } = memoryStorage();
    const store = makeTrainingStore(storage);
    renderTraining('/training', { training: store });
    await screen.findByRole('heading', { level: 1, name: training.library.title });

    await user.upload(fileInput(), jsonFile(customSet()));

    expect(await screen.findByText(fill(training.load.loaded, { title: '院内研修 2026', count: 2 }))).toBeInTheDocument();
    const section = screen.getByRole('region', { name: fill(training.load.loadedHeading, { title: '院内研修 2026' }) });
    const custom = within(section).getByRole('list', { name: fill(training.library.casesLabel, { title: '院内研修 2026' }) });
    expect(within(custom).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/training/C1?set=custom',
      '/training/C2?set=custom',
    ]);
    // The library stays.
    expect(screen.getByRole('list', { name: fill(training.library.casesLabel, { title: builtInLibrary.title.ja }) })).toBeInTheDocument();

    const saved = JSON.parse(data.get(TRAINING_STORAGE_KEY) ?? '{}') as { customSet?: { title?: unknown } };
    expect(saved.customSet?.title).toEqual({ ja: '院内研修 2026', en: 'In-house training 2026' });
    // A reload (a new store over the same storage) still has it.
    expect(makeTrainingStore(storage).getState().customSet?.scenarios.map((s) => s.id)).toEqual(['C1', 'C2']);
  });

  it('opens a case of the loaded set', async () => {
    const store = makeTrainingStore();
    const set = customSet();
    store.getState().customSetLoaded({ ...builtInLibrary, title: set.title, scenarios: builtInLibrary.scenarios.slice(0, 2).map((s, i) => ({ ...s, id: `C${String(i + 1)}` })) });
    renderTraining('/training/C2?set=custom', { training: store });
    const second = builtInLibrary.scenarios[1];
    if (second === undefined) throw new Error('library too small');
    expect(await screen.findByRole('heading', { level: 1, name: second.title.ja })).toBeInTheDocument();
    expect(screen.getByText(fill(training.case.caption, { set: '院内研修 2026', number: 2, total: 2 }))).toBeInTheDocument();
  });

  it('rejects an invalid file with a readable list, leaving the library, the loaded set and the score alone', async () => {
    const user = userEvent.setup();
    const store = makeTrainingStore();
    store.getState().predictionSubmitted('library', 'S01', { basis: 'academic_exception', verdicts: [] });
    renderTraining('/training', { training: store });
    await screen.findByRole('heading', { level: 1, name: training.library.title });
    await user.upload(fileInput(), jsonFile(customSet()));
    await screen.findByText(fill(training.load.loaded, { title: '院内研修 2026', count: 2 }));
    const before = store.getState();

    const broken = customSet();
    const input = broken.scenarios[1]?.input as Record<string, unknown>;
    delete input.stage;
    input.purpose = 'profit';
    await user.upload(fileInput(), jsonFile(broken, 'broken.json'));

    const alert = await screen.findByRole('alert');
    await waitFor(() => {
      expect(alert).toHaveFocus();
    });
    expect(within(alert).getByRole('heading', { name: fill(training.load.errorTitle, { file: 'broken.json' }) })).toBeInTheDocument();
    const problems = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(problems).toContain(
      `${fill(training.load.location.field, { where: fill(training.load.location.caseWithId, { number: 2, id: 'C2' }), field: 'input.purpose' })}: ${fill(training.load.problem.invalid_answer, { question: 'データを利用する目的は何ですか', id: 'purpose' })}`,
    );
    expect(problems.some((text) => text.includes('input.stage'))).toBe(true);

    expect(store.getState().customSet).toBe(before.customSet);
    expect(store.getState().attempts).toBe(before.attempts);
    expect(screen.getByRole('list', { name: fill(training.library.casesLabel, { title: builtInLibrary.title.ja }) })).toBeInTheDocument();

    await user.upload(fileInput(), jsonFile('{ "format": ', 'truncated.json'));
    expect(await screen.findByText(training.load.problem.not_json, { exact: false })).toBeInTheDocument();
    expect(store.getState().customSet).toBe(before.customSet);
  });

  it('accepts a dropped file', async () => {
    const store = makeTrainingStore();
    renderTraining('/training', { training: store });
    await screen.findByRole('heading', { level: 1, name: training.library.title });
    const zone = screen.getByRole('group', { name: training.load.fileLabel });
    const file = jsonFile(customSet());
    // Drag and drop has no user-event API; fireEvent carries the dataTransfer a browser would.
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await screen.findByText(fill(training.load.loaded, { title: '院内研修 2026', count: 2 }))).toBeInTheDocument();
    expect(store.getState().customSet?.scenarios).toHaveLength(2);
  });

  it('removes the loaded set after asking, with its score', async () => {
    const user = userEvent.setup();
    const store = makeTrainingStore();
    store.getState().customSetLoaded({ ...builtInLibrary, title: { ja: '院内研修 2026', en: 'In-house' } });
    store.getState().predictionSubmitted('custom', 'S01', { basis: 'consent', verdicts: [] });
    store.getState().predictionSubmitted('library', 'S01', { basis: 'consent', verdicts: [] });
    renderTraining('/training', { training: store });

    await user.click(await screen.findByRole('button', { name: training.load.remove }));
    expect(screen.getByText(training.load.removeConfirm)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: training.load.removeYes }));
    expect(screen.getByText(training.load.removed)).toHaveFocus();
    expect(store.getState().customSet).toBeNull();
    expect(store.getState().attempts.map((a) => a.source)).toEqual(['library']);
  });
});

describe('saved training progress', () => {
  it('keeps unreadable data, says so, and writes nothing over it until discarded', async () => {
    const user = userEvent.setup();
    const { storage, data } = memoryStorage({ [TRAINING_STORAGE_KEY]: '{"schemaVersion":1,"attempts":[{"nope":true}],"customSet":null}' });
    const store = makeTrainingStore(storage);
    expect(store.getState().storageProblem?.kind).toBe('invalid');
    renderTraining('/training/summary', { training: store });

    expect(await screen.findByRole('heading', { level: 2, name: training.storage.problemHeading })).toBeInTheDocument();
    expect(screen.getByText(training.storage.invalid)).toBeInTheDocument();
    store.getState().predictionSubmitted('library', 'S01', { basis: 'consent', verdicts: [] });
    expect(data.get(TRAINING_STORAGE_KEY)).toContain('"nope":true');

    await user.click(screen.getByRole('button', { name: training.storage.discard }));
    await user.click(screen.getByRole('button', { name: training.storage.confirmDiscard }));
    expect(screen.getByText(training.storage.discarded)).toHaveFocus();
    store.getState().predictionSubmitted('library', 'S02', { basis: 'consent', verdicts: [] });
    expect(data.get(TRAINING_STORAGE_KEY)).not.toContain('nope');
  });

  it('reports unreadable JSON and an unknown version as problems, not as an empty start', () => {
    for (const [raw, kind] of [
      ['{broken', 'unreadable'],
      ['{"schemaVersion":9,"attempts":[]}', 'unknown_version'],
    ] as const) {
      const { storage, data } = memoryStorage({ [TRAINING_STORAGE_KEY]: raw });
      const store = makeTrainingStore(storage);
      expect(store.getState().storageProblem).toMatchObject({ kind, raw });
      store.getState().progressReset();
      expect(data.get(TRAINING_STORAGE_KEY)).toBe(raw);
    }
  });

  it('tells the learner when the browser refuses to save', async () => {
    const { storage } = memoryStorage({}, { available: false });
    renderTraining('/training', { training: makeTrainingStore(storage) });
    expect(await screen.findByRole('heading', { level: 2, name: training.storage.savingOffHeading })).toBeInTheDocument();
  });
});
