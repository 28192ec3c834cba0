import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import enAbout from '../../locales/en/about.json';
import jaAbout from '../../locales/ja/about.json';
import jaResult from '../../locales/ja/result.json';
import { openPoints } from '../../src/features/about/open-points';
import i18n from '../../src/i18n';
import { evaluate, rulesVersion } from '../../src/rules';
import { centralCase, withAnswers } from '../rules/fixtures';
import { makeStore, renderApp, storeWith } from '../app/harness';

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

describe('the About the rules page', () => {
  it.each([
    ['ja', jaAbout],
    ['en', enAbout],
  ] as const)('lists the rule-set version and every open point with its heading in %s', async (lng, words) => {
    await i18n.changeLanguage(lng);
    renderApp('/about', makeStore());
    await screen.findByRole('heading', { level: 1, name: words.page.title });
    expect(screen.getByText(words.version.current.replace('{{version}}', rulesVersion))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: words.open.heading })).toBeInTheDocument();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(titles).toEqual(openPoints.map((point) => words.point[point.id].title));
    // The list at the top leads to each point.
    const contents = screen.getByRole('navigation', { name: words.open.listLabel });
    expect(within(contents).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(
      openPoints.map((point) => `/about/open/${point.id}`),
    );
  });

  it('links each kind of public source to its address, in a new tab', async () => {
    renderApp('/about', makeStore());
    await screen.findByRole('heading', { level: 1, name: jaAbout.page.title });
    const guideline = screen.getByRole('link', { name: /医療デジタルデータのAI研究開発等への利活用に係るガイドライン|本ガイドライン/u });
    expect(guideline).toHaveAttribute('href', 'https://www.mhlw.go.jp/content/001310044.pdf');
    expect(guideline).toHaveAttribute('target', '_blank');
  });

  it('is reached from the footer', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', makeStore());
    const footerLink = await screen.findByRole('link', { name: /ルールについて/u });
    await user.click(footerLink);
    await screen.findByRole('heading', { level: 1, name: jaAbout.page.title });
    expect(router.state.location.pathname).toBe('/about');
  });

  it('opened at a point, focuses that point’s heading instead of the page title', async () => {
    renderApp('/about/open/adequate_countries', makeStore());
    const heading = await screen.findByRole('heading', { level: 3, name: jaAbout.point.adequate_countries.title });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
  });
});

describe('an open-point marker', () => {
  it('leads from the result of a case at the approval review to the point on the stage basis, and Back returns', async () => {
    const user = userEvent.setup();
    const input = withAnswers({ stage: 'regulatory_review' });
    expect(evaluate(input).warnings.map((warning) => warning.id)).toContain('stage_basis_unconfirmed');
    const { router } = renderApp('/result', storeWith(input));
    // The result page and its words load on demand; on a busy machine that takes longer than the default second.
    await screen.findByRole('heading', { level: 1, name: jaResult.title }, { timeout: 5_000 });

    const warning = await screen.findByRole('listitem', { name: /この段階の根拠は未確定です/u });
    const marker = within(warning).getByRole('link', { name: new RegExp(jaAbout.point.stage_basis.title) });
    expect(marker).toHaveTextContent(jaAbout.marker.label.open_point);
    // The stage name is flagged by its own, calmer label.
    expect(within(warning).getByRole('link', { name: new RegExp(jaAbout.point.stage_names.title) })).toHaveTextContent(
      jaAbout.marker.label.stage_name,
    );

    await user.click(marker);
    const heading = await screen.findByRole('heading', { level: 3, name: jaAbout.point.stage_basis.title }, { timeout: 5_000 });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(router.state.location.pathname).toBe('/about/open/stage_basis');

    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/result');
    await screen.findByRole('heading', { level: 1, name: jaResult.title }, { timeout: 5_000 });
  });

  it('shows on a question that touches an open point', async () => {
    renderApp('/q/recipientOwnUse', storeWith({ ...centralCase, recipientOwnUse: undefined }));
    const marker = await screen.findByRole('link', { name: new RegExp(jaAbout.point.vendor_own_improvement.title) });
    expect(marker).toHaveAttribute('href', '/about/open/vendor_own_improvement');
  });

  it('does not show on a question the sources settle', async () => {
    renderApp('/q/dataOrigin', storeWith({}));
    await screen.findAllByRole('radio', {}, { timeout: 5_000 });
    const markers = screen.queryAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/about/open/'));
    expect(markers).toEqual([]);
  });
});
