import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { summarize } from './engine/summary';
import { dataCheckNamespaces } from './namespaces';
import { dataCheckPath } from './paths';
import type { DataCheckRecord } from './records';
import { useDataChecksApi, useDataChecksState } from './store-context';

const noRecords: readonly DataCheckRecord[] = [];

interface AttachedChecksProps {
  readonly records: readonly DataCheckRecord[];
  /** Offered in the report (the person's own records); absent in review mode, which is read-only. */
  readonly onDetach?: (recordId: string) => void;
  readonly linkToPage?: boolean;
}

/**
 * The data check records attached to an assessment, newest first: when, how many files, and per checklist item how
 * many still carry something. Shown in the report and, from a submitted file, in review mode.
 */
export function AttachedChecks({ records, onDetach, linkToPage = false }: AttachedChecksProps) {
  const { t, i18n } = useTranslation(dataCheckNamespaces);
  const headingId = useId();
  const formatDate = (iso: string) => new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="data-check-attached" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('datacheck:attached.heading')}</h2>
      {records.length === 0 ? <p>{t('datacheck:attached.none')}</p> : null}
      {records.map((record) => {
        const withFindings = record.files.filter((file) => file.findings.length > 0).length;
        return (
          <div key={record.id} className="data-check-attached__record">
            <p>
              <strong>
                {t('datacheck:attached.entry', { date: formatDate(record.checkedAt), files: record.files.length, withFindings })}
              </strong>
            </p>
            <ul className="data-check-attached__list">
              {summarize(record.files).map((item) => {
                const count = { checked: item.filesChecked, found: item.filesWithFindings };
                return (
                  <li key={item.checklist}>
                    {t(`checklist:item.${item.checklist}.title`)}：
                    {item.filesWithFindings === 0 ? t('datacheck:summary.clean', count) : t('datacheck:summary.item', count)}
                    {item.locations.length > 0 ? ` (${item.locations.map((location) => location.location).join(', ')})` : ''}
                  </li>
                );
              })}
            </ul>
            <p className="hint">{t('datacheck:record.notProof')}</p>
            {onDetach === undefined ? null : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onDetach(record.id);
                }}
              >
                {t('datacheck:attached.remove')}
              </button>
            )}
          </div>
        );
      })}
      {linkToPage ? (
        <p>
          <Link to={dataCheckPath}>{t('datacheck:attached.link')}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The records the person attached to one of their assessments, from this browser's storage. */
export function useAttachedRecords(assessmentId: string): readonly DataCheckRecord[] {
  return useDataChecksState((state) => state.byAssessment[assessmentId] ?? noRecords);
}

/** The report's section: the assessment's own records, which the person may detach. */
export function AttachedChecksForAssessment({ assessmentId }: { assessmentId: string }) {
  const store = useDataChecksApi();
  const records = useAttachedRecords(assessmentId);
  // Nothing attached: the report stays as it was, without an empty section.
  if (records.length === 0) return null;
  return (
    <AttachedChecks
      records={records}
      linkToPage
      onDetach={(recordId) => {
        store.getState().recordDetached(assessmentId, recordId);
      }}
    />
  );
}
