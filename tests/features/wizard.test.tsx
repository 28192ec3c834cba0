import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import common from '../../locales/ja/common.json';
import enQuestions from '../../locales/en/questions.json';
import glossary from '../../locales/ja/glossary.json';
import questions from '../../locales/ja/questions.json';
import wizard from '../../locales/ja/wizard.json';
import enWizard from '../../locales/en/wizard.json';
import { selectCurrent } from '../../src/features/assessments/store';
import i18n from '../../src/i18n';
import { applicableQuestions, questionIds } from '../../src/rules';
import type { AssessmentInput, QuestionId } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json';
import { makeStore, memoryStorage, renderApp, storeWith } from '../app/harness';
import { STORAGE_KEY } from '../../src/features/assessments/schema';
import { fixture, manifest } from './rule-set-1-fixtures';
import { containing } from './text-match';

const title = (id: QuestionId) => questions[id].title;
const heading = (id: QuestionId) => screen.findByRole('heading', { level: 1, name: title(id) });
const option = (id: QuestionId, answer: string) =>
  (questions[id].options as Record<string, string>)[answer] ?? `missing label ${id}.${answer}`;
const progress = (number: number, total: number) =>
  wizard.question.progress.replace('{{number}}', String(number)).replace('{{total}}', String(total));
const continueButton = () => screen.getByRole('button', { name: wizard.question.continue });

const scenario = (id: string) => {
  const found = scenarios.scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found.input as AssessmentInput;
};

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

