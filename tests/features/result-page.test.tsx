import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import jaChecklist from '../../locales/ja/checklist.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import jaQuestions from '../../locales/ja/questions.json';
import en from '../../locales/en/result.json';
import ja from '../../locales/ja/result.json';
import { selectCurrent } from '../../src/features/assessments/store';
import { resultNamespaces } from '../../src/features/result/namespaces';
import { ownerWords } from '../../src/features/result/next-step-text';
import i18n from '../../src/i18n';
import { BasisId, evaluate, nextQuestion } from '../../src/rules';
import type { AssessmentInput, ChecklistId } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json';
import { centralCase, withAnswers } from '../rules/fixtures';
import { makeStore, memoryStorage, renderApp, STORAGE_KEY, storeWith } from '../app/harness';
import { containing } from './text-match';

const scenario = (id: string): AssessmentInput => {
  const found = scenarios.scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found.input as AssessmentInput;
};

/** i18next-style interpolation of a locale string, for expected texts. */
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

async function showResult(input: AssessmentInput, name = 'CT 肺結節プロジェクト') {
  const store = storeWith(input, name);
  const view = renderApp('/result', store);
  // The page is lazy-loaded by the router.
  await screen.findByRole('heading', { level: 1, name: ja.title });
  return { ...view, store };
}

/**
 * The list items of a section that carry one of the page's data attributes. Those attributes hold the rules' ids
 * (not words): the documented contract with reviewers, so the tests compare them with `evaluate` directly.
 * `hidden: true` includes the folded "cannot be used" bases.
 */
const itemsWith = (section: string, attribute: string) =>
  within(screen.getByRole('region', { name: section }))
    .queryAllByRole('listitem', { hidden: true })
    .filter((item) => item.hasAttribute(attribute));
const basisRows = () => itemsWith(ja.bases.heading, 'data-basis');
const checklistRows = () => itemsWith(ja.checklist.heading, 'data-checklist');
/** Every warning on the page: in the warnings section, or (out of scope) said once at the top of the summary. */
const warningIds = () =>
  screen
    .queryAllByRole('listitem', { hidden: true })
    .filter((item) => item.hasAttribute('data-warning'))
    .map((item) => item.dataset.warning);
