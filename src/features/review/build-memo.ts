import type { DocBlock, DocModel } from '../../lib/export/doc-model';
import { basisNameKey, checklistTitleKey, verdictKey, warningTitleKey } from '../../i18n/keys';
import type { ReviewT } from './namespaces';
import type { ItemReview, Review } from './schema';
import { submitterNote } from './submission';
import type { Examination } from './submission';
import {
  answerNote,
  answerText,
  basisName,
  changeText,
  fingerprintTexts,
  markName,
  questionTitle,
  reasonsText,
  removedAnswerText,
  rulesTexts,
  snapshotTexts,
} from './texts';

const noItem: ItemReview = { mark: null, comment: '' };

/** The submission's project name, or words saying it has none (share links never carry one). */
export function displayName(t: ReviewT, review: Review): string {
  const name = review.submission.kind === 'file' ? review.submission.file.name.trim() : '';
  if (name !== '') return name;
  return review.submission.kind === 'link' ? t('review:session.linkUnnamed') : t('review:session.unnamed');
}

/** A date and time in the memo's language (and the reader's time zone, as every date the app shows). */
const dateTime = (t: ReviewT, iso: string): string =>
  t('review:memo.date', { date: new Date(iso), formatParams: { date: { dateStyle: 'long', timeStyle: 'short' } } });

const orNone = (t: ReviewT, text: string): string => (text.trim() === '' ? t('review:memo.blank') : text);

/**
 * The review memo as one document model, rendered to the print view, Markdown and Word alike. Pure: the words come
 * from `t`, the facts from the review and the examination of its submission by the current rules. Free text
 * (names, comments, notes) goes in as text; every renderer keeps it text.
 */
