import { type SubmitEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { basisNameKey, stageKey } from '../../i18n/keys';
import { projectNameMaxLength } from '../assessments/schema';
import type { SavedAssessment } from '../assessments/schema';
import { RuleUpdateNotice } from '../exchange/rule-update-notice';
import { ruleUpdateSummary } from '../exchange/rule-update';
import { assessmentStatus } from './assessment-status';

export const savedHeadingId = (id: string) => `saved-${id}`;

export interface SavedItemActions {
  open(assessment: SavedAssessment): void;
  duplicate(assessment: SavedAssessment, displayName: string): void;
  rename(assessment: SavedAssessment, name: string): void;
  remove(assessment: SavedAssessment, displayName: string): void;
}

function useDisplayName(assessment: SavedAssessment): string {
  const { t } = useTranslation();
  return assessment.name.trim() === '' ? t('saved.unnamed') : assessment.name;
}

function StatusText({ assessment }: { assessment: SavedAssessment }) {
  const { t } = useTranslation(['common', 'outcomes']);
  const status = useMemo(() => assessmentStatus(assessment.answers), [assessment.answers]);
  switch (status.kind) {
    case 'complete':
      return status.recommendedBasis === null
        ? t('saved.completeNoBasis')
        : t('saved.complete', { basis: t(basisNameKey(status.recommendedBasis)) });
    case 'in_progress':
      return t('saved.inProgress', { answered: status.answered, total: status.total });
  }
}

/** What a rules update left to do in this assessment, while there is something: answers to choose again, new questions. */
function RuleUpdate({ assessment }: { assessment: SavedAssessment }) {
  const { ruleUpdate, answers } = assessment;
  const summary = useMemo(
    () => (ruleUpdate === undefined ? null : ruleUpdateSummary(ruleUpdate.from, answers, ruleUpdate.removed)),
    [ruleUpdate, answers],
  );
  if (summary === null || summary.removed.length + summary.added.length === 0) return null;
  return <RuleUpdateNotice from={summary.from} removed={summary.removed} added={summary.added} />;
}

function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** One saved assessment: what it is and how far it got, with Open, Duplicate, Rename (inline) and Delete. */
export function SavedItem({ assessment, actions }: { assessment: SavedAssessment; actions: SavedItemActions }) {
  const { t, i18n } = useTranslation(['common', 'outcomes']);
  const displayName = useDisplayName(assessment);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(assessment.name);
  const renameInput = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (renaming) {
      renameInput.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [renaming]);

  const closeRename = () => {
    returnFocus.current = true;
    setRenaming(false);
  };
  const saveRename = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    actions.rename(assessment, draft.trim());
    closeRename();
  };
  const cancelOnEscape = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeRename();
    }
  };

  const { stage } = assessment.answers;
  const inputId = `${savedHeadingId(assessment.id)}-name`;

  return (
    <li className="saved-item">
      <h3 className="saved-item__name" id={savedHeadingId(assessment.id)} tabIndex={-1}>
        {displayName}
      </h3>
      <dl className="saved-item__meta">
        <div>
          <dt>{t('saved.updated')}</dt>
          <dd>
            <time dateTime={assessment.updatedAt}>{formatDate(assessment.updatedAt, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('saved.stage')}</dt>
          <dd>{stage === undefined ? t('saved.stageUnanswered') : t(stageKey(stage))}</dd>
        </div>
        <div>
          <dt>{t('saved.status')}</dt>
          <dd>
            <StatusText assessment={assessment} />
          </dd>
        </div>
      </dl>
      <RuleUpdate assessment={assessment} />
      {renaming ? (
        <form className="saved-item__rename" noValidate onSubmit={saveRename}>
          <label className="label" htmlFor={inputId}>
            {t('saved.renameField', { name: displayName })}
          </label>
          <input
            className="input"
            id={inputId}
            ref={renameInput}
            type="text"
            maxLength={projectNameMaxLength}
            autoComplete="off"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
            onKeyDown={cancelOnEscape}
          />
          <div className="button-group">
            <button className="button" type="submit">
              {t('saved.renameSave')}
            </button>
            <button className="button button--secondary" type="button" onClick={closeRename}>
              {t('saved.renameCancel')}
            </button>
          </div>
        </form>
      ) : null}
      <div className="button-group saved-item__actions">
        <button
          type="button"
          className="button"
          aria-label={t('saved.openLabel', { name: displayName })}
          onClick={() => {
            actions.open(assessment);
          }}
        >
          {t('saved.open')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('saved.duplicateLabel', { name: displayName })}
          onClick={() => {
            actions.duplicate(assessment, displayName);
          }}
        >
          {t('saved.duplicate')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          ref={renameButton}
          aria-label={t('saved.renameLabel', { name: displayName })}
          aria-expanded={renaming}
          onClick={() => {
            if (renaming) {
              closeRename();
            } else {
              setDraft(assessment.name);
              setRenaming(true);
            }
          }}
        >
          {t('saved.rename')}
        </button>
        <button
          type="button"
          className="button button--warning"
          aria-label={t('saved.deleteLabel', { name: displayName })}
          onClick={() => {
            actions.remove(assessment, displayName);
          }}
        >
          {t('saved.delete')}
        </button>
      </div>
    </li>
  );
}
