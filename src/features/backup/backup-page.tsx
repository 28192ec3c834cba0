import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import '../../styles/report.css';
import '../../styles/backup.css';
import { ConfirmPrompt } from '../../components/ui/confirm-prompt';
import { FileProblemBox, IssueList } from '../../components/ui/file-problem-box';
import { PageHeading } from '../../components/ui/page-heading';
import { useFocusOnMount } from '../../components/ui/use-focus-on-mount';
import { downloadText } from '../../lib/export/download';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { rulesVersion } from '../../rules/rule-sets';
import { formatBytes, formatDateTime } from '../report/format';
import { reportPaths } from '../report/paths';
import { withUserText } from '../report/user-text';
import { readFileText } from '../review/read-file';
import { MAX_BACKUP_BYTES, backupFileName, buildBackup, readBackupFile, serializeBackup } from './format';
import type { BackupProblem, ParsedBackup } from './format';
import { backupNamespaces } from './namespaces';
import type { BackupT } from './namespaces';
import { applyRestore, changesAnything, planRestore } from './restore';
import type { RestoreResult, RestoreStorage } from './restore';
import type { BackupItem, BackupStoreId, RestoreMode, SectionIssue, StorePlan } from './store-registry';
import { backupStores } from './stores';

/** How many names and problems are listed before the rest are counted. */
export const MAX_LISTED = 30;

const storageKeyOf = (store: BackupStoreId): string => backupStores.find((s) => s.id === store)?.storageKey ?? store;

