import {
  CHECKLIST_GROUPS,
  basisNameKey,
  basisProvisionsKey,
  basisSummaryKey,
  checklistDetailKey,
  checklistGroupKey,
  checklistTitleKey,
  citationKeys,
  evidenceKey,
  reasonKey,
  stageKey,
  verdictKey,
  warningBodyKey,
  warningTitleKey,
} from '../../i18n/keys';
import type { DocBlock, DocModel } from '../../lib/export/doc-model';
import { checklistItems, citations, stageNameCertainty } from '../../rules';
import type { Assessment, AssessmentInput, ChecklistGroup, ChecklistId, CitationId } from '../../rules';
import { citationShortKey } from '../citations/citation-texts';
import type { AnswerNotes } from '../assessments/notes';
import { fingerprint } from '../exchange/fingerprint';
import { answerRows, answerText } from './answer-rows';
import type { ReportT } from './namespaces';
import { withUserText } from './user-text';

export interface ReportSource {
  readonly name: string;
  readonly answers: AssessmentInput;
  readonly ticks: readonly ChecklistId[];
  /** Notes per answer; those on questions off the path are left out with their answers. */
  readonly notes?: AnswerNotes | undefined;
  /** The institution profile's name, if one is in effect: shown under the title. */
  readonly institution?: string | undefined;
}

/** The group each item is shown under, as the rules declare it (checklist.ts). */
const groupOf: ReadonlyMap<ChecklistId, ChecklistGroup> = new Map(checklistItems.map((item) => [item.id, item.group]));

/**
 * The assessment report as one DocModel, rendered as it is to the screen, to Markdown and to Word, so the three
 * cannot say different things. Pure: the words come from `t`, the date is passed in already formatted.
 */