describe('question pages', () => {
  it('walks from one answer to the next question, starting an assessment on the way', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const { router } = renderApp('/q/dataOrigin', store);

    await heading('dataOrigin');
    // The question is the page heading inside the fieldset's legend, so it also names the group of radios.
    const group = screen.getByRole('group', { name: title('dataOrigin') });
    expect(within(group).getByRole('heading', { level: 1 })).toHaveTextContent(title('dataOrigin'));
    expect(within(group).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual([
      'clinical_care',
      'other',
    ]);
    expect(screen.getByText(progress(1, applicableQuestions({}).length))).toBeInTheDocument();
    // The title is set in an effect after the page renders.
    await waitFor(() => {
      expect(document.title).toBe(`${title('dataOrigin')} | ${common.app.name}`);
    });

    await user.click(screen.getByRole('radio', { name: option('dataOrigin', 'clinical_care') }));
    await user.click(continueButton());

    expect(await heading('dataSubjects')).toHaveFocus();
    expect(router.state.location.pathname).toBe('/q/dataSubjects');
    expect(selectCurrent(store.getState())?.answers).toEqual({ dataOrigin: 'clinical_care' });
    expect(screen.getByText(progress(2, applicableQuestions({ dataOrigin: 'clinical_care' }).length))).toBeInTheDocument();
  });

  it('shows the honest path length as answers branch', async () => {
    const user = userEvent.setup();
    const answers = {
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'company',
    } as const;
    renderApp('/q/recipientType', storeWith(answers));
    await heading('recipientType');
    // A company is never a public body, so the sector question is not on its path.
    expect(applicableQuestions(answers)).not.toContain('providerSector');
    expect(screen.getByText(progress(5, applicableQuestions(answers).length))).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: option('recipientType', 'same_institution') }));
    await user.click(continueButton());
    await heading('purpose');
    const internal = applicableQuestions({ ...answers, recipientType: 'same_institution' });
    expect(screen.getByText(progress(6, internal.length))).toBeInTheDocument();
    expect(internal.length).toBeLessThan(applicableQuestions(answers).length);
  });

  it('goes back to the previous question on the path, with the answer kept, and to the start from the first', async () => {
    const user = userEvent.setup();
    const store = storeWith({
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'company',
    });
    const { router } = renderApp('/q/recipientType', store);

    await heading('recipientType');
    await user.click(screen.getByRole('link', { name: wizard.question.back }));
    await heading('providerType');
    expect(screen.getByRole('radio', { name: option('providerType', 'company') })).toBeChecked();

    await user.click(screen.getByRole('link', { name: wizard.question.back }));
    await heading('productKind');
    await user.click(screen.getByRole('link', { name: wizard.question.back }));
    await heading('dataSubjects');
    expect(screen.getByRole('radio', { name: option('dataSubjects', 'includes_living') })).toBeChecked();
    await user.click(screen.getByRole('link', { name: wizard.question.back }));
    await heading('dataOrigin');
    await user.click(screen.getByRole('link', { name: wizard.question.backToStart }));
    expect(await screen.findByRole('heading', { level: 1, name: common.start.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('skips questions that are not on the path when going back', async () => {
    const user = userEvent.setup();
    // A non-academic provider cannot use joint research, so Back from the stage question skips it.
    const store = storeWith({
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'non_academic_medical',
      providerSector: 'private',
      recipientType: 'company',
      purpose: 'product_only',
    });
    renderApp('/q/stage', store);
    await heading('stage');
    await user.click(screen.getByRole('link', { name: wizard.question.back }));
    await heading('purpose');
  });

  it('shows an error summary that takes focus and links to the first choice when nothing is chosen', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    renderApp('/q/dataOrigin', store);
    await heading('dataOrigin');

    await user.click(continueButton());

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: wizard.error.summaryTitle })).toBeInTheDocument();
    await waitFor(() => {
      expect(alert).toHaveFocus();
    });
    const group = screen.getByRole('group', { name: title('dataOrigin') });
    // The message names what to choose, not a generic "choose an answer".
    expect(group).toHaveAccessibleDescription(containing(wizard.required.dataOrigin));
    expect(document.title.startsWith(wizard.question.pageTitleWithError.replace('{{title}}', title('dataOrigin')))).toBe(true);
    // Nothing was saved or started.
    expect(store.getState().assessments).toEqual([]);

    await user.click(within(alert).getByRole('link', { name: wizard.required.dataOrigin }));
    expect(screen.getByRole('radio', { name: option('dataOrigin', 'clinical_care') })).toHaveFocus();
  });

  const beforeDataTypes = {
    dataOrigin: 'clinical_care',
    dataSubjects: 'includes_living',
    productKind: 'diagnostic_ai_software',
    providerType: 'company',
    recipientType: 'same_institution',
    purpose: 'product_only',
    stage: 'development',
    dataState: 'pseudonymized',
  } as const;
  const noneBox = () => screen.getByRole('checkbox', { name: wizard.question.noneOfThese });

  it('asks for an answer on a multi-select question left blank, naming the question', async () => {
    const user = userEvent.setup();
    const store = storeWith(beforeDataTypes);
    renderApp('/q/dataTypes', store);
    await heading('dataTypes');
    await user.click(continueButton());

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: wizard.required.dataTypes })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: title('dataTypes') })).toHaveAccessibleDescription(containing(wizard.required.dataTypes));
    expect(selectCurrent(store.getState())?.answers.dataTypes).toBeUndefined();
  });

  it('offers an exclusive "None of these" after the options, saved as the empty answer', async () => {
    const user = userEvent.setup();
    const store = storeWith(beforeDataTypes);
    renderApp('/q/dataTypes', store);
    await heading('dataTypes');
    // The options as the rules list them, then "None of these" last, which is no answer id of the rules.
    expect(screen.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).value)).toEqual([
      ...Object.keys(questions.dataTypes.options),
      'none-of-these',
    ]);
    const ehr = screen.getByRole('checkbox', { name: option('dataTypes', 'ehr_structured') });
    const dicom = screen.getByRole('checkbox', { name: option('dataTypes', 'dicom_images') });

    await user.click(ehr);
    await user.click(dicom);
    await user.click(noneBox());
    expect(noneBox()).toBeChecked();
    expect(ehr).not.toBeChecked();
    expect(dicom).not.toBeChecked();

    await user.click(ehr);
    expect(noneBox()).not.toBeChecked();
    expect(ehr).toBeChecked();

    await user.click(noneBox());
    await user.click(continueButton());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(title('dataTypes'));
    expect(selectCurrent(store.getState())?.answers.dataTypes).toEqual([]);
  });

  it('shows a saved empty answer as "None of these" ticked', async () => {
    renderApp('/q/dataTypes', storeWith({ ...beforeDataTypes, dataTypes: [] }));
    await heading('dataTypes');
    expect(noneBox()).toBeChecked();
    for (const box of screen.getAllByRole('checkbox').filter((b) => b !== noneBox())) expect(box).not.toBeChecked();
  });

  it('has a message naming what to choose for every question, in both languages', () => {
    for (const messages of [wizard.required, enWizard.required]) {
      expect(Object.keys(messages).sort()).toEqual([...questionIds].sort());
      // Each one names its own question: no two are the same.
      expect(new Set(Object.values(messages)).size).toBe(questionIds.length);
    }
  });

  it('explains the terms a question uses in place', async () => {
    const user = userEvent.setup();
    renderApp('/q/keyHolder', storeWith({ ...scenario('S05'), keyHolder: undefined }));
    await heading('keyHolder');
    const terms = screen.getByRole('region', { name: wizard.question.termsHeading });
    const term = within(terms).getByRole('button', { name: glossary.sakujo_joho.term });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(glossary.sakujo_joho.definition)).not.toBeVisible();

    term.focus();
    await user.keyboard('{Enter}');
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(glossary.sakujo_joho.definition)).toBeVisible();
    await user.keyboard('{Escape}');
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(term).toHaveFocus();
  });

  it('keeps the answers when the language changes', async () => {
    const user = userEvent.setup();
    const store = storeWith({ dataOrigin: 'clinical_care' });
    renderApp('/q/dataOrigin', store);
    await heading('dataOrigin');
    await user.click(screen.getByRole('button', { name: common.languages.en }));
    await screen.findByRole('heading', { level: 1, name: enQuestions.dataOrigin.title });
    expect(screen.getByRole('radio', { name: enQuestions.dataOrigin.options.clinical_care })).toBeChecked();
    expect(selectCurrent(store.getState())?.answers).toEqual({ dataOrigin: 'clinical_care' });
  });
});

