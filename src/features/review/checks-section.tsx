import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { reviewNamespaces } from './namespaces';
import type { AssessmentChange } from './diff';
import type { Examination } from './submission';
import { changeText, fingerprintTexts, rulesTexts, snapshotTexts } from './texts';

type Tone = 'ok' | 'problem' | 'info';

/** A key unique within one list of changes (diffAssessments lists each basis, item, warning and remedy once). */
function changeKey(change: AssessmentChange): string {
  switch (change.kind) {
    case 'recommended_basis':
      return change.kind;
    case 'verdict':
      return `${change.kind}:${change.basis}`;
    case 'checklist_added':
    case 'checklist_removed':
    case 'checklist_owner':
    case 'warning_added':
    case 'warning_removed':
      return `${change.kind}:${change.id}`;
    case 'remedy_added':
    case 'remedy_removed':
      return `${change.kind}:${JSON.stringify([change.remedy.basis, change.remedy.changes, change.remedy.assumes])}`;
  }
}

/** One finding: a status word (so nothing depends on colour) and the sentence that explains it. */
function Finding({ tone, check, status, text }: { tone: Tone; check: string; status: string; text: string }) {
  return (
    <li className={`review-check review-check--${tone}`} data-check={check} data-tone={tone}>
      <strong className="review-check__status">{status}</strong> <span>{text}</span>
    </li>
  );
}

/** Whether the file is what its fingerprint says, which rules made it, and what its exported result says now. */
export const ChecksSection = memo(function ChecksSection({ examination }: { examination: Examination }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  const { fingerprint, rules, snapshot } = examination;
  const fingerprintTone: Tone = fingerprint.kind === 'match' ? 'ok' : fingerprint.kind === 'mismatch' ? 'problem' : 'info';
  const snapshotTone: Tone = snapshot.kind === 'same' ? 'ok' : snapshot.kind === 'differs' ? 'problem' : 'info';

  return (
    <section className="review-section review-checks" aria-labelledby={headingId} data-section="checks">
      <h2 id={headingId}>{t('review:check.heading')}</h2>
      <ul className="review-checks__list">
        <Finding tone={fingerprintTone} check={`fingerprint-${fingerprint.kind}`} {...fingerprintTexts(t, fingerprint)} />
        <Finding tone={rules.kind === 'same' ? 'ok' : 'info'} check={`rules-${rules.kind}`} {...rulesTexts(t, rules)} />
        <Finding tone={snapshotTone} check={`snapshot-${snapshot.kind}`} {...snapshotTexts(t, snapshot)} />
      </ul>
      {snapshot.kind === 'differs' ? (
        <>
          <h3>{t('review:check.snapshot.changesHeading')}</h3>
          <p>{t('review:check.snapshot.changesLead')}</p>
          <ul className="review-changes">
            {snapshot.changes.map((change) => (
              <li key={changeKey(change)} data-change={change.kind}>
                {changeText(t, change)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
});