/** localStorage that never throws: private modes and disabled storage read as empty and refuse writes. */
const browserStorage: RestoreStorage = {
  read(key) {
    try {
      return globalThis.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      globalThis.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key) {
    try {
      globalThis.localStorage.removeItem(key);
    } catch {
      // Nothing was stored under the key before the restore, and nothing can be done about it now.
    }
  },
};

/** An item as the person knows it; names from files go in after translation (withUserText). */
function itemText(item: BackupItem, t: BackupT): string {
  const label = item.label;
  if (label === undefined) return item.name.trim() === '' ? t('backup:item.unnamed') : item.name;
  switch (label) {
    case 'language':
      return t('backup:item.language', { name: item.name === 'en' ? t('backup:languageName.en') : t('backup:languageName.ja') });
    case 'trainingSetAside':
      return t('backup:item.trainingSetAside');
    case 'trainingAnswer':
    case 'trainingSet':
    case 'linkReview':
    case 'draft':
      return withUserText((slots) => t(`backup:item.${label}`, slots), { name: item.name });
  }
}

/**
 * '/backup': everything the app keeps in this browser, saved as one file and restored from one. Restoring shows
 * what would change first, writes nothing unless the whole file is valid, and never deletes: "add" keeps this
 * browser's data as it is, "replace" overwrites only the items named in its confirmation.
 */
export function BackupPage() {
  const { t } = useTranslation(backupNamespaces);
  usePageTitle(t('backup:page.title'));
  // Counted again after a restore: the counts are read from storage when the section renders.
  const [restores, setRestores] = useState(0);
  return (
    <article className="prose backup-page">
      <PageHeading>{t('backup:page.title')}</PageHeading>
      <p className="lead">{t('backup:page.lead')}</p>
      <p>{t('backup:page.leadAction')}</p>
      <SaveSection key={restores} />
      <RestoreSection
        onRestored={() => {
          setRestores((n) => n + 1);
        }}
      />
      <p>
        <Link to={paths.start}>{t('backup:page.homeLink')}</Link>
      </p>
    </article>
  );
}

export default BackupPage;

function SaveSection() {
  const { t } = useTranslation(backupNamespaces);
  const headingId = useId();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  // Read afresh on each render: another tab, or a restore on this page, may have changed the storage.
  const current = buildBackup((key) => browserStorage.read(key), new Date().toISOString(), rulesVersion);

  const download = () => {
    const built = buildBackup((key) => browserStorage.read(key), new Date().toISOString(), rulesVersion);
    const name = backupFileName(built.file.createdAt);
    downloadText(name, 'application/json', serializeBackup(built.file));
    setDownloaded(name);
  };

  const total = Object.values(current.counts).reduce((sum, n) => sum + n, 0);
  const chosenLanguage = current.file.stores.language;
  const countText = (store: BackupStoreId): string => {
    if (current.leftOut.includes(store)) return '—';
    // The language is a setting, not a number of things: its value says more than "1".
    if (store === 'language') {
      return chosenLanguage === 'en' || chosenLanguage === 'ja' ? t(`backup:languageName.${chosenLanguage}`) : t('backup:save.languageNotChosen');
    }
    return t('backup:save.countValue', { count: current.counts[store] ?? 0 });
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backup:save.heading')}</h2>
      {total === 0 && current.leftOut.length === 0 ? (
        <p>{t('backup:save.empty')}</p>
      ) : (
        <>
          <table className="backup-counts">
            <caption>{t('backup:save.contains')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup:save.store')}</th>
                <th scope="col">{t('backup:save.count')}</th>
              </tr>
            </thead>
            <tbody>
              {backupStores.map((store) => (
                <tr key={store.id}>
                  <th scope="row">{t(`backup:stores.${store.id}`)}</th>
                  <td>{countText(store.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {current.leftOut.map((store) => (
            <p key={store} className="notice notice--warning">
              {t('backup:save.leftOut', { store: t(`backup:stores.${store}`) })}
            </p>
          ))}
          <p className="hint">{t('backup:save.sensitive')}</p>
          <button type="button" className="button" onClick={download}>
            {t('backup:save.download')}
          </button>
        </>
      )}
      <div role="status">{downloaded === null ? null : <p className="notice notice--success">{t('backup:save.downloaded', { file: downloaded })}</p>}</div>
    </section>
  );
}

type RestoreState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'problem'; readonly problem: BackupProblem }
  | { readonly kind: 'preview'; readonly backup: ParsedBackup; readonly plans: readonly StorePlan[] }
  | { readonly kind: 'done'; readonly result: RestoreResult };

function RestoreSection({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation(backupNamespaces);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  // Each file read gets a number, so a slow read that finishes after a newer one cannot overwrite it.
  const readCount = useRef(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (file === undefined) return;
    const attempt = ++readCount.current;
    setState({ kind: 'reading' });
    const result = await readBackupFile(file, readFileText);
    if (attempt !== readCount.current) return;
    if (!result.ok) {
      setState({ kind: 'problem', problem: result.problem });
      return;
    }
    setState({ kind: 'preview', backup: result.backup, plans: planRestore(result.backup, (key) => browserStorage.read(key), storageKeyOf) });
  };

  const showPicker = state.kind !== 'preview';
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backup:restore.heading')}</h2>
      <p>{t('backup:restore.lead')}</p>
      {state.kind === 'problem' ? <ProblemBox problem={state.problem} /> : null}
      {state.kind === 'done' ? <Done result={state.result} /> : null}
      {showPicker ? (
        <div className="drop-zone">
          <label className="label" htmlFor={inputId}>
            {t('backup:restore.choose')}
          </label>
          <p className="hint" id={hintId}>
            {t('backup:restore.chooseHint', { size: formatBytes(MAX_BACKUP_BYTES, i18n.resolvedLanguage) })}
          </p>
          <input
            className="drop-zone__input"
            id={inputId}
            type="file"
            accept=".json,application/json"
            aria-describedby={hintId}
            disabled={state.kind === 'reading'}
            onChange={(event) => {
              void choose(event);
            }}
          />
        </div>
      ) : null}
      <p role="status">{state.kind === 'reading' ? t('backup:restore.reading') : null}</p>
      {state.kind === 'preview' ? (
        <Preview
          backup={state.backup}
          plans={state.plans}
          onDone={(result) => {
            setState({ kind: 'done', result });
            if (result.ok) onRestored();
          }}
          onCancel={() => {
            setState({ kind: 'idle' });
          }}
        />
      ) : null}
    </section>
  );
}

function issueText(issue: SectionIssue, t: BackupT): string {
  if (issue.item !== null) return withUserText((slots) => t('backup:problem.issue', slots), { item: issue.item, field: issue.field, message: issue.message });
  if (issue.field !== '') return withUserText((slots) => t('backup:problem.issueNoItem', slots), { field: issue.field, message: issue.message });
  return withUserText((slots) => t('backup:problem.issueWhole', slots), { message: issue.message });
}

function ProblemBox({ problem }: { problem: BackupProblem }) {
  const { t, i18n } = useTranslation(backupNamespaces);
  const language = i18n.resolvedLanguage;

  const message = (() => {
    switch (problem.kind) {
      case 'too_large':
        return t('backup:problem.too_large', { size: formatBytes(problem.bytes, language), max: formatBytes(MAX_BACKUP_BYTES, language) });
      case 'newer_format':
        return t('backup:problem.newer_format', { format: problem.format });
      case 'unknown_stores':
        return withUserText((slots) => t('backup:problem.unknown_stores', slots), { stores: problem.stores.join(', ') });
      case 'unreadable':
      case 'not_json':
      case 'assessment_file':
      case 'not_backup':
      case 'unknown_format':
      case 'invalid_envelope':
      case 'invalid_stores':
        return t(`backup:problem.${problem.kind}`);
    }
  })();

  return (
    <FileProblemBox problem={problem.kind} title={t('backup:problem.title')} headingLevel={3} message={message}>
      {problem.kind === 'assessment_file' ? (
        <p>
          <Link to={reportPaths.import}>{t('backup:problem.assessmentFileLink')}</Link>
        </p>
      ) : null}
      {problem.kind === 'invalid_envelope' ? <IssueList issues={problem.issues} max={MAX_LISTED} render={(issue) => <code>{issue}</code>} /> : null}
      {problem.kind === 'invalid_stores'
        ? problem.stores.map(({ store, problem: storeProblem }) => (
            <section key={store} className="backup-problem-store" data-store={store}>
              <h4>{t(`backup:stores.${store}`)}</h4>
              {storeProblem.kind === 'unknown_version' ? (
                <p>
                  {withUserText((slots) => t('backup:problem.storeVersion', slots), {
                    version: typeof storeProblem.version === 'number' ? String(storeProblem.version) : JSON.stringify(storeProblem.version ?? null).slice(0, 40),
                  })}
                </p>
              ) : (
                <IssueList
                  issues={storeProblem.issues}
                  max={MAX_LISTED}
                  render={(issue) => issueText(issue, t)}
                  more={(count) => t('backup:problem.more', { count })}
                />
              )}
            </section>
          ))
        : null}
      <p>{t('backup:problem.unchanged')}</p>
    </FileProblemBox>
  );
}

function NameList({ items }: { items: readonly BackupItem[] }) {
  const { t } = useTranslation(backupNamespaces);
  if (items.length === 0) return null;
  return (
    <ul className="backup-names">
      {items.slice(0, MAX_LISTED).map((item) => (
        <li key={item.id}>{itemText(item, t)}</li>
      ))}
      {items.length > MAX_LISTED ? <li>{t('backup:problem.more', { count: items.length - MAX_LISTED })}</li> : null}
    </ul>
  );
}

function StorePreview({ plan }: { plan: StorePlan }) {
  const { t } = useTranslation(backupNamespaces);
  const headingId = useId();
  const store = t(`backup:stores.${plan.store}`);
  const lines: { key: 'added' | 'differing' | 'same' | 'onlyHere'; items: readonly BackupItem[] }[] = [
    { key: 'added', items: plan.added },
    { key: 'differing', items: plan.differing },
    { key: 'same', items: plan.same },
    { key: 'onlyHere', items: plan.onlyHere },
  ];
  return (
    <section className="backup-store" aria-labelledby={headingId} data-store={plan.store}>
      <h4 id={headingId}>{store}</h4>
      {plan.currentUnreadable ? (
        <p className="notice notice--warning">{t('backup:preview.unreadable', { store })}</p>
      ) : (
        <ul className="backup-store__lines">
          {lines
            .filter((line) => line.items.length > 0)
            .map((line) => (
              <li key={line.key} data-line={line.key}>
                {t(`backup:preview.${line.key}`, { count: line.items.length })}
                {/* Same and only-here items change in neither mode: named on request, so the page stays short. */}
                {line.key === 'same' || line.key === 'onlyHere' ? (
                  <details>
                    <summary>{t('backup:preview.showNames')}</summary>
                    <NameList items={line.items} />
                  </details>
                ) : (
                  <NameList items={line.items} />
                )}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

function Preview({
  backup,
  plans,
  onDone,
  onCancel,
}: {
  backup: ParsedBackup;
  plans: readonly StorePlan[];
  onDone: (result: RestoreResult) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(backupNamespaces);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const headingId = useId();
  const [mode, setMode] = useState<RestoreMode>('add');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const overwritten = plans.flatMap((plan) => plan.differing.map((item) => ({ store: plan.store, item })));

  const restore = async () => {
    setBusy(true);
    const result = await applyRestore(plans, mode, browserStorage, storageKeyOf);
    onDone(result);
  };

  const submit = () => {
    if (mode === 'replace' && overwritten.length > 0) setConfirming(true);
    else void restore();
  };

  const nothing = !changesAnything(plans, 'add') && !changesAnything(plans, 'replace');
  const nothingInMode = !changesAnything(plans, mode);

  return (
    <section className="backup-preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('backup:preview.heading')}
      </h3>
      <p className="meta">
        {withUserText((slots) => t('backup:preview.meta', slots), {
          date: formatDateTime(backup.createdAt, i18n.resolvedLanguage),
          version: backup.rulesVersion,
        })}
      </p>
      {/* A store empty both here and in the backup has nothing to say. */}
      {plans
        .filter((plan) => plan.currentUnreadable || plan.added.length + plan.differing.length + plan.same.length + plan.onlyHere.length > 0)
        .map((plan) => (
          <StorePreview key={plan.store} plan={plan} />
        ))}

      {nothing ? (
        <p className="notice notice--success">{t('backup:mode.nothing')}</p>
      ) : (
        <>
          {/* With no item in another version here, both ways do the same: no choice to make. */}
          {overwritten.length === 0 ? null : (
            <fieldset className="backup-mode" disabled={busy || confirming}>
              <legend>{t('backup:mode.legend')}</legend>
              {(['add', 'replace'] as const).map((value) => (
                <div className="choices__item" key={value}>
                  <input
                    className="choices__input"
                    type="radio"
                    name="backup-mode"
                    id={`backup-mode-${value}`}
                    value={value}
                    checked={mode === value}
                    aria-describedby={`backup-mode-${value}-hint`}
                    onChange={() => {
                      setMode(value);
                    }}
                  />
                  <label className="choices__label" htmlFor={`backup-mode-${value}`}>
                    {t(`backup:mode.${value}`)}
                  </label>
                  <p className="choices__hint" id={`backup-mode-${value}-hint`}>
                    {t(`backup:mode.${value}Hint`)}
                  </p>
                </div>
              ))}
            </fieldset>
          )}
          {nothingInMode ? <p className="notice">{t('backup:mode.nothingToAdd')}</p> : null}
          {confirming ? (
            <div className="backup-confirm">
              <ConfirmPrompt
                question={t('backup:mode.confirm', { count: overwritten.length })}
                confirmLabel={t('backup:mode.confirmButton')}
                cancelLabel={t('backup:mode.cancel')}
                onConfirm={() => {
                  setConfirming(false);
                  void restore();
                }}
                onCancel={() => {
                  setConfirming(false);
                }}
              />
              <ul className="backup-names" aria-label={t('backup:preview.differing', { count: overwritten.length })}>
                {overwritten.map(({ store, item }) => (
                  <li key={`${store}/${item.id}`}>
                    {t(`backup:stores.${store}`)}: {itemText(item, t)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
      <div className="button-group">
        {nothing || confirming ? null : (
          <button type="button" className="button" disabled={busy || nothingInMode} onClick={submit}>
            {t('backup:mode.submit')}
          </button>
        )}
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('backup:restore.another')}
        </button>
      </div>
    </section>
  );
}

function Done({ result }: { result: RestoreResult }) {
  const { t, i18n } = useTranslation(backupNamespaces);
  const box = useFocusOnMount<HTMLDivElement>();
  if (!result.ok) {
    return (
      <div className="problem-box" role="alert" tabIndex={-1} ref={box} data-problem={result.kind}>
        <p>{result.kind === 'invalid' ? t('backup:done.invalid', { store: t(`backup:stores.${result.store}`) }) : t('backup:done.write_failed')}</p>
        {result.kind === 'invalid' ? (
          <IssueList issues={result.issues} max={MAX_LISTED} render={(issue) => <code>{issue}</code>} />
        ) : null}
        <p>{t('backup:problem.unchanged')}</p>
      </div>
    );
  }
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={box}>
      <h3 className="notice__heading">{t('backup:done.heading')}</h3>
      <p>{t('backup:done.written', { stores: new Intl.ListFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'ja-JP').format(result.written.map((store) => t(`backup:stores.${store}`))) })}</p>
      {result.liveUpdated ? null : <p>{t('backup:done.reload')}</p>}
    </div>
  );
}