describe('questions of rule set 2', () => {
  it('asks the sector of a provider that is not a company, with the terms it uses', async () => {
    const user = userEvent.setup();
    const store = storeWith({
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'academic_medical',
    });
    renderApp('/q/providerSector', store);
    await heading('providerSector');
    const group = screen.getByRole('group', { name: title('providerSector') });
    expect(within(group).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual(['private', 'public_body']);
    const terms = screen.getByRole('region', { name: wizard.question.termsHeading });
    expect(within(terms).getByRole('button', { name: glossary.tokumei_kako.term })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: option('providerSector', 'public_body') }));
    await user.click(continueButton());
    await heading('recipientType');
    expect(selectCurrent(store.getState())?.answers.providerSector).toBe('public_body');
  });

  it('offers three foreign answers instead of one "yes", then asks about servers abroad', async () => {
    const user = userEvent.setup();
    const store = storeWith({ ...scenario('S02'), foreignRecipient: undefined, foreignStorage: undefined });
    const { router } = renderApp('/q/foreignRecipient', store);
    await heading('foreignRecipient');
    const group = screen.getByRole('group', { name: title('foreignRecipient') });
    expect(within(group).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual([
      'no',
      'adequate_country',
      'conforming_system',
      'other_country',
    ]);
    const terms = screen.getByRole('region', { name: wizard.question.termsHeading });
    expect(within(terms).getByRole('button', { name: glossary.gaikoku_daisansha.term })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: option('foreignRecipient', 'other_country') }));
    await user.click(continueButton());
    await heading('foreignStorage');
    expect(router.state.location.pathname).toBe('/q/foreignStorage');
    await user.click(screen.getByRole('radio', { name: option('foreignStorage', 'yes') }));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: wizard.check.title });
    expect(selectCurrent(store.getState())?.answers).toMatchObject({ foreignRecipient: 'other_country', foreignStorage: 'yes' });
  });

  it('asks about servers abroad even when the data stays inside the institution', async () => {
    const answers: AssessmentInput = { ...scenario('S10'), foreignStorage: undefined };
    expect(applicableQuestions(answers)).toContain('foreignStorage');
    expect(applicableQuestions(answers)).not.toContain('foreignRecipient');
    renderApp('/check', storeWith(answers));
    await heading('foreignStorage');
  });

  it('offers "partly" for a recipient that also improves its own models', async () => {
    renderApp('/q/recipientOwnUse', storeWith({ ...scenario('S02'), recipientOwnUse: undefined }));
    await heading('recipientOwnUse');
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual(['no', 'partly', 'yes']);
    expect(screen.getByRole('radio', { name: option('recipientOwnUse', 'partly') })).toBeInTheDocument();
  });
});