export function buildReviewMemo(t: ReviewT, review: Review, examination: Examination): DocModel {
  const { submission } = review;
  const blocks: DocBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });

  // The submission.
  heading(1, t('review:memo.submissionHeading'));
  const facts: string[][] = [
    [t('review:session.meta.name'), displayName(t, review)],
    [t('review:session.meta.source'), submission.kind === 'file' ? t('review:session.source.file') : t('review:session.source.link')],
  ];
  if (submission.kind === 'file') {
    facts.push([t('review:session.meta.exportedAt'), dateTime(t, submission.file.exportedAt)]);
    facts.push([t('review:session.meta.fingerprint'), submission.file.fingerprint]);
  }
  facts.push([t('review:session.meta.submittedRules'), examination.submittedRulesVersion]);
  facts.push([t('review:session.meta.currentRules'), examination.currentRulesVersion]);
  blocks.push({ kind: 'table', header: [t('review:memo.factColumn'), t('review:memo.valueColumn')], rows: facts });
  if (submission.kind === 'file' && submission.file.notes !== undefined && submission.file.notes.trim() !== '') {
    heading(2, t('review:session.notesHeading'));
    paragraph(submission.file.notes);
  }

  // Checks.
  heading(1, t('review:check.heading'));
  const line = ({ status, text }: { status: string; text: string }) => t('review:memo.checkLine', { status, text });
  blocks.push({
    kind: 'list',
    ordered: false,
    items: [
      line(fingerprintTexts(t, examination.fingerprint)),
      line(rulesTexts(t, examination.rules)),
      line(snapshotTexts(t, examination.snapshot)),
    ],
  });
  if (examination.snapshot.kind === 'differs') {
    heading(2, t('review:check.snapshot.changesHeading'));
    blocks.push({ kind: 'list', ordered: false, items: examination.snapshot.changes.map((change) => changeText(t, change)) });
  }

  // What a rules update changed: removed answers to choose again, and the new questions the result assumes.
  if (examination.rules.kind === 'superseded' || examination.removed.length > 0) {
    heading(2, t('review:ruleUpdate.heading'));
    const removedLines = examination.removed.map((entry) =>
      t('review:ruleUpdate.assumedItem', {
        question: questionTitle(t, entry.question),
        answer: t('review:answers.removed', { answer: removedAnswerText(t, entry) }),
      }),
    );
    if (removedLines.length > 0) blocks.push({ kind: 'list', ordered: false, items: removedLines });
    if (examination.assumed.length > 0) {
      paragraph(t('review:ruleUpdate.assumedLead', { version: examination.submittedRulesVersion }));
      blocks.push({
        kind: 'list',
        ordered: false,
        items: examination.assumed.map((question) =>
          t('review:ruleUpdate.assumedItem', {
            question: questionTitle(t, question),
            answer: answerText(t, question, examination.evaluatedInput[question]),
          }),
        ),
      });
      paragraph(t('review:ruleUpdate.assumedConfirm'));
    }
  }

  // The result by the current rules.
  heading(1, t('review:result.heading', { version: examination.currentRulesVersion }));
  const { current } = examination;
  if (current.kind === 'incomplete') {
    paragraph(t('review:result.incomplete', { question: questionTitle(t, current.next) }));
  } else {
    const { assessment } = current;
    if (!assessment.inScope) paragraph(t('review:result.outOfScope'));
    const recommended = assessment.bases.find((entry) => entry.basis === assessment.recommendedBasis);
    paragraph(
      recommended === undefined
        ? t('review:result.noRecommendation')
        : t('review:result.recommended', { basis: basisName(t, recommended.basis), verdict: t(verdictKey(recommended.verdict)) }),
    );
    heading(2, t('review:result.basesHeading'));
    blocks.push({
      kind: 'table',
      header: [t('review:result.basisColumn'), t('review:result.verdictColumn'), t('review:result.reasonsColumn')],
      rows: assessment.bases.map((entry) => [t(basisNameKey(entry.basis)), t(verdictKey(entry.verdict)), reasonsText(t, entry.reasons)]),
    });
    heading(2, t('review:result.warningsHeading'));
    if (assessment.warnings.length === 0) paragraph(t('review:result.noWarnings'));
    else blocks.push({ kind: 'list', ordered: false, items: assessment.warnings.map((w) => t(warningTitleKey(w.id))) });
  }

  // The reviewer's marks.
  heading(1, t('review:answers.heading'));
  blocks.push({
    kind: 'table',
    header: [t('review:answers.questionColumn'), t('review:answers.answerColumn'), t('review:marks.column'), t('review:marks.commentColumn')],
    rows: examination.path.map((question) => {
      const item = review.answers[question] ?? noItem;
      const value = examination.evaluatedInput[question];
      const note = answerNote(t, examination, question);
      const answer = value === undefined ? t('review:answers.unanswered') : answerText(t, question, value);
      const submitted = submitterNote(submission, question);
      const lines = [answer, ...(note === null ? [] : [note]), ...(submitted === undefined ? [] : [t('review:answers.submitterNoteLine', { note: submitted })])];
      return [questionTitle(t, question), lines.join('\n'), markName(t, item.mark), item.comment];
    }),
  });

  heading(1, t('review:checklist.heading'));
  if (current.kind === 'incomplete' || current.assessment.checklist.length === 0) {
    paragraph(t('review:checklist.empty'));
  } else {
    const ticks = submission.kind === 'file' ? submission.file.ticks : null;
    blocks.push({
      kind: 'table',
      header: [t('review:checklist.itemColumn'), t('review:checklist.submitterColumn'), t('review:marks.column'), t('review:marks.commentColumn')],
      rows: current.assessment.checklist.map(({ id }) => {
        const item = review.checklist[id] ?? noItem;
        let record: string;
        if (ticks === null) record = t('review:checklist.noRecord');
        else record = ticks.includes(id) ? t('review:checklist.ticked') : t('review:checklist.notTicked');
        return [t(checklistTitleKey(id)), record, markName(t, item.mark), item.comment];
      }),
    });
  }

  heading(1, t('review:overall.heading'));
  paragraph(orNone(t, review.overallComment));

  heading(1, t('review:overall.reviewerHeading'));
  blocks.push({
    kind: 'table',
    header: [t('review:memo.factColumn'), t('review:memo.valueColumn')],
    rows: [
      [t('review:overall.reviewerName'), orNone(t, review.reviewerName)],
      [t('review:overall.committee'), orNone(t, review.committee)],
      [t('review:memo.reviewedAtLabel'), dateTime(t, review.updatedAt)],
    ],
  });

  return {
    title: t('review:memo.title', { name: displayName(t, review) }),
    meta: [
      t('review:memo.metaRules', { submitted: examination.submittedRulesVersion, current: examination.currentRulesVersion }),
      t('review:memo.metaFingerprint', fingerprintTexts(t, examination.fingerprint)),
      t('review:memo.disclaimer'),
    ],
    blocks,
  };
}