const summary = () => screen.getByRole('region', { name: ja.summary.heading });
const tJa = () => i18n.getFixedT('ja', resultNamespaces);
/** The stage entry of the header, found by its data attribute (the dd beside "評価した段階"). */
const stageEntry = () => screen.getAllByRole('definition').find((dd) => dd.hasAttribute('data-stage'));
const noInlineStyles = () => {
  expect(document.body.innerHTML).not.toMatch(/\sstyle="/);
};
const basisRow = (basis: string) => {
  const row = basisRows().find((r) => r.dataset.basis === basis);
  if (row === undefined) throw new Error(`no row for ${basis}`);
  return row;
};

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

describe('result page for S01 (academic exception at exploration)', () => {
  const input = scenario('S01');
  const expected = evaluate(input);

  it('shows the heading, project, stage, rule set and the recommended basis with its reasons', async () => {
    await showResult(input);
    await waitFor(() => {
      expect(document.title).toContain(ja.title);
    });
    const stage = stageEntry();
    expect(stage).toHaveTextContent(jaOutcomes.stage.exploration);
    // 探索 is a stage name the sources confirm: no reconstruction mark.
    expect(stage).not.toHaveTextContent(jaOutcomes.stageCertainty.reconstructed);
    expect(screen.getByText('CT 肺結節プロジェクト')).toBeInTheDocument();
    expect(screen.getByText(expected.rulesVersion)).toBeInTheDocument();

    // The answer in one sentence at the top, and its reasons in the basis's entry, shown (not folded).
    expect(summary()).toHaveAttribute('data-recommended-basis', 'academic_exception');
    expect(within(summary()).getByText(fill(ja.summary.recommended, { stage: jaOutcomes.stage.exploration, basis: jaOutcomes.basis.academic_exception.name }))).toBeInTheDocument();
    await screen.findByRole('region', { name: ja.bases.heading });
    const row = basisRow('academic_exception');
    expect(within(row).getByText(jaOutcomes.reason.academic_joint_research_provision)).toBeVisible();
    expect(within(row).getByText(jaOutcomes.verdict.recommended)).toBeInTheDocument();
    // Each basis once: the summary names it, the list explains it.
    expect(screen.getAllByRole('heading', { name: jaOutcomes.basis.academic_exception.name })).toHaveLength(1);
  });

  it('lists every basis once, in groups, each with the verdict evaluate gives', async () => {
    await showResult(input);
    const rows = basisRows();
    expect(rows.map((row) => row.dataset.basis).sort()).toEqual([...BasisId.options].sort());
    for (const entry of expected.bases) {
      const row = basisRow(entry.basis);
      expect(row).toHaveAttribute('data-verdict', entry.verdict);
      expect(within(row).getByText(jaOutcomes.verdict[entry.verdict])).toBeInTheDocument();
      for (const reason of entry.reasons) expect(within(row).getByText(jaOutcomes.reason[reason])).toBeInTheDocument();
    }
    // Usable first, then (folded) what cannot be used.
    const order = rows.map((row) => row.dataset.verdict);
    expect(order.slice(0, 3)).toEqual(['recommended', 'acceptable', 'conditional']);
    expect(order.slice(3).every((v) => v === 'not_appropriate' || v === 'not_applicable')).toBe(true);
    expect(screen.getByText(fill(ja.bases.notUsableSummary, { count: order.length - 3 }))).toBeInTheDocument();
  });

  it('shows the checklist evaluate returns, grouped, and saves ticks in the store', async () => {
    const user = userEvent.setup();
    const { store } = await showResult(input);
    expect(checklistRows().map((row) => row.dataset.checklist).sort()).toEqual(expected.checklist.map((c) => c.id).sort());

    const section = screen.getByRole('region', { name: ja.checklist.heading });
    expect(within(section).getByRole('heading', { level: 3, name: jaChecklist.group.before_provision })).toBeInTheDocument();
    expect(within(section).getByRole('heading', { level: 3, name: jaChecklist.group.after_provision })).toBeInTheDocument();
    const total = expected.checklist.length;
    expect(within(section).getByRole('status')).toHaveTextContent(fill(ja.checklist.progress, { done: 0, total }));

    const id: ChecklistId = 'ethics_review';
    const box = within(section).getByRole('checkbox', { name: jaChecklist.item[id].title });
    await user.click(box);
    expect(box).toBeChecked();
    expect(selectCurrent(store.getState())?.ticks).toEqual([id]);
    expect(within(section).getByRole('status')).toHaveTextContent(fill(ja.checklist.progress, { done: 1, total }));

    await user.click(box);
    expect(box).not.toBeChecked();
    expect(selectCurrent(store.getState())?.ticks).toEqual([]);
  });

  it('keeps ticks across a reload', async () => {
    const user = userEvent.setup();
    const { storage, data } = memoryStorage();
    const store = storeWith(input, 'reload', storage);
    const view = renderApp('/result', store);
    await screen.findByRole('heading', { level: 1, name: ja.title });
    await user.click(screen.getByRole('checkbox', { name: jaChecklist.item.plan_stage_transition.title }));
    expect(data.get(STORAGE_KEY)).toContain('plan_stage_transition');
    view.unmount();

    renderApp('/result', makeStore(storage));
    await screen.findByRole('heading', { level: 1, name: ja.title });
    expect(screen.getByRole('checkbox', { name: jaChecklist.item.plan_stage_transition.title })).toBeChecked();
  });

  it('draws the seven stages, marks the stage assessed and says what changes at the next gate', async () => {
    await showResult(input);
    const timeline = screen.getByRole('region', { name: ja.timeline.heading });
    const list = within(timeline).getByRole('list', { name: ja.timeline.listLabel });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.stage)).toEqual(expected.timeline.map((e) => e.stage));
    const current = items.filter((item) => item.getAttribute('aria-current') === 'step');
    expect(current.map((item) => item.dataset.stage)).toEqual(['exploration']);
    expect(current[0]).toHaveTextContent(ja.timeline.listCurrent);

    const picture = within(timeline).getByRole('img');
    expect(picture.tagName.toLowerCase()).toBe('svg');
    expect(picture.getAttribute('aria-label')).toContain(jaOutcomes.stage.exploration);
    noInlineStyles();

    expect(
      within(timeline).getByText(
        fill(ja.timeline.nextChange, {
          stage: jaOutcomes.stage.development,
          from: jaOutcomes.basis.academic_exception.name,
          to: jaOutcomes.basis.pseudonymized_joint_use.name,
        }),
      ),
    ).toBeInTheDocument();
  });

  it('lists the glossary terms the page uses and links back to the answers', async () => {
    const user = userEvent.setup();
    const { router } = await showResult(input);
    const glossary = screen.getByRole('region', { name: ja.glossary.heading });
    expect(within(glossary).getByText('学術研究機関等')).toBeInTheDocument();
    expect(within(glossary).getByText('仮名加工情報')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: ja.actions.checkAnswers }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/check');
    });
  });

  it('prints with every folded section opened, and closes them again afterwards', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await showResult(input);
    await user.click(screen.getByRole('button', { name: ja.actions.print }));
    expect(print).toHaveBeenCalledOnce();

    // <details> has the group role; the page folds only the bases that cannot be used.
    const details = screen.getAllByRole('group').filter((group) => group instanceof HTMLDetailsElement);
    expect(details.length).toBeGreaterThan(0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.some((d) => d.open)).toBe(false);
    print.mockRestore();
  });
});

