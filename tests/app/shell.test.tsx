import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import en from '../../locales/en/common.json';
import ja from '../../locales/ja/common.json';
import { routes } from '../../src/app/routes';
import i18n, { languageStorageKey } from '../../src/i18n';
import { rulesVersion } from '../../src/rules';

function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

describe('app shell', () => {
  it('shows the start page in Japanese and switches to English', async () => {
    const user = userEvent.setup();
    renderApp();

    expect(screen.getByRole('heading', { level: 1, name: ja.start.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
    expect(screen.getByRole('link', { name: ja.layout.skipLink })).toBeInTheDocument();
    expect(screen.getByText(ja.start.rulesVersion.replace('{{version}}', rulesVersion))).toBeInTheDocument();

    const languages = screen.getByRole('group', { name: ja.layout.languageSwitch });
    expect(within(languages).getByRole('button', { name: ja.languages.ja })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(languages).getByRole('button', { name: ja.languages.en }));

    expect(await screen.findByRole('heading', { level: 1, name: en.start.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.title).toBe(`${en.start.title} | ${en.app.name}`);
    expect(screen.getByRole('group', { name: en.layout.languageSwitch })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.languages.en })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');
  });

  it('switches back to Japanese from the keyboard', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('en');
    renderApp();

    await user.tab(); // skip link
    await user.tab(); // product name
    await user.tab(); // 日本語
    expect(screen.getByRole('button', { name: en.languages.ja })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: ja.start.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
  });

  it('shows a not-found page for an unknown path and moves focus to the heading on navigation', async () => {
    const user = userEvent.setup();
    renderApp('/no-such-page');

    expect(screen.getByRole('heading', { level: 1, name: ja.notFound.title })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: ja.notFound.homeLink }));

    const startHeading = await screen.findByRole('heading', { level: 1, name: ja.start.title });
    await waitFor(() => {
      expect(startHeading).toHaveFocus();
    });
  });

  it('moves focus to main content from the skip link without changing the route', async () => {
    const user = userEvent.setup();
    renderApp();

    await user.click(screen.getByRole('link', { name: ja.layout.skipLink }));

    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: ja.start.title })).toBeInTheDocument();
  });
});
