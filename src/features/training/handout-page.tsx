import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { PageHeading } from '../../components/ui/page-heading';
import { basisNameKey, warningTitleKey } from '../../i18n/keys';
import { downloadText, safeFileName } from '../../lib/export/download';
import { renderMarkdown } from '../../lib/export/markdown';
import { rulesVersion } from '../../rules';
import { ReasonList } from '../result/basis-card';
import { VerdictBadge } from '../result/verdict-badge';
import { useQuestionTexts } from '../wizard/question-texts';
import { buildHandoutDoc, handoutCases } from './handout';
import type { HandoutCase } from './handout';
import { trainingPaths } from './paths';
import { ConfidenceNote, FactsList, Paragraphs } from './parts';
import type { TrainingSet } from './schema';
import { trainingNamespaces, useContentLanguage, useSourceFromUrl, useTrainingSet } from './use-training';

/** '/training/handout' (`?set=custom` for a loaded set): every case, then the answer key; prints on A4. */
export function HandoutPage() {
  const { t } = useTranslation(trainingNamespaces);
  const source = useSourceFromUrl();
  const set = useTrainingSet(source);
  usePageTitle(t('training:handout.pageTitle'));
  if (set === null) {
    return (
      <article className="prose training-page">
        <BackLink to={trainingPaths.library}>{t('training:case.back')}</BackLink>
        <PageHeading>{t('training:handout.pageTitle')}</PageHeading>
        <p>{t('training:handout.noSet')}</p>
      </article>
    );
  }
  return <Handout set={set} />;
}

function Handout({ set }: { set: TrainingSet }) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  const texts = useQuestionTexts();
  const cases = handoutCases(set);
  const casesId = useId();
  const keyId = useId();

  const download = () => {
    const doc = buildHandoutDoc(set, lng, t, texts);
    downloadText(safeFileName(set.title[lng], t('training:handout.fileName'), 'md'), 'text/markdown', renderMarkdown(doc));
  };

  return (
    <article className="training-page training-handout">
      <BackLink to={trainingPaths.library}>{t('training:case.back')}</BackLink>
      <PageHeading>{t('training:handout.title', { title: set.title[lng] })}</PageHeading>
      <p className="lead">{t('training:handout.lead')}</p>
      <p className="training-handout__meta">{t('training:handout.meta', { version: rulesVersion })}</p>
      <div className="button-group training-handout__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('training:handout.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          {t('training:handout.download')}
        </button>
      </div>

      <section className="training-handout__cases" aria-labelledby={casesId}>
        <h2 id={casesId}>{t('training:handout.casesHeading')}</h2>
        {cases.map(({ scenario }) => (
          <article className="training-handout__case" key={scenario.id} aria-labelledby={`case-${scenario.id}`}>
            <h3 id={`case-${scenario.id}`}>{t('training:handout.caseHeading', { id: scenario.id, title: scenario.title[lng] })}</h3>
            <ConfidenceNote confidence={scenario.confidence} />
            <Paragraphs text={scenario.description[lng]} />
            <h4>{t('training:handout.factsHeading')}</h4>
            <FactsList input={scenario.input} />
          </article>
        ))}
      </section>

      <section className="training-handout__key" aria-labelledby={keyId} data-section="answer-key">
        <h2 id={keyId}>{t('training:handout.keyHeading')}</h2>
        <p>{t('training:handout.keyLead', { version: rulesVersion })}</p>
        {cases.map((entry) => (
          <AnswerKeyEntry key={entry.scenario.id} entry={entry} />
        ))}
      </section>
    </article>
  );
}

function AnswerKeyEntry({ entry: { scenario, assessment, mainVerdicts } }: { entry: HandoutCase }) {
  const { t } = useTranslation(trainingNamespaces);
  const lng = useContentLanguage();
  const headingId = `key-${scenario.id}`;
  return (
    <article
      className="training-handout__answer"
      aria-labelledby={headingId}
      data-scenario={scenario.id}
      data-recommended-basis={assessment.recommendedBasis ?? 'none'}
    >
      <h3 id={headingId}>{t('training:handout.caseHeading', { id: scenario.id, title: scenario.title[lng] })}</h3>
      <p className="training-handout__recommended">
        <strong>
          {assessment.recommendedBasis === null
            ? t('training:handout.noRecommendation')
            : t('training:handout.recommended', { basis: t(basisNameKey(assessment.recommendedBasis)) })}
        </strong>
      </p>
      <div className="training-table-wrap">
        <table className="training-table training-handout__verdicts">
          <caption>{t('training:handout.verdictsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training:handout.col.basis')}</th>
              <th scope="col">{t('training:handout.col.verdict')}</th>
              <th scope="col">{t('training:handout.col.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {mainVerdicts.map((verdict) => (
              <tr key={verdict.basis} data-basis={verdict.basis} data-verdict={verdict.verdict}>
                <th scope="row">{t(basisNameKey(verdict.basis))}</th>
                <td>
                  <VerdictBadge verdict={verdict.verdict} />
                </td>
                <td>
                  <ReasonList reasons={verdict.reasons} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t('training:handout.warningsHeading')}</h4>
      {assessment.warnings.length === 0 ? (
        <p>{t('training:handout.noWarnings')}</p>
      ) : (
        <ul>
          {assessment.warnings.map((warning) => (
            <li key={warning.id} data-warning={warning.id}>
              {t(warningTitleKey(warning.id))}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('training:handout.teachingHeading')}</h4>
      <Paragraphs text={scenario.teachingPoint[lng]} />
    </article>
  );
}
