// The bench's yardstick (scripts/bench.ts): the app's libraries and nothing of its own code, rendering a start page
// like ours (same words, same stylesheet) with the words bundled in, as a plain app would.
import '../../src/styles/global.css';

import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { HashRouter, Link, Route, Routes } from 'react-router';
import { z } from 'zod/mini';
import { create } from 'zustand';

import common from '../../locales/ja/common.json';

const Name = z.string().check(z.minLength(1));
const useStore = create<{ name: string; named: (name: string) => void }>()((set) => ({ name: '', named: (name) => { set({ name }); } }));

function StartPage() {
  const { t } = useTranslation();
  const { name, named } = useStore();
  const section = (key: 'what' | 'limits') => (
    <section>
      <h2>{t(`start.${key}.heading`)}</h2>
      <ul>{Object.entries(common.start[key]).filter(([k]) => k !== 'heading').map(([k, v]) => <li key={k}>{v}</li>)}</ul>
    </section>
  );
  return (
    <main className="site-main">
      <article className="prose">
        <h1>{t('start.title')}</h1>
        <form onSubmit={(event) => { event.preventDefault(); named(Name.safeParse(name).success ? name : ''); }}>
          <label htmlFor="name">{t('start.new.nameLabel')}</label>
          <input id="name" value={name} onChange={(event) => { named(event.target.value); }} />
          <button type="submit">{t('start.new.button')}</button>
        </form>
        <p className="lead">{t('start.lead')}</p>
        {section('what')}
        {section('limits')}
        <Link to="/">{t('app.name')}</Link>
      </article>
    </main>
  );
}

const root = document.getElementById('root');
void i18next.use(initReactI18next).init({ lng: 'ja', resources: { ja: { common } }, defaultNS: 'common' }).then(() => {
  if (root !== null) createRoot(root).render(<HashRouter><Routes><Route path="/" element={<StartPage />} /></Routes></HashRouter>);
});