describe('an assessment saved under rule set 1', () => {
  it('names the removed answer where the question is asked again, with the answers allowed now', async () => {
    const store = makeStore(memoryStorage({ [STORAGE_KEY]: fixture('storage-assessments.json') }).storage);
    store.getState().assessmentOpened(manifest.assessmentIds.abroad);
    store.getState().answerGiven('dataSubjects', 'includes_living');
    store.getState().answerGiven('providerSector', 'private');
    renderApp('/q/foreignRecipient', store);

    await heading('foreignRecipient');
    const note = screen.getByRole('note', { name: common.ruleUpdate.title });
    expect(note).toHaveTextContent(title('foreignRecipient'));
    expect(note).toHaveTextContent(common.ruleUpdate.oldAnswer.foreignRecipient.yes);
    expect(within(note).getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      ['no', 'adequate_country', 'conforming_system', 'other_country'].map((answer) => option('foreignRecipient', answer)),
    );
  });

  it('shows no such note on the questions whose answers were kept', async () => {
    const store = makeStore(memoryStorage({ [STORAGE_KEY]: fixture('storage-assessments.json') }).storage);
    store.getState().assessmentOpened(manifest.assessmentIds.abroad);
    renderApp('/q/dataSubjects', store);
    await heading('dataSubjects');
    expect(screen.queryByRole('note', { name: common.ruleUpdate.title })).not.toBeInTheDocument();
  });
});

