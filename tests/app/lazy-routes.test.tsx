import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';

import { preloadableLazy } from '../../src/app/lazy-routes';
import { preloadRoute } from '../../src/app/routes';
import { resultNamespaces } from '../../src/features/result/namespaces';

function Page() {
  return <h1>Loaded page</h1>;
}

const renderInSuspense = (Component: React.ComponentType) =>
  render(
    <Suspense fallback={<p role="status">Loading</p>}>
      <Component />
    </Suspense>,
  );

describe('preloadableLazy', () => {
  it('renders a preloaded page at once, without the loading notice', async () => {
    const LazyPage = preloadableLazy(() => Promise.resolve(Page));
    await LazyPage.preload();
    renderInSuspense(LazyPage);
    // Synchronous query: had the page suspended, the loading notice would be here instead.
    expect(screen.getByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('loads a page that was not preloaded on first render, showing the loading notice meanwhile', async () => {
    let resolve: (page: React.ComponentType) => void = () => undefined;
    const LazyPage = preloadableLazy(() => new Promise((done) => (resolve = done)));
    renderInSuspense(LazyPage);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    resolve(Page);
    expect(await screen.findByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
  });

  it('loads once however often it is asked, and tries again after a failed download', async () => {
    const load = vi.fn<() => Promise<React.ComponentType>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Page);
    const LazyPage = preloadableLazy(load);
    await expect(LazyPage.preload()).rejects.toThrow('offline');
    await Promise.all([LazyPage.preload(), LazyPage.preload()]);
    await LazyPage.preload();
    expect(load).toHaveBeenCalledTimes(2);
    renderInSuspense(LazyPage);
    expect(screen.getByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
  });
});

describe('preloadRoute', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('names the words each page opened directly needs, and fetches its code', async () => {
    const result = preloadRoute('#/result');
    expect(result.namespaces).toEqual(resultNamespaces);
    // Settles with the loaded page component, so main.tsx can wait for it before the first render.
    await expect(result.code).resolves.toBeTypeOf('function');
    // A question may carry an open-point marker, whose words are in `about`.
    expect(preloadRoute('#/q/dataOrigin').namespaces).toEqual(['questions', 'glossary', 'about']);
    expect(preloadRoute('#/check').namespaces).toEqual(['questions']);
    expect(preloadRoute('#/about/open/stage_names').namespaces).toEqual(resultNamespaces);
  });

  it('adds the outcome words to the start page only when there are saved assessments to list', () => {
    expect(preloadRoute('#/').namespaces).toEqual([]);
    localStorage.setItem('mdn.assessments', '{}');
    expect(preloadRoute('#/').namespaces).toEqual(['outcomes']);
    expect(preloadRoute('').namespaces).toEqual(['outcomes']);
  });
});