export function buildReport(source: ReportSource, assessment: Assessment, t: ReportT, date: string): DocModel {
  const separator = t('report:doc.listSeparator');
  const cite = (id: CitationId) =>
    t('report:doc.citation', { ref: t(citationShortKey(id)), level: t(evidenceKey(citations[id].level)) });
  const citeAll = (ids: readonly CitationId[]) => ids.map(cite).join(separator);
  const withSources = (ids: readonly CitationId[]) => t('report:doc.citations', { list: citeAll(ids) });
  const basisName = (basis: Assessment['recommendedBasis']) =>
    basis === null ? t('report:doc.timeline.none') : t(basisNameKey(basis));

  const name = source.name.trim() === '' ? t('report:doc.unnamed') : source.name;
  const print = fingerprint(assessment.rulesVersion, source.answers);

  const blocks: DocBlock[] = [];
  const push = (...more: DocBlock[]) => {
    blocks.push(...more);
  };

  // Answers: every question on the path, in the order asked; a third column for the notes when there are any.
  const rows = answerRows(source.answers, t, source.notes);
  const withNotes = rows.some((row) => row.note !== undefined);
  push(
    { kind: 'heading', level: 1, text: t('report:doc.answers.heading') },
    {
      kind: 'table',
      header: [t('report:doc.answers.question'), t('report:doc.answers.answer'), ...(withNotes ? [t('report:doc.answers.note')] : [])],
      rows: rows.map((row) => [row.title, answerText(row, t), ...(withNotes ? [row.note ?? ''] : [])]),
    },
  );

  // The result at the assessed stage.
  push(
    { kind: 'heading', level: 1, text: t('report:doc.result.heading') },
    { kind: 'paragraph', text: t('report:doc.result.stage', { stage: t(stageKey(assessment.stage)) }) },
  );
  if (!assessment.inScope) push({ kind: 'paragraph', text: t('report:doc.result.outOfScope') });
  const recommended = assessment.bases.find((entry) => entry.verdict === 'recommended');
  if (assessment.recommendedBasis !== null && recommended !== undefined) {
    const basis = assessment.recommendedBasis;
    push(
      {
        kind: 'paragraph',
        text: t('report:doc.result.recommended', { basis: t(basisNameKey(basis)), provisions: t(basisProvisionsKey(basis)) }),
      },
      { kind: 'paragraph', text: t(basisSummaryKey(basis)) },
      { kind: 'heading', level: 2, text: t('report:doc.result.why') },
      { kind: 'list', ordered: false, items: recommended.reasons.map((reason) => t(reasonKey(reason))) },
      { kind: 'paragraph', text: withSources(recommended.citations) },
    );
  } else {
    push({ kind: 'paragraph', text: t('report:doc.result.none') }, { kind: 'paragraph', text: t('report:doc.result.takeAdvice') });
  }

  // Warnings come right after the result: they qualify it.
  push({ kind: 'heading', level: 1, text: t('report:doc.warnings.heading') });
  push(
    assessment.warnings.length === 0
      ? { kind: 'paragraph', text: t('report:doc.warnings.none') }
      : {
          kind: 'list',
          ordered: false,
          items: assessment.warnings.map((w) => [t(warningTitleKey(w.id)), t(warningBodyKey(w.id)), withSources(w.citations)].join('\n')),
        },
  );

  // Every basis with its verdict and reasons.
  push(
    { kind: 'heading', level: 1, text: t('report:doc.bases.heading') },
    {
      kind: 'table',
      header: [t('report:doc.bases.basis'), t('report:doc.bases.verdict'), t('report:doc.bases.reasons'), t('report:doc.bases.citations')],
      rows: assessment.bases.map((entry) => [
        t(basisNameKey(entry.basis)),
        t(verdictKey(entry.verdict)),
        entry.reasons.map((reason) => t(reasonKey(reason))).join('\n'),
        citeAll(entry.citations),
      ]),
    },
  );

  // The seven stages, marking the names we reconstructed.
  const mark = t('report:doc.timeline.mark');
  const anyReconstructed = assessment.timeline.some((entry) => stageNameCertainty[entry.stage] === 'reconstructed');
  push(
    { kind: 'heading', level: 1, text: t('report:doc.timeline.heading') },
    { kind: 'paragraph', text: t('report:doc.timeline.lead') },
    {
      kind: 'table',
      header: [t('report:doc.timeline.stage'), t('report:doc.timeline.basis')],
      rows: assessment.timeline.map((entry) => [
        [
          t(stageKey(entry.stage)),
          stageNameCertainty[entry.stage] === 'reconstructed' ? ` ${mark}` : '',
          entry.stage === assessment.stage ? ` ${t('report:doc.timeline.current')}` : '',
        ].join(''),
        basisName(entry.recommendedBasis),
      ]),
    },
  );
  if (anyReconstructed) push({ kind: 'paragraph', text: t('report:doc.timeline.markNote') });

  // The checklist, grouped, with the user's ticks.
  push({ kind: 'heading', level: 1, text: t('report:doc.checklist.heading') });
  if (assessment.checklist.length === 0) {
    push({ kind: 'paragraph', text: t('report:doc.checklist.empty') });
  } else {
    const done = assessment.checklist.filter((item) => source.ticks.includes(item.id)).length;
    push({ kind: 'paragraph', text: t('report:doc.checklist.progress', { done, total: assessment.checklist.length }) });
    for (const group of CHECKLIST_GROUPS) {
      const items = assessment.checklist.filter((item) => groupOf.get(item.id) === group);
      if (items.length === 0) continue;
      push(
        { kind: 'heading', level: 2, text: t(checklistGroupKey(group)) },
        {
          kind: 'checklist',
          items: items.map((item) => ({
            text: [t(checklistTitleKey(item.id)), t(checklistDetailKey(item.id)), withSources(item.citations)].join('\n'),
            done: source.ticks.includes(item.id),
          })),
        },
      );
    }
  }

  // Each source cited above, once, with its evidence level.
  const cited = [
    ...new Set([
      ...assessment.warnings.flatMap((w) => w.citations),
      ...assessment.bases.flatMap((entry) => entry.citations),
      ...assessment.checklist.flatMap((item) => item.citations),
    ]),
  ];
  push(
    { kind: 'heading', level: 1, text: t('report:doc.sources.heading') },
    { kind: 'paragraph', text: t('report:doc.sources.lead') },
    {
      kind: 'table',
      header: [t('report:doc.sources.short'), t('report:doc.sources.source'), t('report:doc.sources.ref'), t('report:doc.sources.level')],
      rows: cited.map((id) => {
        const keys = citationKeys(id);
        return [t(citationShortKey(id)), t(keys.source), t(keys.ref), t(evidenceKey(citations[id].level))];
      }),
    },
    { kind: 'paragraph', text: t('report:doc.fingerprintNote') },
    { kind: 'paragraph', text: t('report:doc.disclaimer') },
  );

  return {
    title: t('report:doc.title'),
    meta: [
      withUserText((slots) => t('report:doc.metaProject', slots), { name }),
      ...(source.institution === undefined ? [] : [withUserText((slots) => t('report:doc.metaInstitution', slots), { name: source.institution })]),
      t('report:doc.metaDate', { date }),
      t('report:doc.metaRules', { version: assessment.rulesVersion }),
      t('report:doc.metaFingerprint', { fingerprint: print }),
      t('report:doc.metaTool'),
    ],
    blocks,
  };
}
