import { type SubmitEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { ConfirmPrompt } from '../../components/ui/confirm-prompt';
import { ErrorSummary } from '../../components/ui/error-summary';
import { PageHeading } from '../../components/ui/page-heading';
import { StorageNotices } from '../../components/ui/storage-notices';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { profileNamespaces } from './namespaces';
import { PROFILE_LIMITS, institutionProfileSchema } from './schema';
import type { InstitutionProfile, ProfileField } from './schema';
import { profileInEffect } from './store';
import type { PresetState, ProfileInEffect } from './store';
import { useProfileApi, useProfileState } from './store-context';

type Message = 'none' | 'saved' | 'cleared';

/**
 * '/profile': the institution profile. Shows which profile is in effect (the person's own, or the preset their
 * institution put beside the app), reports a preset or a stored profile that could not be read, and edits and
 * clears the person's own. Everything shown is React text, whatever a preset or stored profile contains.
 */
export function ProfilePage() {
  const { t } = useTranslation(profileNamespaces);
  usePageTitle(t('profile:page.title'));
  const store = useProfileApi();
  useEffect(() => {
    store.getState().presetRequested();
  }, [store]);
  const own = useProfileState((state) => state.own);
  const preset = useProfileState((state) => state.preset);
  const problem = useProfileState((state) => state.storageProblem);
  const savingEnabled = useProfileState((state) => state.savingEnabled);
  const [message, setMessage] = useState<Message>('none');
  const messageRef = useRef<HTMLParagraphElement>(null);
  const inEffect = profileInEffect({ own, preset });

  useEffect(() => {
    // The Clear button has gone with the person's profile; focus moves to the confirmation so they keep their place.
    if (message === 'cleared') messageRef.current?.focus();
  }, [message]);

  return (
    <div className="prose profile-page">
      <PageHeading>{t('profile:page.title')}</PageHeading>
      <p>{t('profile:page.lead')}</p>
      <p className="hint">{t('profile:page.privacy')}</p>
      <StorageNotices
        namespace="profile"
        problem={problem}
        savingEnabled={savingEnabled}
        details={problem?.kind === 'invalid' ? <IssueList issues={problem.issues} /> : undefined}
        onDiscard={() => {
          store.getState().storageProblemDismissed();
        }}
      />
      <PresetNotice preset={preset} />
      <InEffect inEffect={inEffect} presetToo={own !== null && preset.kind === 'loaded'} />
      <div role="status" className="status-message">
        {message === 'none' ? null : (
          <p className="notice notice--success" tabIndex={-1} ref={messageRef}>
            {message === 'saved' ? t('profile:form.saved') : t('profile:form.cleared')}
          </p>
        )}
      </div>
      <ProfileForm
        // A new form once the person's own profile is saved or cleared; a preset arriving later fills it in place.
        key={own === null ? 'none' : 'own'}
        initial={own ?? (preset.kind === 'loaded' ? preset.profile : null)}
        canClear={own !== null}
        onSave={(profile) => {
          store.getState().profileSaved(profile);
          setMessage('saved');
        }}
        onClear={() => {
          store.getState().profileCleared();
          setMessage('cleared');
        }}
        onEdit={() => {
          setMessage('none');
        }}
      />
      <p>
        <Link to={paths.start}>{t('profile:page.homeLink')}</Link>
      </p>
    </div>
  );
}

export default ProfilePage;

function IssueList({ issues }: { issues: readonly string[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="problem-box__issues">
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{issue}</code>
        </li>
      ))}
    </ul>
  );
}

/** A preset that is there but cannot be used. A missing preset is the ordinary case and says nothing. */
function PresetNotice({ preset }: { preset: PresetState }) {
  const { t } = useTranslation(profileNamespaces);
  const headingId = useId();
  if (preset.kind !== 'invalid') return null;
  return (
    <section className="notice notice--warning" aria-labelledby={headingId} data-preset="invalid">
      <h2 className="notice__heading" id={headingId}>
        {t('profile:preset.problemHeading')}
      </h2>
      <p>{preset.problem === 'not_json' ? t('profile:preset.notJson') : t('profile:preset.invalid')}</p>
      <IssueList issues={preset.issues} />
      <p>{t('profile:preset.ignored')}</p>
    </section>
  );
}

function InEffect({ inEffect, presetToo }: { inEffect: ProfileInEffect | null; presetToo: boolean }) {
  const { t } = useTranslation(profileNamespaces);
  const headingId = useId();
  return (
    <section className="profile-in-effect" aria-labelledby={headingId} data-source={inEffect?.source ?? 'none'}>
      <h2 id={headingId}>{t('profile:inEffect.heading')}</h2>
      {inEffect === null ? (
        <p>{t('profile:inEffect.none')}</p>
      ) : (
        <>
          <p className="profile-in-effect__source">
            <strong>{inEffect.source === 'own' ? t('profile:inEffect.own') : t('profile:inEffect.preset')}</strong>
          </p>
          <ProfileFacts profile={inEffect.profile} />
          {presetToo ? <p className="hint">{t('profile:inEffect.ownOverPreset')}</p> : null}
        </>
      )}
    </section>
  );
}

