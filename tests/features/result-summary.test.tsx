import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import jaChecklist from '../../locales/ja/checklist.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import en from '../../locales/en/result.json';
import ja from '../../locales/ja/result.json';
import { useProfile } from '../../src/features/profile/store';
import { resultNamespaces } from '../../src/features/result/namespaces';
import { ownerWords, timingWords } from '../../src/features/result/next-step-text';
import i18n from '../../src/i18n';
import { evaluate, maxNextSteps, nextSteps } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { withAnswers } from '../rules/fixtures';
import { renderApp, storeWith } from '../app/harness';
import { scenario } from './report-harness';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

async function showResult(input: AssessmentInput) {
  const view = renderApp('/result', storeWith(input, 'Summary test'));
  await screen.findByRole('heading', { level: 1, name: ja.title });
  // The details follow the summary in a deferred render.
  await screen.findByRole('region', { name: ja.checklist.heading });
  return view;
}
const summary = () => screen.getByRole('region', { name: ja.summary.heading });
const stepIds = () =>
  within(summary())
    .queryAllByRole('listitem')
    .filter((item) => item.hasAttribute('data-next-step'))
    .map((item) => item.dataset.nextStep);

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

describe('the summary at the top of the result', () => {
  it('names the next steps the rules give, with who does them and when, and drops a step once ticked', async () => {
    const user = userEvent.setup();
    const input = scenario('S02');
    const assessment = evaluate(input);
    expect(assessment.remedies).toEqual([]);
    await showResult(input);
    const expected = nextSteps(assessment.checklist);
    expect(expected).toHaveLength(maxNextSteps);
    expect(stepIds()).toEqual(expected.map((step) => step.id));
    const t = i18n.getFixedT('ja', resultNamespaces);
    for (const step of expected) {
      const item = within(summary()).getAllByRole('listitem').find((li) => li.dataset.nextStep === step.id);
      expect(item).toHaveTextContent(jaChecklist.item[step.id].title);
      // (toHaveTextContent collapses whitespace, the ideographic space included.)
      const meta = fill(ja.summary.stepMeta, { owner: ownerWords(step.owner, input, t), when: timingWords(step.timing, input, t) });
      expect(item).toHaveTextContent(meta.replace(/\s+/gu, ' '));
    }
    // The first step, ticked in the checklist, leaves the summary; the next one in line takes its place.
    const [first] = expected;
    if (first === undefined) throw new Error('no step');
    const checklist = screen.getByRole('region', { name: ja.checklist.heading });
    await user.click(within(checklist).getByRole('checkbox', { name: jaChecklist.item[first.id].title }));
    await waitFor(() => {
      expect(stepIds()).toEqual(nextSteps(assessment.checklist, new Set([first.id])).map((step) => step.id));
    });
    expect(stepIds()).not.toContain(first.id);
  });

  it('names three steps when ways forward share the summary, and says how many more are on the checklist', async () => {
    const input = scenario('S01');
    const assessment = evaluate(input);
    expect(assessment.remedies.length).toBeGreaterThan(0);
    await showResult(input);
    expect(stepIds()).toEqual(nextSteps(assessment.checklist, new Set(), 3).map((step) => step.id));
    expect(within(summary()).getByRole('link', { name: fill(ja.summary.moreSteps, { count: assessment.checklist.length - 3 }) })).toBeInTheDocument();
  });

  it('lists the warnings that block progress first, each leading to its explanation', async () => {
    const user = userEvent.setup();
    const { router } = await showResult(scenario('S03'));
    const blocking = within(summary()).getByRole('group', { name: ja.summary.blockingHeading });
    const link = within(blocking).getByRole('link', { name: jaOutcomes.warning.relink_request_prohibited.title });
    // A caution that does not block (the law change) stays with the details.
    expect(within(blocking).queryByText(jaOutcomes.warning.law_change_pending.title)).toBeNull();
    await user.click(link);
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 2, name: ja.warnings.heading })).toHaveFocus();
    });
    expect(router.state.location).toMatchObject({ pathname: '/result', hash: '#result-warnings' });
  });

  it('has a contents list whose links take keyboard focus to each part', async () => {
    const user = userEvent.setup();
    await showResult(scenario('S02'));
    const contents = screen.getByRole('navigation', { name: ja.contents.label });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([ja.contents.bases, ja.contents.warnings, ja.contents.timeline, ja.contents.checklist, ja.contents.glossary]);
    // After the summary and the actions, before the details.
    expect(summary().compareDocumentPosition(contents) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(contents).getByRole('link', { name: ja.contents.checklist }));
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 2, name: ja.checklist.heading })).toHaveFocus();
    });
    // The glossary is folded away until asked for.
    const glossary = screen.getByRole('region', { name: ja.glossary.heading });
    expect(within(glossary).getAllByRole('term')[0]).not.toBeVisible();
  });

  it('says once and plainly that a case is out of scope, labels the statute-only reading and offers no drafts', async () => {
    const input = scenario('S04');
    const assessment = evaluate(input);
    expect(assessment.inScope).toBe(false);
    await showResult(input);
    expect(screen.getAllByText(ja.scope.title)).toHaveLength(1);
    expect(summary()).toHaveTextContent(
      fill(ja.summary.recommendedStatuteOnly, { stage: jaOutcomes.stage[assessment.stage], basis: jaOutcomes.basis.anonymized_provision.name }),
    );
    expect(screen.queryByText(jaOutcomes.verdictHint.recommended)).toBeNull();
    expect(screen.getByText(ja.bases.statuteOnlyHint)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: ja.actions.drafts })).toBeNull();
    // The reason it is out of scope is in the summary, not again among the warnings.
    const warnings = screen.getByRole('region', { name: ja.warnings.heading });
    expect(within(warnings).queryByText(jaOutcomes.warning.out_of_scope_product.body)).toBeNull();
    expect(within(summary()).getByText(jaOutcomes.warning.out_of_scope_product.body)).toBeInTheDocument();
  });

  it('ends the steps with the contact the institution profile names', async () => {
    useProfile.getState().profileSaved({ name: '例示大学病院', contactOffice: '臨床研究支援センター', contactDetails: '内線 1234', note: '' });
    try {
      await showResult(withAnswers({}));
      expect(within(summary()).getByText(fill(ja.summary.contactWithDetails, { office: '臨床研究支援センター', details: '内線 1234' }))).toBeInTheDocument();
    } finally {
      useProfile.getState().profileCleared();
    }
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    renderApp('/result', storeWith(scenario('S02')));
    const top = await screen.findByRole('region', { name: en.summary.heading });
    expect(top).toHaveTextContent('For the Development stage, the recommended legal basis is Joint use of pseudonymously processed information.');
    expect(within(top).getByRole('group', { name: en.summary.nextStepsHeading })).toHaveTextContent('Who: the principal investigator');
  });
});
