import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import common from '../../locales/ja/common.json';
import profile from '../../locales/ja/profile.json';
import { Layout } from '../../src/app/layout';
import { fetchPresetProfile, PRESET_URL } from '../../src/features/profile/preset';
import { profileRoutes } from '../../src/features/profile/routes';
import { PROFILE_STORAGE_KEY, parsePresetProfile } from '../../src/features/profile/schema';
import type { PresetResult } from '../../src/features/profile/schema';
import { createProfileStore } from '../../src/features/profile/store';
import type { ProfileStore } from '../../src/features/profile/store';
import { ProfileStoreProvider } from '../../src/features/profile/store-context';
import { useInstitutionProfile } from '../../src/features/profile/use-institution-profile';
import i18n from '../../src/i18n';
import { memoryStorage } from '../app/harness';

const hospital = { name: '〇〇大学病院', contactOffice: '個人情報保護窓口', contactDetails: '内線 1234', note: '' };

/** A stand-in for the browser's fetch that answers the preset's URL with `body` (or fails), and nothing else. */
function fakeFetch(answer: { status: number; body?: string; type?: string } | 'offline') {
  return vi.fn((input: string) => {
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    expect(input).toBe(PRESET_URL);
    return Promise.resolve(
      new Response(answer.body ?? null, { status: answer.status, headers: { 'Content-Type': answer.type ?? 'application/json' } }),
    );
  });
}

function makeProfileStore(initial: Record<string, string> = {}, preset: () => Promise<PresetResult> = () => Promise.resolve({ kind: 'absent' })) {
  const { storage, data } = memoryStorage(initial);
  return { store: createProfileStore({ storage, loadPreset: preset }), data, storage };
}

function renderProfilePage(store: ProfileStore) {
  const router = createMemoryRouter([{ element: <Layout />, children: [{ path: '/', element: <h1>start</h1> }, ...profileRoutes] }], {
    initialEntries: ['/profile'],
  });
  render(
    <ProfileStoreProvider store={store}>
      <RouterProvider router={router} />
    </ProfileStoreProvider>,
  );
  return screen.findByRole('heading', { level: 1, name: profile.page.title });
}

