import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import checklist from '../../locales/ja/checklist.json';
import outcomes from '../../locales/ja/outcomes.json';
import report from '../../locales/ja/report.json';
import reportEn from '../../locales/en/report.json';
import resultJa from '../../locales/ja/result.json';
import { fingerprint } from '../../src/features/exchange/fingerprint';
import { briefReason } from '../../src/features/report/summary';
import i18n from '../../src/i18n';
import { evaluate, maxNextSteps, rulesVersion } from '../../src/rules';
import { makeStore, storeWith } from '../app/harness';
import { findPageHeading, renderReportRoutes, scenario } from './report-harness';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The value shown under a label in the summary's list of facts. */
const fact = (label: string) => {
  // A <dl> has no implicit role that Testing Library can name; its terms are found by their text.
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
};

const section = (name: string) => screen.getByRole('region', { name });

describe('one-page summary', () => {
  it('names the project, stage, date, rule-set version and fingerprint, then the basis, why, next steps and warnings', async () => {
    const answers = scenario('S02');
    const store = storeWith(answers, 'CT-1 (v2)');
    store.getState().tickToggled('ethics_review');
    renderReportRoutes('/report/summary', store);
    await findPageHeading(report.summary.title);

    expect(fact(report.summary.project)).toBe('CT-1 (v2)');
    expect(fact(report.summary.stage)).toBe(outcomes.stage.development);
    expect(fact(report.summary.rules)).toBe(rulesVersion);
    expect(fact(report.summary.fingerprint)).toBe(fingerprint(rulesVersion, answers));
    expect(fact(report.summary.date)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/u);

    const basis = outcomes.basis.pseudonymized_joint_use;
    const recommended = section(report.summary.recommendedHeading);
    expect(within(recommended).getByText(fill(report.summary.recommended, { basis: basis.name, provisions: basis.provisions }))).toBeInTheDocument();
    // Why: the model route's reason in brief. Its first sentence is too short alone, so the second comes with it.
    const model = outcomes.reason.pseudonymized_joint_use_model_route;
    const [opening = '', following = ''] = model.split('。');
    const shortened = `${opening}。${following}。`;
    expect(within(recommended).getByText(shortened)).toBeInTheDocument();
    expect(within(recommended).queryByText(model)).not.toBeInTheDocument();

    // Next steps: at most five, the ticked ethics review left out, each with who and when.
    const steps = within(section(report.summary.stepsHeading)).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(maxNextSteps);
    expect(screen.queryByText(checklist.item.ethics_review.title)).not.toBeInTheDocument();
    const first = steps[0];
    expect(first).toHaveTextContent(resultJa.party.type.medical);
    expect(first).toHaveTextContent(resultJa.timing.before_provision);

    // Warnings: titles only.
    const assessment = evaluate(answers);
    const warnings = section(report.summary.warningsHeading);
    for (const warning of assessment.warnings) {
      const { title, body } = outcomes.warning[warning.id];
      expect(within(warnings).getByText(title)).toBeInTheDocument();
      expect(within(warnings).queryByText(body)).not.toBeInTheDocument();
    }
  });

  it('says when no basis can be recommended yet, with no reasons', async () => {
    // S08: the sources do not decide which basis may be used (tests/fixtures/scenarios.json expects none).
    renderReportRoutes('/report/summary', storeWith(scenario('S08')));
    await findPageHeading(report.summary.title);
    const recommended = section(report.summary.recommendedHeading);
    expect(within(recommended).getByText(report.summary.noneYet)).toBeInTheDocument();
    expect(within(recommended).queryByRole('heading', { name: report.summary.whyHeading })).not.toBeInTheDocument();
  });

  it('says when the case is outside the guideline', async () => {
    renderReportRoutes('/report/summary', storeWith(scenario('S04')));
    await findPageHeading(report.summary.title);
    expect(within(section(report.summary.recommendedHeading)).getByText(report.summary.outOfScope)).toBeInTheDocument();
  });

  it('prints with the browser, and links back to the full report', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { router } = renderReportRoutes('/report/summary', storeWith(scenario('S02')));
    await findPageHeading(report.summary.title);
    await user.click(screen.getByRole('button', { name: report.summary.print }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('link', { name: report.summary.reportLink }));
    await findPageHeading(report.doc.title);
    expect(router.state.location.pathname).toBe('/report');
  });

  it('is reachable from the report page', async () => {
    const user = userEvent.setup();
    const { router } = renderReportRoutes('/report', storeWith(scenario('S02')));
    await findPageHeading(report.doc.title);
    await user.click(screen.getByRole('link', { name: report.summary.link }));
    await findPageHeading(report.summary.title);
    expect(router.state.location.pathname).toBe('/report/summary');
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    renderReportRoutes('/report/summary', storeWith(scenario('S02')));
    await findPageHeading(reportEn.summary.title);
    expect(screen.getByRole('button', { name: reportEn.summary.print })).toBeInTheDocument();
  });

  it('explains when there is no assessment, or when it is unfinished', async () => {
    renderReportRoutes('/report/summary', makeStore());
    await findPageHeading(report.summary.title);
    expect(screen.getByRole('heading', { level: 2, name: report.page.noAssessmentTitle })).toBeInTheDocument();
  });
});

describe('the report’s verdict table on a narrow screen', () => {
  it('keeps its table roles, and every cell names its column for the stacked layout', async () => {
    renderReportRoutes('/report', storeWith(scenario('S02')));
    await findPageHeading(report.doc.title);
    const table = screen.getAllByRole('table').find((t) => within(t).queryByRole('columnheader', { name: report.doc.bases.verdict }) !== null);
    if (table === undefined) throw new Error('no verdict table');
    // The roles are stated on the elements, so a change of CSS display (report.css, max-width 40rem) cannot drop them.
    expect(table).toHaveAttribute('role', 'table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      const cells = within(row).getAllByRole('cell');
      expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(headers);
    }
  });
});

describe('briefReason', () => {
  it('cuts Japanese at the first 。', () => {
    expect(briefReason('一つ目の文は、理由を一文で言い切るのに十分な長さがあります。二つ目の文です。')).toBe(
      '一つ目の文は、理由を一文で言い切るのに十分な長さがあります。',
    );
  });

  it('takes the next sentence with a first sentence too short to stand alone', () => {
    expect(briefReason('推奨する経路です。医療機関等が仮名加工情報を作成し、共同利用により提供します。三つ目。')).toBe(
      '推奨する経路です。医療機関等が仮名加工情報を作成し、共同利用により提供します。',
    );
  });

  it('cuts English at the first full stop that ends a sentence, not at an abbreviation', () => {
    expect(briefReason('It applies (Art. 27(1)(vi); Arts. 43–44, No. 56). Then more. And more.')).toBe(
      'It applies (Art. 27(1)(vi); Arts. 43–44, No. 56).',
    );
    expect(briefReason('Deleted information etc. Stays with the provider.')).toBe('Deleted information etc. Stays with the provider.');
  });

  it('keeps a text of one sentence whole', () => {
    expect(briefReason('Only one sentence here (guideline ch.6).')).toBe('Only one sentence here (guideline ch.6).');
  });
});
