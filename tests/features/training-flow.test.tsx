import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import enTraining from '../../locales/en/training.json';
import outcomes from '../../locales/ja/outcomes.json';
import training from '../../locales/ja/training.json';
import { focusBases } from '../../src/features/training/grading';
import { builtInLibrary } from '../../src/features/training/library';
import i18n from '../../src/i18n';
import { evaluate, pruneAnswers } from '../../src/rules';
import type { BasisId } from '../../src/rules';
import { makeTrainingStore, renderTraining , preloadTrainingPages } from './training-harness';

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{{${key}}}`, String(value)), template);

const scenario = (id: string) => {
  const found = builtInLibrary.scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found;
};

const basisName = (basis: BasisId) => outcomes.basis[basis].name;
const verdictSelect = (basis: BasisId) => screen.getByRole('combobox', { name: fill(training.predict.verdictLabel, { basis: basisName(basis) }) });

/** The compare card of one basis, named by its heading. */
const verdictCard = (basis: BasisId) => screen.getByRole('listitem', { name: basisName(basis) });

beforeAll(async () => {
  await preloadTrainingPages();
}, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('a training case: predict, then compare', () => {
  it('marks a correct basis and a mix of verdicts, and the score follows', async () => {
    const user = userEvent.setup();
    const s02 = scenario('S02');
    const key = evaluate(s02.input);
    expect(key.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(focusBases(key)).toEqual(['academic_exception', 'pseudonymized_joint_use', 'entrustment']);
    const { training: store } = renderTraining('/training/S02');

    expect(await screen.findByRole('heading', { level: 1, name: s02.title.ja })).toBeInTheDocument();
    expect(screen.getByText(s02.description.ja)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: basisName('pseudonymized_joint_use') }));
    await user.selectOptions(verdictSelect('academic_exception'), outcomes.verdict.not_appropriate);
    await user.selectOptions(verdictSelect('entrustment'), outcomes.verdict.acceptable);
    await user.click(screen.getByRole('button', { name: training.predict.submit }));

    const compare = await screen.findByRole('heading', { level: 2, name: training.compare.heading });
    // Focus moves in an effect once the comparison has rendered.
    await waitFor(() => {
      expect(compare).toHaveFocus();
    });
    expect(screen.getByText(fill(training.compare.basisScore, { mark: training.compare.mark.correct }))).toBeInTheDocument();
    expect(screen.getByText(fill(training.compare.verdictScore, { predicted: 2, correct: 1 }))).toBeInTheDocument();

    // Each prediction carries a mark in words (with a shape), never colour alone.
    expect(within(verdictCard('academic_exception')).getByText(training.compare.mark.correct)).toBeInTheDocument();
    expect(within(verdictCard('entrustment')).getByText(training.compare.mark.incorrect)).toBeInTheDocument();
    expect(within(verdictCard('pseudonymized_joint_use')).getByText(training.compare.mark.not_predicted)).toBeInTheDocument();
    // The model's verdicts, with reasons and citations labelled by evidence level.
    const entrustment = verdictCard('entrustment');
    expect(within(entrustment).getByText(outcomes.verdict.not_appropriate)).toBeInTheDocument();
    expect(within(entrustment).getByText(outcomes.reason.entrustment_fails_own_use)).toBeInTheDocument();
    expect(within(entrustment).getAllByText(fill(training.compare.evidence, { level: outcomes.evidence.guideline })).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 2, name: training.compare.teachingHeading })).toBeInTheDocument();
    expect(screen.getByText(s02.teachingPoint.ja)).toBeInTheDocument();

    expect(store.getState().attempts).toEqual([
      expect.objectContaining({
        source: 'library',
        scenarioId: 'S02',
        basis: 'pseudonymized_joint_use',
        verdicts: [
          { basis: 'academic_exception', verdict: 'not_appropriate' },
          { basis: 'entrustment', verdict: 'acceptable' },
        ],
      }),
    ]);

    await user.click(screen.getByRole('link', { name: training.compare.summaryLink }));
    const summaryHeading = await screen.findByRole('heading', { level: 1, name: training.summary.title });
    await waitFor(() => {
      expect(summaryHeading).toHaveFocus();
    });
    const total = builtInLibrary.scenarios.length;
    expect(screen.getByText(fill(training.summary.answeredValue, { answered: 1, total }))).toBeInTheDocument();
    expect(screen.getByText(fill(training.summary.basisCorrectValue, { correct: 1, answered: 1 }))).toBeInTheDocument();
    expect(screen.getByText(fill(training.summary.verdictsCorrectValue, { correct: 1, predicted: 2 }))).toBeInTheDocument();
    const row = screen.getByRole('row', { name: new RegExp(s02.title.ja) });
    expect(within(row).getByText(training.compare.mark.correct)).toBeInTheDocument();
  }, 20_000);

  it('marks a wrong basis against "none" and explains why nothing is recommended', async () => {
    const user = userEvent.setup();
    const t03 = scenario('T03');
    expect(evaluate(t03.input).recommendedBasis).toBeNull();
    const store = makeTrainingStore();
    store.getState().predictionSubmitted('library', 'S02', { basis: 'pseudonymized_joint_use', verdicts: [] });
    renderTraining('/training/T03', { training: store });

    await screen.findByRole('heading', { level: 1, name: t03.title.ja });
    await user.click(screen.getByRole('radio', { name: basisName('academic_exception') }));
    await user.click(screen.getByRole('button', { name: training.predict.submit }));

    await screen.findByRole('heading', { level: 2, name: training.compare.heading });
    expect(screen.getByText(fill(training.compare.basisScore, { mark: training.compare.mark.incorrect }))).toBeInTheDocument();
    expect(screen.getByText(training.compare.verdictScoreNone)).toBeInTheDocument();
    expect(screen.getByText(training.compare.noneTitle)).toBeInTheDocument();
    expect(screen.getByText(training.compare.noneUndecided)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: training.compare.openBasesHeading })).toBeInTheDocument();
    // The foreign-recipient question is shown as open, through the result page's warnings section.
    expect(screen.getByText(outcomes.warning.foreign_recipient_unsettled.title)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: training.compare.summaryLink }));
    await screen.findByRole('heading', { level: 1, name: training.summary.title });
    expect(screen.getByText(fill(training.summary.basisCorrectValue, { correct: 1, answered: 2 }))).toBeInTheDocument();
    const row = screen.getByRole('row', { name: new RegExp(t03.title.ja) });
    expect(within(row).getByText(training.predict.none)).toBeInTheDocument();
    expect(within(row).getByText(training.compare.mark.incorrect)).toBeInTheDocument();
  }, 20_000);

  it('asks for a basis before comparing, with an error summary that takes focus', async () => {
    const user = userEvent.setup();
    const { training: store } = renderTraining('/training/S01');
    await screen.findByRole('heading', { level: 1, name: scenario('S01').title.ja });
    await user.click(screen.getByRole('button', { name: training.predict.submit }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: training.predict.errorChooseBasis }));
    expect(screen.getByRole('radio', { name: basisName('consent') })).toHaveFocus();
    expect(store.getState().attempts).toEqual([]);
  });

  it('lets the learner predict again', async () => {
    const user = userEvent.setup();
    const store = makeTrainingStore();
    store.getState().predictionSubmitted('library', 'S01', { basis: 'consent', verdicts: [] });
    renderTraining('/training/S01', { training: store });

    await user.click(await screen.findByRole('button', { name: training.compare.again }));
    expect(screen.getByRole('heading', { level: 2, name: training.predict.heading })).toHaveFocus();
    expect(screen.getByRole('radio', { name: basisName('consent') })).not.toBeChecked();
    expect(store.getState().attempts).toEqual([]);
  });

  it('adds the case to the wizard as a new assessment and opens check answers', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('en');
    const t01 = scenario('T01');
    const store = makeTrainingStore();
    store.getState().predictionSubmitted('library', 'T01', { basis: 'statutory_cooperation', verdicts: [] });
    const { assessments, router } = renderTraining('/training/T01', { training: store });

    await user.click(await screen.findByRole('button', { name: enTraining.compare.wizardButton }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/check');
    });
    const [imported] = assessments.getState().assessments;
    expect(imported?.name).toBe(fill(enTraining.compare.wizardName, { title: t01.title.en }));
    expect(imported?.answers).toEqual(pruneAnswers(t01.input));
    expect(assessments.getState().currentId).toBe(imported?.id);
  });

  it('resets the score only after asking', async () => {
    const user = userEvent.setup();
    const store = makeTrainingStore();
    store.getState().predictionSubmitted('library', 'S01', { basis: 'academic_exception', verdicts: [] });
    renderTraining('/training/summary', { training: store });

    await user.click(await screen.findByRole('button', { name: training.summary.reset }));
    expect(screen.getByText(training.summary.resetConfirm)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: training.summary.resetNo }));
    expect(store.getState().attempts).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: training.summary.reset }));
    await user.click(screen.getByRole('button', { name: training.summary.resetYes }));
    expect(store.getState().attempts).toEqual([]);
    expect(screen.getByText(training.summary.resetDone)).toHaveFocus();
    expect(screen.getByText(training.summary.empty)).toBeInTheDocument();
  });

  it('shows the library with each case’s status', async () => {
    const store = makeTrainingStore();
    store.getState().predictionSubmitted('library', 'S01', { basis: 'academic_exception', verdicts: [] });
    store.getState().predictionSubmitted('library', 'S02', { basis: 'consent', verdicts: [] });
    renderTraining('/training', { training: store });

    expect(await screen.findByRole('heading', { level: 1, name: training.library.title })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: fill(training.library.casesLabel, { title: builtInLibrary.title.ja }) });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(builtInLibrary.scenarios.length);
    const [first, second, third] = items;
    if (first === undefined || second === undefined || third === undefined) throw new Error('too few cases');
    expect(within(first).getByText(training.library.status.correct)).toBeInTheDocument();
    expect(within(second).getByText(training.library.status.incorrect)).toBeInTheDocument();
    expect(within(third).getByText(training.library.status.notAnswered)).toBeInTheDocument();
    expect(screen.getByText(fill(training.library.progressSummary, { answered: 2, total: builtInLibrary.scenarios.length }))).toBeInTheDocument();
  });

  it('says so when a case does not exist', async () => {
    renderTraining('/training/NOPE');
    expect(await screen.findByRole('heading', { level: 1, name: training.case.notFoundTitle })).toBeInTheDocument();
  });
});
