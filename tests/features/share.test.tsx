import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import outcomes from '../../locales/ja/outcomes.json';
import questions from '../../locales/ja/questions.json';
import report from '../../locales/ja/report.json';
import { canonicalAnswers } from '../../src/features/exchange/fingerprint';
import { MAX_SHARE_PAYLOAD, encodeShare } from '../../src/features/exchange/share-link';
import { shareUrl } from '../../src/features/share/share-url';
import i18n from '../../src/i18n';
import { applicableQuestions, rulesVersion } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { makeStore, storeWith } from '../app/harness';
import { findPageHeading, renderReportRoutes, scenario, snapshot } from './report-harness';

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => values[key] ?? '');
/** A payload as a share link carries it, built by hand so tests can make ones the app never would. */
const payload = (content: unknown) => Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
const openRoute = (encoded: string) => `/open?a=${encoded}`;

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('share links', () => {
  it('go from the report through the clipboard to the landing page and, once confirmed, into another browser’s store', async () => {
    const user = userEvent.setup();
    const answers = scenario('S02');
    const view = renderReportRoutes('/report', storeWith(answers, 'Sender’s secret project'));
    await user.click(await screen.findByRole('button', { name: report.share.button }));
    const url = new URL(await navigator.clipboard.readText());
    view.unmount();

    // The receiver has an assessment of their own, which must survive untouched.
    const store = storeWith(scenario('S10'), 'Receiver’s own');
    const before = snapshot(store);
    renderReportRoutes(url.hash.slice(1), store);
    await findPageHeading(report.open.title);

    for (const id of applicableQuestions(answers)) expect(screen.getByText(questions[id].title)).toBeInTheDocument();
    expect(screen.getByText(questions.purpose.options.product_only)).toBeInTheDocument();
    expect(screen.getByText(fill(report.open.linkRules, { version: rulesVersion }))).toBeInTheDocument();
    expect(screen.queryByText(fill(report.open.rulesDiffer, { current: rulesVersion }))).not.toBeInTheDocument();
    expect(screen.getByText(fill(report.open.recommended, { basis: outcomes.basis.pseudonymized_joint_use.name }))).toBeInTheDocument();
    expect(screen.queryByText(/secret/u)).not.toBeInTheDocument();
    // Showing the link changed nothing.
    expect(snapshot(store)).toEqual(before);

    await user.click(screen.getByRole('button', { name: report.open.confirm }));
    await findPageHeading('result page');
    const [own, added, ...more] = store.getState().assessments;
    expect(more).toEqual([]);
    expect(own).toEqual(before.assessments[0]);
    expect(added?.answers).toEqual(canonicalAnswers(answers));
    expect(added?.ticks).toEqual([]);
    expect(added?.name).toMatch(/^共有リンクから開いた確認（\d{4}年\d{1,2}月\d{1,2}日）$/u);
    expect(store.getState().currentId).toBe(added?.id);
  });

  it('change nothing when the person cancels', async () => {
    const user = userEvent.setup();
    const store = storeWith(scenario('S10'), 'Mine');
    const before = snapshot(store);
    renderReportRoutes(openRoute(encodeShare(scenario('S02'))), store);

    await user.click(await screen.findByRole('button', { name: report.open.cancel }));
    await findPageHeading('start page');
    expect(snapshot(store)).toEqual(before);
  });

  it('say when the link was made under another rule set, even one with a hostile version string', async () => {
    const version = `<b>old</b> $t(${'x'.repeat(80)}`;
    renderReportRoutes(openRoute(payload({ v: 1, r: version, a: canonicalAnswers(scenario('S02')) })), makeStore());
    await findPageHeading(report.open.title);
    expect(screen.getByText(fill(report.open.linkRules, { version }))).toBeInTheDocument();
    expect(screen.getByText(fill(report.open.rulesDiffer, { current: rulesVersion }))).toBeInTheDocument();
  });

  it('holding unfinished answers open at the next question', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const answers: AssessmentInput = { dataOrigin: 'clinical_care', productKind: 'diagnostic_ai_software' };
    renderReportRoutes(openRoute(encodeShare(answers)), store);

    expect(await screen.findByText(report.open.incomplete)).toBeInTheDocument();
    expect(screen.queryByText(/現在のルールで/u)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: report.open.confirm }));
    await findPageHeading('question page');
    expect(store.getState().assessments.map((a) => a.answers)).toEqual([answers]);
  });

  it('use the page’s own address', () => {
    expect(shareUrl({ dataOrigin: 'other' }, { origin: 'https://example.test', pathname: '/tools/navigator/' })).toBe(
      `https://example.test/tools/navigator/#/open?a=${encodeShare({ dataOrigin: 'other' })}`,
    );
  });
});

describe('broken share links', () => {
  const cases: readonly (readonly [string, string, keyof typeof report.open.problem])[] = [
    ['no payload', '/open', 'missing'],
    ['an empty payload', '/open?a=', 'missing'],
    ['a payload over the limit', openRoute('A'.repeat(MAX_SHARE_PAYLOAD + 1)), 'too_long'],
    ['a truncated payload', openRoute(encodeShare(scenario('S02')).slice(0, 50)), 'malformed'],
    ['characters outside base64url', openRoute(encodeURIComponent('<script>alert(1)</script>')), 'malformed'],
    ['a payload that is not JSON', openRoute(Buffer.from('not json').toString('base64url')), 'malformed'],
    ['an unknown version', openRoute(payload({ v: 2, r: rulesVersion, a: {} })), 'unknown_version'],
    ['an unknown answer', openRoute(payload({ v: 1, r: rulesVersion, a: { dataOrigin: 'mars' } })), 'invalid'],
    ['an unknown question', openRoute(payload({ v: 1, r: rulesVersion, a: { '<img src=x onerror=alert(1)>': 'x' } })), 'invalid'],
    ['a wrong type', openRoute(payload({ v: 1, r: 7, a: [] })), 'invalid'],
  ];

  it.each(cases)('with %s give a clear message and a way home, and leave stored data alone', async (_label, route, problem) => {
    const store = storeWith(scenario('S10'), 'Mine');
    store.getState().tickToggled('ethics_review');
    const before = snapshot(store);
    renderReportRoutes(route, store);

    await findPageHeading(report.open.problem.heading);
    expect(screen.getByRole('alert')).toHaveTextContent(report.open.problem[problem]);
    expect(screen.getByRole('alert')).toHaveTextContent(report.open.problem.untouched);
    expect(screen.getByRole('link', { name: report.page.homeLink })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: report.open.confirm })).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(snapshot(store)).toEqual(before);
  });
});