function ProfileFacts({ profile }: { profile: InstitutionProfile }) {
  const { t } = useTranslation(profileNamespaces);
  const rows: readonly [ProfileField, string][] = [
    ['name', t('profile:fields.name.label')],
    ['contactOffice', t('profile:fields.contactOffice.label')],
    ['contactDetails', t('profile:fields.contactDetails.label')],
    ['note', t('profile:fields.note.label')],
  ];
  return (
    <dl className="summary-list" aria-label={t('profile:inEffect.factsLabel')}>
      {rows.map(([field, label]) => (
        <div className="summary-list__row" key={field}>
          <dt className="summary-list__key">{label}</dt>
          <dd className="summary-list__value user-text">{profile[field] === '' ? t('profile:inEffect.empty') : profile[field]}</dd>
        </div>
      ))}
    </dl>
  );
}

const emptyDraft: Record<ProfileField, string> = { name: '', contactOffice: '', contactDetails: '', note: '' };

interface ProfileFormProps {
  readonly initial: InstitutionProfile | null;
  readonly canClear: boolean;
  readonly onSave: (profile: InstitutionProfile) => void;
  readonly onClear: () => void;
  readonly onEdit: () => void;
}

function ProfileForm({ initial, canClear, onSave, onClear, onEdit }: ProfileFormProps) {
  const { t } = useTranslation(profileNamespaces);
  const formId = useId();
  const [draft, setDraft] = useState<Record<ProfileField, string>>(initial ?? emptyDraft);
  // The preset may answer after the form appears: it fills the form then, unless the person has started typing.
  const [touched, setTouched] = useState(false);
  const [shown, setShown] = useState(initial);
  if (initial !== shown) {
    setShown(initial);
    if (!touched) setDraft(initial ?? emptyDraft);
  }
  const [error, setError] = useState<{ field: ProfileField; attempt: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const fieldId = (field: ProfileField) => `${formId}-${field}`;

  const errorMessage = (field: ProfileField): string =>
    field === 'name' && draft.name.trim() === '' ? t('profile:form.nameMissing') : t('profile:form.tooLong', { max: PROFILE_LIMITS[field] });

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = institutionProfileSchema.safeParse(draft);
    if (!parsed.success) {
      const first = parsed.error.issues[0]?.path[0];
      const field = (Object.keys(emptyDraft) as ProfileField[]).find((key) => key === first) ?? 'name';
      setError({ field, attempt: (error?.attempt ?? 0) + 1 });
      return;
    }
    setError(null);
    onSave(parsed.data);
  };

  const field = (name: ProfileField, multiline = false) => {
    const id = fieldId(name);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const failed = error?.field === name;
    const common = {
      id,
      name,
      className: multiline ? 'input input--textarea' : 'input',
      value: draft[name],
      maxLength: PROFILE_LIMITS[name],
      'aria-describedby': failed ? `${hintId} ${errorId}` : hintId,
      'aria-invalid': failed ? true : undefined,
      onChange: (event: { target: { value: string } }) => {
        setDraft((previous) => ({ ...previous, [name]: event.target.value }));
        setTouched(true);
        onEdit();
      },
    };
    return (
      <div className={failed ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={id}>
          {t(`profile:fields.${name}.label`)}
        </label>
        <p className="hint" id={hintId}>
          {t(`profile:fields.${name}.hint`)}
        </p>
        {failed ? (
          <p className="error-message" id={errorId}>
            <VisuallyHidden>{t('profile:form.errorPrefix')}</VisuallyHidden>
            {errorMessage(name)}
          </p>
        ) : null}
        {multiline ? <textarea rows={4} {...common} /> : <input type="text" autoComplete={name === 'name' ? 'organization' : 'off'} {...common} />}
      </div>
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile:form.heading')}</h2>
      {error === null ? null : (
        <ErrorSummary
          title={t('profile:form.errorTitle')}
          attempt={error.attempt}
          errors={[{ targetId: fieldId(error.field), message: errorMessage(error.field) }]}
        />
      )}
      <form className="profile-form" noValidate onSubmit={submit}>
        {field('name')}
        {field('contactOffice')}
        {field('contactDetails')}
        {field('note', true)}
        <div className="button-group">
          <button className="button" type="submit">
            {t('profile:form.save')}
          </button>
          {canClear && !confirming ? (
            <button
              className="button button--secondary"
              type="button"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('profile:form.clear')}
            </button>
          ) : null}
        </div>
      </form>
      {canClear && confirming ? (
        <ConfirmPrompt
          question={t('profile:form.clearQuestion')}
          confirmLabel={t('profile:form.clearConfirm')}
          cancelLabel={t('profile:form.clearCancel')}
          onConfirm={onClear}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
    </section>
  );
}