const inEffect = () => screen.getByRole('region', { name: profile.inEffect.heading });
const field = (label: string) => screen.getByRole('textbox', { name: label });

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('the institution profile page', () => {
  it('is linked from the layout’s navigation', async () => {
    const { store } = makeProfileStore();
    await renderProfilePage(store);
    const nav = screen.getByRole('navigation', { name: common.layout.nav.label });
    expect(within(nav).getByRole('link', { name: common.layout.nav.profile })).toHaveAttribute('aria-current', 'page');
  });

  it('saves a profile, which a new store reads back, and clears it after confirming', async () => {
    const user = userEvent.setup();
    const { store, data, storage } = makeProfileStore();
    await renderProfilePage(store);
    expect(within(inEffect()).getByText(profile.inEffect.none)).toBeInTheDocument();

    await user.type(field(profile.fields.name.label), hospital.name);
    await user.type(field(profile.fields.contactOffice.label), hospital.contactOffice);
    await user.type(field(profile.fields.contactDetails.label), hospital.contactDetails);
    await user.click(screen.getByRole('button', { name: profile.form.save }));

    expect(await screen.findByText(profile.form.saved)).toBeInTheDocument();
    expect(within(inEffect()).getByText(profile.inEffect.own)).toBeInTheDocument();
    expect(within(inEffect()).getByText(hospital.contactDetails)).toBeInTheDocument();
    expect(JSON.parse(data.get(PROFILE_STORAGE_KEY) ?? 'null')).toEqual({ schemaVersion: 1, profile: hospital });
    expect(createProfileStore({ storage, loadPreset: () => Promise.resolve({ kind: 'absent' }) }).getState().own).toEqual(hospital);

    await user.click(screen.getByRole('button', { name: profile.form.clear }));
    expect(screen.getByText(profile.form.clearQuestion)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: profile.form.clearConfirm }));
    expect(await screen.findByText(profile.form.cleared)).toHaveFocus();
    expect(within(inEffect()).getByText(profile.inEffect.none)).toBeInTheDocument();
    expect(JSON.parse(data.get(PROFILE_STORAGE_KEY) ?? 'null')).toEqual({ schemaVersion: 1, profile: null });
  });

  it('refuses a profile without a name, with an error summary that takes focus', async () => {
    const user = userEvent.setup();
    const { store, data } = makeProfileStore();
    await renderProfilePage(store);
    await user.type(field(profile.fields.contactOffice.label), '倫理審査委員会事務局');
    await user.click(screen.getByRole('button', { name: profile.form.save }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(field(profile.fields.name.label)).toHaveAttribute('aria-invalid', 'true');
    expect(data.has(PROFILE_STORAGE_KEY)).toBe(false);
  });

  it('shows the institution’s preset when the person has none, and their own over it', async () => {
    const user = userEvent.setup();
    const fetchFile = fakeFetch({ status: 200, body: JSON.stringify({ name: 'プリセット病院', contactOffice: '研究支援課' }) });
    const { store } = makeProfileStore({}, () => fetchPresetProfile(fetchFile));
    await renderProfilePage(store);

    expect(await within(inEffect()).findByText(profile.inEffect.preset)).toBeInTheDocument();
    expect(within(inEffect()).getByText('プリセット病院')).toBeInTheDocument();
    expect(fetchFile).toHaveBeenCalledTimes(1);
    // The form starts from the preset, so adapting it is a small edit.
    expect(field(profile.fields.name.label)).toHaveValue('プリセット病院');

    await user.clear(field(profile.fields.name.label));
    await user.type(field(profile.fields.name.label), '自分の病院');
    await user.click(screen.getByRole('button', { name: profile.form.save }));
    expect(await within(inEffect()).findByText(profile.inEffect.own)).toBeInTheDocument();
    expect(within(inEffect()).getByText('自分の病院')).toBeInTheDocument();
    expect(screen.getByText(profile.inEffect.ownOverPreset)).toBeInTheDocument();
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });

  it.each([
    { kind: 'absent' },
    { kind: 'loaded', profile: { ...hospital, name: 'プリセット病院' } },
  ] satisfies PresetResult[])('keeps what the person typed when the preset answers late ($kind)', async (late) => {
    const user = userEvent.setup();
    let answer: (result: PresetResult) => void = () => undefined;
    const { store } = makeProfileStore({}, () => new Promise((resolve) => (answer = resolve)));
    await renderProfilePage(store);
    await user.type(field(profile.fields.name.label), '入力中の病院');
    answer(late);
    await waitFor(() => {
      expect(store.getState().preset.kind).toBe(late.kind);
    });
    expect(field(profile.fields.name.label)).toHaveValue('入力中の病院');
  });

  it('reports an invalid profile.json on the page, and goes on without it', async () => {
    const notJson = fakeFetch({ status: 200, body: '{"name": "病院",' });
    const first = makeProfileStore({}, () => fetchPresetProfile(notJson));
    await renderProfilePage(first.store);
    const notice = await screen.findByRole('region', { name: profile.preset.problemHeading });
    expect(notice).toHaveTextContent(profile.preset.notJson);
    expect(within(inEffect()).getByText(profile.inEffect.none)).toBeInTheDocument();
  });

  it('reports a profile.json that fails the schema, naming the field', async () => {
    const wrong = fakeFetch({ status: 200, body: JSON.stringify({ name: 42, extra: true }) });
    const { store } = makeProfileStore({}, () => fetchPresetProfile(wrong));
    await renderProfilePage(store);
    const notice = await screen.findByRole('region', { name: profile.preset.problemHeading });
    expect(notice).toHaveTextContent(profile.preset.invalid);
    expect(notice).toHaveTextContent(/name:/u);
  });

  it('keeps a corrupt stored profile, reports it and does not overwrite it on save', async () => {
    const user = userEvent.setup();
    const raw = '{"schemaVersion":1,"profile":{"name":';
    const { store, data } = makeProfileStore({ [PROFILE_STORAGE_KEY]: raw });
    await renderProfilePage(store);
    expect(screen.getByRole('region', { name: profile.storage.problemHeading })).toHaveTextContent(profile.storage.unreadable);
    await user.type(field(profile.fields.name.label), hospital.name);
    await user.click(screen.getByRole('button', { name: profile.form.save }));
    expect(data.get(PROFILE_STORAGE_KEY)).toBe(raw);
    expect(screen.getByRole('button', { name: profile.storage.download })).toBeInTheDocument();
  });

  it('shows stored and preset text as text, never as markup', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const stored = JSON.stringify({ schemaVersion: 1, profile: { ...hospital, name: markup } });
    const { store } = makeProfileStore({ [PROFILE_STORAGE_KEY]: stored });
    await renderProfilePage(store);
    expect(within(inEffect()).getByText(markup)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('the preset file', () => {
  it('is silent when absent, offline or answered with a page instead of JSON', async () => {
    expect(await fetchPresetProfile(fakeFetch({ status: 404 }))).toEqual({ kind: 'absent' });
    expect(await fetchPresetProfile(fakeFetch('offline'))).toEqual({ kind: 'absent' });
    expect(await fetchPresetProfile(fakeFetch({ status: 200, body: '<!doctype html>', type: 'text/html' }))).toEqual({ kind: 'absent' });
  });

  it('is read with the same schema as the stored profile: trimmed, absent fields empty, unknown keys refused', () => {
    expect(parsePresetProfile(JSON.stringify({ name: '  病院  ' }))).toEqual({
      kind: 'loaded',
      profile: { name: '病院', contactOffice: '', contactDetails: '', note: '' },
    });
    expect(parsePresetProfile(JSON.stringify({ name: '病院', url: 'https://example.com' }))).toMatchObject({ kind: 'invalid', problem: 'schema' });
    // What the build ships beside index.html: no preset, and no 404 in the console either.
    expect(parsePresetProfile('null\n')).toEqual({ kind: 'absent' });
    expect(readFileSync(join(process.cwd(), 'public', 'profile.json'), 'utf8')).toBe('null\n');
    expect(parsePresetProfile('[]')).toMatchObject({ kind: 'invalid', problem: 'schema' });
    expect(parsePresetProfile(JSON.stringify({ name: 'x'.repeat(201) }))).toMatchObject({ kind: 'invalid', problem: 'schema' });
  });
});

describe('useInstitutionProfile', () => {
  function Probe() {
    const inUse = useInstitutionProfile();
    return <p>{inUse === null ? 'none' : inUse.name}</p>;
  }
  const renderProbe = (store: ProfileStore) =>
    render(
      <ProfileStoreProvider store={store}>
        <Probe />
      </ProfileStoreProvider>,
    );

  it('gives the preset once it arrives, and the person’s own over it', async () => {
    const { store } = makeProfileStore({}, () => Promise.resolve({ kind: 'loaded', profile: { ...hospital, name: 'プリセット' } }));
    renderProbe(store);
    expect(await screen.findByText('プリセット')).toBeInTheDocument();
    store.getState().profileSaved(hospital);
    await waitFor(() => {
      expect(screen.getByText(hospital.name)).toBeInTheDocument();
    });
  });

  it('asks for the preset only once the page has been painted, and once', async () => {
    const loadPreset = vi.fn(() => Promise.resolve<PresetResult>({ kind: 'absent' }));
    const { store } = makeProfileStore({}, loadPreset);
    const { rerender } = renderProbe(store);
    // Rendered and its effects run, but no frame yet: a request now would sit on the path of the largest paint.
    expect(loadPreset).not.toHaveBeenCalled();
    await waitFor(() => {
      expect(loadPreset).toHaveBeenCalledTimes(1);
    });
    rerender(
      <ProfileStoreProvider store={store}>
        <Probe />
      </ProfileStoreProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadPreset).toHaveBeenCalledTimes(1);
  });

  it('is null with neither', async () => {
    const { store } = makeProfileStore();
    renderProbe(store);
    await waitFor(() => {
      expect(store.getState().preset.kind).toBe('absent');
    });
    expect(screen.getByText('none')).toBeInTheDocument();
  });
});