describe('deep links', () => {
  it('redirects a question that is not reachable yet to the next unanswered question', async () => {
    const { router } = renderApp('/q/ethicsReview', storeWith({ dataOrigin: 'clinical_care' }));
    await heading('dataSubjects');
    expect(router.state.location.pathname).toBe('/q/dataSubjects');
  });

  it('starts from the first question when there is no assessment', async () => {
    const { router } = renderApp('/q/stage', makeStore());
    await heading('dataOrigin');
    expect(router.state.location.pathname).toBe('/q/dataOrigin');
  });

  it('sends a question off the path of a complete assessment to check answers', async () => {
    // S10 keeps the data inside the institution: no recipientOwnUse question.
    const { router } = renderApp('/q/recipientOwnUse', storeWith(scenario('S10')));
    expect(await screen.findByRole('heading', { level: 1, name: wizard.check.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/check');
  });

  it('sends an incomplete assessment from check answers to its next question', async () => {
    const { router } = renderApp('/check', storeWith({ dataOrigin: 'clinical_care' }));
    await heading('dataSubjects');
    expect(router.state.location.pathname).toBe('/q/dataSubjects');
  });

  it('shows not found for an unknown question id', async () => {
    renderApp('/q/favouriteColour', makeStore());
    expect(await screen.findByRole('heading', { level: 1, name: common.notFound.title })).toBeInTheDocument();
  });
});

describe('check answers', () => {
  it('lists every answer on the path with a Change link naming the question', async () => {
    const answers = scenario('S10');
    renderApp('/check', storeWith(answers));
    await screen.findByRole('heading', { level: 1, name: wizard.check.title });

    const path = applicableQuestions(answers);
    for (const id of path) {
      expect(screen.getByText(title(id))).toBeInTheDocument();
      const name = `${wizard.check.change}${wizard.check.changeHidden.replace('{{question}}', title(id))}`;
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', `/q/${id}?change=1`);
    }
    expect(screen.getAllByRole('link', { name: new RegExp(`^${wizard.check.change}`) })).toHaveLength(path.length);
    // Questions off the path are not listed.
    for (const id of questionIds.filter((q) => !path.includes(q))) expect(screen.queryByText(title(id))).toBeNull();
    // An empty multi-select shows "none".
    expect(screen.getByText(wizard.check.none)).toBeInTheDocument();
    expect(screen.getByText(option('dataTypes', 'ehr_structured'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: wizard.check.seeResult })).toHaveAttribute('href', '/result');
  });

  it('asks newly needed questions after a change, then returns to check answers', async () => {
    const user = userEvent.setup();
    const store = storeWith(scenario('S10'));
    const { router } = renderApp('/check', store);
    await screen.findByRole('heading', { level: 1, name: wizard.check.title });

    const changeName = `${wizard.check.change}${wizard.check.changeHidden.replace('{{question}}', title('recipientType'))}`;
    await user.click(screen.getByRole('link', { name: changeName }));
    await heading('recipientType');
    expect(router.state.location.search).toBe('?change=1');
    expect(screen.getByRole('radio', { name: option('recipientType', 'same_institution') })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: option('recipientType', 'company') }));
    await user.click(continueButton());

    // Providing to a company brings in the provision questions, asked in change mode.
    const newlyNeeded: [QuestionId, string][] = [
      ['recipientOwnUse', 'yes'],
      ['keyHolder', 'provider_only'],
      ['foreignRecipient', 'no'],
      ['provisionStatus', 'not_yet'],
    ];
    for (const [id, answer] of newlyNeeded) {
      await heading(id);
      expect(router.state.location.search).toBe('?change=1');
      await user.click(screen.getByRole('radio', { name: option(id, answer) }));
      await user.click(continueButton());
    }

    const checkHeading = await screen.findByRole('heading', { level: 1, name: wizard.check.title });
    await waitFor(() => {
      expect(checkHeading).toHaveFocus();
    });
    expect(router.state.location.pathname).toBe('/check');
    expect(screen.getByText(option('recipientOwnUse', 'yes'))).toBeInTheDocument();
  });

  it('returns straight to check answers when a change needs no new question', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/q/ethicsReview?change=1', storeWith(scenario('S10')));
    await heading('ethicsReview');
    await user.click(screen.getByRole('radio', { name: option('ethicsReview', 'approved') }));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: wizard.check.title });
    expect(router.state.location.pathname).toBe('/check');
    expect(screen.getByText(option('ethicsReview', 'approved'))).toBeInTheDocument();
  });
});

describe('resuming', () => {
  it('resumes after a reload at the same question with the answers kept', async () => {
    const user = userEvent.setup();
    const { storage } = memoryStorage();
    const view = renderApp('/q/dataOrigin', makeStore(storage));
    await heading('dataOrigin');
    await user.click(screen.getByRole('radio', { name: option('dataOrigin', 'clinical_care') }));
    await user.click(continueButton());
    await heading('dataSubjects');
    await user.click(screen.getByRole('radio', { name: option('dataSubjects', 'includes_living') }));
    await user.click(continueButton());
    await heading('productKind');
    await user.click(screen.getByRole('radio', { name: option('productKind', 'diagnostic_ai_software') }));
    await user.click(continueButton());
    await heading('providerType');
    view.unmount();

    // "Reload": a new store reads the same storage; the same URL opens the same question.
    renderApp('/q/providerType', makeStore(storage));
    await heading('providerType');
    await user.click(screen.getByRole('link', { name: wizard.question.back }));
    await heading('productKind');
    expect(screen.getByRole('radio', { name: option('productKind', 'diagnostic_ai_software') })).toBeChecked();
  });

  it('opens a saved assessment at its next unanswered question from the start page', async () => {
    const user = userEvent.setup();
    const { storage } = memoryStorage();
    storeWith({ dataOrigin: 'clinical_care', dataSubjects: 'includes_living', productKind: 'diagnostic_ai_software' }, 'CT study', storage);

    const { router } = renderApp('/', makeStore(storage));
    await user.click(screen.getByRole('button', { name: common.saved.openLabel.replace('{{name}}', 'CT study') }));
    await heading('providerType');
    expect(router.state.location.pathname).toBe('/q/providerType');
  });
});