describe('result page for S08 (no recommendation)', () => {
  const input = scenario('S08');
  const expected = evaluate(input);

  it('says plainly that no basis can be recommended and advice is needed, listing the open bases', async () => {
    await showResult(input);
    expect(expected.recommendedBasis).toBeNull();
    expect(summary()).toHaveAttribute('data-recommended-basis', 'none');
    expect(within(summary()).getByText(fill(ja.summary.none, { stage: jaOutcomes.stage[expected.stage] }))).toBeInTheDocument();
    expect(within(summary()).getByText(ja.recommended.noneUndecided, { exact: false })).toBeInTheDocument();
    expect(within(summary()).getByText(ja.recommended.takeAdvice)).toBeInTheDocument();
    const bases = screen.getByRole('region', { name: ja.bases.heading });
    expect(within(bases).getByRole('heading', { name: ja.bases.inconclusiveHeading })).toBeInTheDocument();
    expect(within(bases).getByText(jaOutcomes.reason.pseudonymized_joint_use_needs_medical_creator)).toBeInTheDocument();

    for (const entry of expected.bases) {
      expect(basisRow(entry.basis)).toHaveAttribute('data-verdict', entry.verdict);
    }
  });

  it('shows the warnings, with what the guideline leaves open labelled as open questions', async () => {
    await showResult(input);
    expect(warningIds().sort()).toEqual(expected.warnings.map((w) => w.id).sort());

    const warnings = screen.getByRole('region', { name: ja.warnings.heading });
    const silent = within(warnings).getByRole('listitem', { name: jaOutcomes.warning.guideline_silent.title });
    expect(silent).toHaveTextContent(ja.warnings.kind.open_question);
    expect(within(warnings).getByRole('heading', { name: ja.warnings.openHeading })).toBeInTheDocument();
  });

  it('shows "none – take advice" at every stage of the timeline', async () => {
    await showResult(input);
    const timeline = screen.getByRole('region', { name: ja.timeline.heading });
    const items = within(within(timeline).getByRole('list', { name: ja.timeline.listLabel })).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    for (const item of items) expect(item).toHaveTextContent(ja.timeline.none);
    expect(within(timeline).getByText(ja.timeline.noChangeNone)).toBeInTheDocument();
  });
});

