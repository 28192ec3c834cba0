import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import '../../styles/report.css';
import { paths, questionPath } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { reviewedVersionOf } from '../feedback/schema';
import { BackLink } from '../../components/ui/back-link';
import { PageHeading } from '../../components/ui/page-heading';
import type { DocModel } from '../../lib/export/doc-model';
import { downloadBlob, downloadText, safeFileName } from '../../lib/export/download';
import { renderMarkdown } from '../../lib/export/markdown';
import { nextQuestion } from '../../rules';
import { evaluateAnswers } from '../assessments/evaluated';
import type { QuestionId } from '../../rules';
import type { SavedAssessment } from '../assessments/schema';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { serializeAssessmentFile, toAssessmentFile } from '../exchange/format';
import { AttachedChecksForAssessment, useAttachedRecords } from '../data-check/attached-checks';
import { useInstitutionProfile } from '../profile/use-institution-profile';
import { ShareLinkButton } from '../share/share-link-button';
import { buildReport } from './build-report';
import { DocView } from './doc-view';
import { formatDate } from './format';
import { reportNamespaces } from './namespaces';
import { reportPaths } from './paths';
import { withUserText } from './user-text';

/** The report of the current assessment: a print view, and the same document as Markdown, Word and JSON. */
export function ReportPage() {
  const { t } = useTranslation(reportNamespaces);
  usePageTitle(t('report:page.title'));
  const current = useCurrentAssessment();
  if (current === undefined) return <NoAssessment title={t('report:page.title')} />;
  // evaluate throws on an incomplete input: ask the rules first which question is still open.
  const next = nextQuestion(current.answers);
  if (next !== null) return <Incomplete title={t('report:page.title')} next={next} />;
  return <Report saved={current} />;
}

export default ReportPage;

/** In place of a report (or its summary) when no assessment is open. */
export function NoAssessment({ title }: { title: string }) {
  const { t } = useTranslation(reportNamespaces);
  return (
    <article className="prose report-page report-page--empty">
      <PageHeading>{title}</PageHeading>
      <h2>{t('report:page.noAssessmentTitle')}</h2>
      <p>{t('report:page.noAssessmentBody')}</p>
      <p>
        <Link to={paths.start}>{t('report:page.homeLink')}</Link>
      </p>
    </article>
  );
}

/** In place of a report (or its summary) while a question is still open. */
export function Incomplete({ title, next }: { title: string; next: QuestionId }) {
  const { t } = useTranslation(reportNamespaces);
  return (
    <article className="prose report-page report-page--empty">
      <PageHeading>{title}</PageHeading>
      <h2>{t('report:page.incompleteTitle')}</h2>
      <p>{t('report:page.incompleteBody')}</p>
      <p>
        <Link to={questionPath(next)}>{t('report:page.continueLink')}</Link>
      </p>
    </article>
  );
}

type Status = { readonly kind: 'none' } | { readonly kind: 'busy' } | { readonly kind: 'downloaded'; readonly file: string } | { readonly kind: 'failed' };

function Report({ saved }: { saved: SavedAssessment }) {
  const { t, i18n } = useTranslation(reportNamespaces);
  // The report is dated the day it is made; the date is fixed for the life of the page.
  const [today] = useState(() => new Date());
  const date = formatDate(today, i18n.resolvedLanguage);
  const assessment = evaluateAnswers(saved.answers);
  const institution = useInstitutionProfile()?.name;
  const doc = useMemo(() => buildReport({ ...saved, institution }, assessment, t, date), [saved, institution, assessment, t, date]);

  return (
    <article className="report-page">
      <BackLink to={paths.result}>{t('report:page.resultLink')}</BackLink>
      <DocView doc={doc} tickLabels={{ done: t('report:page.ticked'), notDone: t('report:page.unticked') }}>
        <p className="report-page__lead">{t('report:page.lead')}</p>
        <ReportActions saved={saved} doc={doc} />
      </DocView>
      <AttachedChecksForAssessment assessmentId={saved.id} />
    </article>
  );
}

function ReportActions({ saved, doc }: { saved: SavedAssessment; doc: DocModel }) {
  const { t } = useTranslation(reportNamespaces);
  const [status, setStatus] = useState<Status>({ kind: 'none' });
  const profile = useInstitutionProfile();
  const dataChecks = useAttachedRecords(saved.id);
  const fileName = (extension: string) => safeFileName(saved.name, t('report:page.fileFallback'), extension);

  const downloadMarkdown = () => {
    const file = fileName('md');
    downloadText(file, 'text/markdown', renderMarkdown(doc));
    setStatus({ kind: 'downloaded', file });
  };

  const downloadJson = () => {
    const file = fileName('json');
    const exchange = toAssessmentFile(
      {
        name: saved.name,
        answers: saved.answers,
        ticks: saved.ticks,
        answerNotes: saved.notes,
        profile,
        dataChecks,
        reviewedVersion: saved.receivedReview === undefined ? undefined : reviewedVersionOf(saved.receivedReview),
      },
      new Date().toISOString(),
    );
    downloadText(file, 'application/json', serializeAssessmentFile(exchange));
    setStatus({ kind: 'downloaded', file });
  };

  const downloadWord = async () => {
    setStatus({ kind: 'busy' });
    try {
      // Loaded on first use only: the Word writer is the largest part of the exports.
      const { renderDocx } = await import('../../lib/export/docx');
      const file = fileName('docx');
      downloadBlob(file, await renderDocx(doc));
      setStatus({ kind: 'downloaded', file });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <div className="report-actions" role="group" aria-label={t('report:page.actionsLabel')}>
      <p className="report-actions__summary">
        <Link to={reportPaths.summary}>{t('report:summary.link')}</Link>
        <span className="hint">{t('report:summary.linkHint')}</span>
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('report:page.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={downloadMarkdown}>
          {t('report:page.markdown')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={status.kind === 'busy'}
          onClick={() => {
            void downloadWord();
          }}
        >
          {t('report:page.docx')}
        </button>
        <button type="button" className="button button--secondary" onClick={downloadJson}>
          {t('report:page.json')}
        </button>
      </div>
      <p className="report-actions__status" role="status">
        {status.kind === 'busy' ? t('report:page.docxBusy') : null}
        {status.kind === 'downloaded' ? withUserText((slots) => t('report:page.downloaded', slots), { file: status.file }) : null}
        {status.kind === 'failed' ? t('report:page.docxFailed') : null}
      </p>
      <ShareLinkButton answers={saved.answers} />
    </div>
  );
}
