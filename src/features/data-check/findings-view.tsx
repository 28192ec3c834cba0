import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { CitationLink } from '../citations/citation-link';
import { findingInfo } from './engine/findings';
import { summarize } from './engine/summary';
import type { FileReport, FindingId } from './engine/types';
import { dataCheckNamespaces } from './namespaces';

/** Per checklist item: how many of the files it concerns still carry something, and where most often. */
export function SummaryView({ files }: { files: readonly FileReport[] }) {
  const { t } = useTranslation(dataCheckNamespaces);
  const headingId = useId();
  const items = summarize(files);
  return (
    <section className="data-check-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('datacheck:summary.heading')}</h2>
      {items.length === 0 ? (
        <p>{t('datacheck:summary.none')}</p>
      ) : (
        <ul className="data-check-summary__list">
          {items.map((item) => {
            const count = { checked: item.filesChecked, found: item.filesWithFindings };
            return (
              <li key={item.checklist} className="data-check-summary__item" data-checklist={item.checklist} data-found={item.filesWithFindings > 0}>
                <h3 className="data-check-summary__title">{t(`checklist:item.${item.checklist}.title`)}</h3>
                <p>
                  {item.filesWithFindings === 0 ? (
                    t('datacheck:summary.clean', count)
                  ) : (
                    <>
                      <SeverityTag severity={item.highest} /> {t('datacheck:summary.item', count)}
                    </>
                  )}
                </p>
                {item.locations.length > 0 ? (
                  <ul className="data-check-summary__locations" aria-label={t('datacheck:summary.locationsLabel')}>
                    {item.locations.map((location) => (
                      <li key={location.location}>
                        <code>{location.location}</code>
                        {` — ${t('datacheck:summary.locationFiles', { count: location.files })}`}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function SeverityTag({ severity }: { severity: 'high' | 'medium' | 'low' }) {
  const { t } = useTranslation(dataCheckNamespaces);
  return <strong className={`severity-tag severity-tag--${severity}`}>{t(`datacheck:severity.${severity}`)}</strong>;
}

const formatSize = (bytes: number): string =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

/**
 * One file's report: what it was read as, any problem, the checks run and the findings, then why they matter.
 * Memoised: a report never changes once made, so files already shown are not rendered again as others arrive.
 */
export const FileView = memo(function FileView({ report }: { report: FileReport }) {
  const { t } = useTranslation(dataCheckNamespaces);
  const headingId = useId();
  const distinct = [...new Set(report.findings.map((finding) => finding.id))];
  return (
    <section className="data-check-file" aria-labelledby={headingId} data-kind={report.kind} data-read={report.read}>
      <h3 id={headingId} className="data-check-file__name">
        {report.file}
      </h3>
      <dl className="data-check-file__facts">
        <div>
          <dt>{t('datacheck:files.kindLabel')}</dt>
          <dd>{t(`datacheck:kind.${report.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('datacheck:files.sizeLabel')}</dt>
          <dd>{formatSize(report.size)}</dd>
        </div>
        <div>
          <dt>{t('datacheck:files.readLabel')}</dt>
          <dd>{t(`datacheck:read.${report.read}`)}</dd>
        </div>
      </dl>
      {report.problems.map((problem) => (
        <p key={problem} className={report.read === 'none' ? 'notice notice--warning' : 'notice'} data-problem={problem}>
          {t(`datacheck:problems.${problem}`)}
          {report.problemDetail === undefined ? null : (
            <>
              {' '}
              <span className="hint">{t('datacheck:files.problemDetail', { detail: report.problemDetail })}</span>
            </>
          )}
        </p>
      ))}
      {report.read === 'none' ? null : report.findings.length === 0 ? (
        <p className="data-check-file__clean">{t('datacheck:files.noFindings')}</p>
      ) : (
        <>
          <p>{t('datacheck:files.findingsCount', { count: report.findings.length + report.omittedFindings })}</p>
          <div className="table-scroll">
            <table className="data-check-table">
              <caption className="visually-hidden">{t('datacheck:table.caption', { file: report.file })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('datacheck:table.severity')}</th>
                  <th scope="col">{t('datacheck:table.location')}</th>
                  <th scope="col">{t('datacheck:table.finding')}</th>
                  <th scope="col">{t('datacheck:table.sample')}</th>
                  <th scope="col">{t('datacheck:table.option')}</th>
                  <th scope="col">{t('datacheck:table.checklist')}</th>
                </tr>
              </thead>
              <tbody>
                {report.findings.map((finding, index) => (
                  <tr key={index} data-finding={finding.id}>
                    <td data-label={t('datacheck:table.severity')}>
                      <SeverityTag severity={finding.severity} />
                    </td>
                    <td data-label={t('datacheck:table.location')}>
                      <code>{finding.location}</code>
                    </td>
                    <td data-label={t('datacheck:table.finding')}>
                      {t(`datacheck:findings.${finding.id}.title`)}
                      {finding.heuristic === true ? <span className="data-check-tag"> {t('datacheck:table.heuristicTag')}</span> : null}
                    </td>
                    <td data-label={t('datacheck:table.sample')}>{finding.sample === undefined ? '' : <code>{finding.sample}</code>}</td>
                    <td data-label={t('datacheck:table.option')}>{finding.profileOption === undefined ? '' : t(`datacheck:options.${finding.profileOption}`)}</td>
                    <td data-label={t('datacheck:table.checklist')}>{t(`checklist:item.${finding.checklist}.title`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.omittedFindings > 0 ? <p className="hint">{t('datacheck:files.omitted', { count: report.omittedFindings })}</p> : null}
          <WhyList ids={distinct} />
        </>
      )}
    </section>
  );
});

/** Why each kind of finding in a file matters, once per kind, with its sources. */
function WhyList({ ids }: { ids: readonly FindingId[] }) {
  const { t } = useTranslation(dataCheckNamespaces);
  return (
    <dl className="data-check-why">
      {ids.map((id) => (
        <div key={id} className="data-check-why__row">
          <dt>{t(`datacheck:findings.${id}.title`)}</dt>
          <dd>
            {t(`datacheck:findings.${id}.why`)}{' '}
            {findingInfo[id].citations.map((citation) => (
              <CitationLink key={citation} id={citation} />
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