describe('result page states', () => {
  it('explains there is nothing to show yet and links to the start', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/result', makeStore());
    expect(await screen.findByRole('heading', { level: 1, name: ja.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: ja.empty.noAssessmentTitle })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: ja.empty.startLink }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/');
    });
  });

  it('sends an incomplete assessment on to its next question', async () => {
    const user = userEvent.setup();
    const partial: AssessmentInput = { dataOrigin: 'clinical_care', productKind: 'diagnostic_ai_software' };
    const next = nextQuestion(partial);
    const { router } = renderApp('/result', storeWith(partial));
    expect(await screen.findByRole('heading', { level: 2, name: ja.empty.incompleteTitle })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: ja.empty.continueLink }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/q/${String(next)}`);
    });
  });

  it('marks a stage name that is our reconstruction', async () => {
    const input = scenario('S07');
    expect(evaluate(input).stage).toBe('basic_research');
    await showResult(input);
    const stage = stageEntry();
    expect(stage).toHaveTextContent(jaOutcomes.stage.basic_research);
    expect(stage).toHaveTextContent(jaOutcomes.stageCertainty.reconstructed);
  });

  it('shows an out-of-scope banner when the case lies outside the guideline', async () => {
    const input = scenario('S04');
    expect(evaluate(input).inScope).toBe(false);
    await showResult(input);
    expect(screen.getByText(ja.scope.title)).toBeInTheDocument();
  });

  it('works in English', async () => {
    await i18n.changeLanguage('en');
    renderApp('/result', storeWith(scenario('S01')));
    expect(await screen.findByRole('heading', { level: 1, name: en.title })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: en.summary.heading })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: en.citation.short.appi_27_1_vi_joint_research }).length).toBeGreaterThan(0);
  });

  it.each(scenarios.scenarios.map((s) => [s.id, s.input as AssessmentInput] as const))(
    'renders %s with every verdict, warning and checklist item evaluate gives',
    async (_id, input) => {
      const expected = evaluate(input);
      await showResult(input);
      expect(basisRows()).toHaveLength(10);
      for (const entry of expected.bases) expect(basisRow(entry.basis)).toHaveAttribute('data-verdict', entry.verdict);
      expect(checklistRows().map((r) => r.dataset.checklist).sort()).toEqual(expected.checklist.map((c) => c.id).sort());
      expect(warningIds().sort()).toEqual(expected.warnings.map((w) => w.id).sort());
      expect(summary()).toHaveAttribute(
        'data-recommended-basis',
        expected.recommendedBasis ?? 'none',
      );
      // No inline styles anywhere (the CSP forbids them).
      noInlineStyles();
    },
  );
});

/** The sentence a single-change remedy reads as, built here from the locale templates by hand. */
const remedyChange = <Q extends 'keyHolder' | 'consent' | 'recipientOwnUse'>(
  question: Q,
  answer: keyof (typeof jaQuestions)[Q]['options'] & string,
) =>
  fill(jaOutcomes.remedy.change, {
    question: jaQuestions[question].title,
    answer: (jaQuestions[question].options as Record<string, string>)[answer] ?? '',
  });
const remedySentence = (template: string, change: string, basis: string) =>
  fill(template.replace('{{changes, list}}', change), { basis });
const remedyItems = () => itemsWith(ja.remedies.heading, 'data-remedy');
const plainRemedy = (template: string, phrase: string, basis: string) => fill(template.replace('{{changes, list}}', phrase), { basis });

describe('result page: who does each step', () => {
  it('names the owner of every checklist item in words, also as the checkbox description', async () => {
    const input = withAnswers({});
    const expected = evaluate(input);
    await showResult(input);
    const section = screen.getByRole('region', { name: ja.checklist.heading });
    for (const item of expected.checklist) {
      // In the project's own words, as the summary names them ("提供元の医療機関").
      const owner = fill(ja.checklist.owner, { owner: ownerWords(item.owner, input, tJa()) });
      const box = within(section).getByRole('checkbox', { name: jaChecklist.item[item.id].title });
      expect(box).toHaveAccessibleDescription(containing(owner));
      expect(checklistRows().find((row) => row.dataset.checklist === item.id)).toHaveTextContent(owner);
    }
    // The central case has items for every kind of owner (the recipient's: no re-identification, no contact).
    expect(new Set(expected.checklist.map((item) => item.owner))).toEqual(new Set(['provider', 'recipient', 'both', 'researcher']));
    expect(within(section).getAllByText(fill(ja.checklist.owner, { owner: jaChecklist.owner.researcher })).length).toBeGreaterThan(0);
  });
});

describe('result page: ways forward', () => {
  // The guideline's central case, but the company would also keep the key: no basis fits as planned (guideline §3.4).
  const deadEnd = withAnswers({ keyHolder: 'recipient_too' });

  it('shows the ways forward near the top when nothing is recommended, each with its sources', async () => {
    const user = userEvent.setup();
    expect(centralCase.recipientType).toBe('company');
    await showResult(deadEnd);
    expect(summary()).toHaveAttribute('data-recommended-basis', 'none');

    const ways = screen.getByRole('region', { name: ja.remedies.heading });
    expect(within(ways).getByRole('heading', { level: 3, name: ja.remedies.heading })).toBeInTheDocument();
    expect(within(ways).getByText(ja.remedies.leadNone)).toBeInTheDocument();
    // In the summary, after the answer and before the next steps and the warnings.
    expect(summary()).toContainElement(ways);
    const steps = within(summary()).getByRole('group', { name: ja.summary.nextStepsHeading });
    const warnings = screen.getByRole('region', { name: ja.warnings.heading });
    expect(ways.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(ways.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Keeping the key at the hospital opens the guideline's route again: in plain words, an action.
    const keyAtProvider = remedyItems().find((item) => item.dataset.remedy === 'keyHolder:provider_only');
    if (keyAtProvider === undefined) throw new Error('no remedy keyHolder:provider_only');
    expect(keyAtProvider).toHaveAttribute('data-remedy-kind', 'action');
    expect(keyAtProvider).toHaveTextContent(
      plainRemedy(ja.remedies.plain.plain, jaOutcomes.remedy.phrase.keyHolder.provider_only, jaOutcomes.basis.pseudonymized_joint_use.name),
    );
    // The exact answer to change and the sources are one click away.
    const exact = remedySentence(jaOutcomes.remedy.sentence.action.plain, remedyChange('keyHolder', 'provider_only'), jaOutcomes.basis.pseudonymized_joint_use.name);
    expect(within(ways).getByText(exact)).not.toBeVisible();
    await user.click(within(ways).getByText(ja.remedies.sources));
    expect(within(ways).getByText(exact)).toBeVisible();
    const entry = within(ways)
      .getAllByRole('listitem')
      .find((item) => !item.hasAttribute('data-remedy') && item.textContent.includes(exact));
    if (entry === undefined) throw new Error('no entry with the exact answers');
    expect(entry).toHaveTextContent(fill(ja.remedies.kindLabel, { kind: jaOutcomes.remedy.kind.action }));
    const sources = within(entry).getByRole('group', { name: ja.citation.listLabel });
    await user.click(within(sources).getByRole('button', { name: ja.citation.short.gl_ch6_stage_model }));
    expect(await screen.findByRole('dialog', { name: ja.citation.short.gl_ch6_stage_model })).toBeInTheDocument();

    // Consent that can still be obtained would be a basis, with conditions: said in words.
    const consent = remedyItems().find((item) => item.dataset.remedy === 'consent:obtainable');
    expect(consent).toHaveTextContent(plainRemedy(ja.remedies.plain.conditional, jaOutcomes.remedy.phrase.consent.obtainable, jaOutcomes.basis.consent.name));
  });

  it('words a change of provider as a restructuring and states the answers it assumes', async () => {
    // A company holding clinical data cannot create 仮名加工情報 in the guideline's model; the hospital can.
    const input = withAnswers({ providerType: 'company', providerSector: undefined, jointResearch: undefined });
    await showResult(input);
    const hospital = remedyItems().find((item) => item.dataset.remedy === 'providerType:non_academic_medical');
    if (hospital === undefined) throw new Error('no remedy providerType:non_academic_medical');
    expect(hospital).toHaveAttribute('data-remedy-kind', 'restructure');
    expect(hospital).toHaveTextContent(
      plainRemedy(ja.remedies.plain.plain, jaOutcomes.remedy.phrase.providerType.non_academic_medical, jaOutcomes.basis.pseudonymized_joint_use.name) +
        fill(ja.remedies.plainAssumes.replace('{{assumes, list}}', jaOutcomes.remedy.assumedPhrase.providerSector.private), {}),
    );
    const ways = screen.getByRole('region', { name: ja.remedies.heading });
    expect(ways).toHaveTextContent(fill(ja.remedies.kindLabel, { kind: jaOutcomes.remedy.kind.restructure }));
    const change = fill(jaOutcomes.remedy.change, {
      question: jaQuestions.providerType.title,
      answer: jaQuestions.providerType.options.non_academic_medical,
    });
    expect(ways).toHaveTextContent(remedySentence(jaOutcomes.remedy.sentence.restructure.plain, change, jaOutcomes.basis.pseudonymized_joint_use.name));
    const assumed = fill(jaOutcomes.remedy.assumed, {
      question: jaQuestions.providerSector.title,
      answer: jaQuestions.providerSector.options.private,
    });
    expect(ways).toHaveTextContent(jaOutcomes.remedy.assumes.replace('{{assumes, list}}', assumed));
  });

  it('lists exactly the remedies evaluate gives, joining two changes in the data attribute', async () => {
    // Already 仮名加工情報, the key with the company and a joint user outside the EEA/UK without a Rule 16 system:
    // no single change is enough.
    const input = withAnswers({
      dataState: 'pseudonymized',
      keyHolder: 'recipient_too',
      foreignRecipient: 'other_country',
      consent: undefined,
      publicHealthNeed: undefined,
    });
    const expected = evaluate(input);
    await showResult(input);
    expect(remedyItems().map((item) => item.dataset.remedy)).toEqual(
      expected.remedies.map((r) => r.changes.map((c) => `${c.question}:${String(c.answer)}`).join(';')),
    );
    expect(remedyItems().map((item) => item.dataset.remedy)).toContain('keyHolder:provider_only;foreignRecipient:adequate_country');
  });

  it('offers a way to a basis without conditions when the recommendation has them', async () => {
    const input = scenario('S01');
    const expected = evaluate(input);
    expect(expected.recommendedBasis).not.toBeNull();
    expect(expected.remedies.length).toBeGreaterThan(0);
    await showResult(input);
    const ways = await screen.findByRole('region', { name: ja.remedies.heading });
    expect(within(ways).getByText(ja.remedies.leadConditional)).toBeInTheDocument();
    // In the summary, after the next steps here: the recommendation stands, the ways forward improve on it.
    const steps = within(summary()).getByRole('group', { name: ja.summary.nextStepsHeading });
    expect(summary()).toContainElement(ways);
    expect(steps.compareDocumentPosition(ways) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no heading at all when there is no way forward to offer', async () => {
    const input = scenario('S02');
    expect(evaluate(input).remedies).toEqual([]);
    await showResult(input);
    expect(screen.queryByRole('heading', { name: ja.remedies.heading })).toBeNull();
    expect(screen.queryByRole('region', { name: ja.remedies.heading })).toBeNull();
  });

  it('says that no APPI basis is needed for deceased patients only, and offers no way forward', async () => {
    const input = withAnswers({ dataSubjects: 'deceased_only' });
    await showResult(input);
    expect(within(summary()).getByText(ja.recommended.outsideAppiTitle)).toBeInTheDocument();
    expect(within(summary()).queryByText(ja.recommended.takeAdvice)).toBeNull();
    expect(screen.queryByRole('region', { name: ja.remedies.heading })).toBeNull();
    const warnings = screen.getByRole('region', { name: ja.warnings.heading });
    expect(within(warnings).getByRole('listitem', { name: jaOutcomes.warning.deceased_outside_appi.title })).toBeInTheDocument();
  });

  it('says that no basis is needed when the institution only uses its own anonymized data inside', async () => {
    const input = withAnswers({
      recipientType: 'same_institution',
      dataState: 'anonymized',
      jointResearch: undefined,
      consent: undefined,
      publicHealthNeed: undefined,
      recipientOwnUse: undefined,
      keyHolder: undefined,
      foreignRecipient: undefined,
      provisionStatus: undefined,
    });
    expect(evaluate(input).warnings.map((w) => w.id)).toContain('anonymized_internal_use');
    await showResult(input);
    expect(within(summary()).getByText(ja.recommended.noProvisionTitle)).toBeInTheDocument();
    expect(within(summary()).queryByText(ja.recommended.takeAdvice)).toBeNull();
  });

  it('words the ways forward in English too', async () => {
    await i18n.changeLanguage('en');
    renderApp('/result', storeWith(deadEnd));
    const ways = await screen.findByRole('region', { name: en.remedies.heading });
    expect(within(ways).getByText(en.remedies.leadNone)).toBeInTheDocument();
    expect(ways).toHaveTextContent('If only the provider keeps the correspondence table');
    expect(ways).toHaveTextContent('If your answer to');
  });
});
