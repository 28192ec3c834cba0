import type { TFunction } from 'i18next';

import { basisNameKey, basisProvisionsKey, checklistTitleKey, reasonKey, stageKey, warningTitleKey } from '../../i18n/keys';
import { nextSteps } from '../../rules';
import type { Assessment } from '../../rules';
import { fingerprint } from '../exchange/fingerprint';
import type { resultNamespaces } from '../result/namespaces';
import { ownerWords, timingWords } from '../result/next-step-text';
import type { ReportSource } from './build-report';
import type { ReportT } from './namespaces';

type ResultT = TFunction<typeof resultNamespaces>;

export interface SummaryStep {
  readonly title: string;
  /** Who does it and when, in the project's own words. */
  readonly detail: string;
}

/** What the one-page summary says: the facts that identify the assessment, then the result in brief. */
export interface Summary {
  readonly project: string;
  readonly stage: string;
  readonly date: string;
  readonly rulesVersion: string;
  readonly fingerprint: string;
  readonly outOfScope: boolean;
  /** "Name (provisions)", or null when no basis can be recommended. */
  readonly recommended: string | null;
  /** The recommended basis's reasons in brief (briefReason). */
  readonly reasons: readonly string[];
  readonly steps: readonly SummaryStep[];
  /** Open checklist items beyond the steps shown. */
  readonly moreSteps: number;
  /** Why there are no steps: nothing is required, or everything is ticked. Null when there are steps. */
  readonly noSteps: 'none_required' | 'all_done' | null;
  readonly warnings: readonly string[];
}

/**
 * English abbreviations the reasons use before a full stop that does not end the sentence ("Art. 27(1)",
 * "Arts. 43–44", "No. 56", "etc.").
 */
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:Arts?|Nos?|ch|para|paras|cf|etc|e\.g|i\.e)$/u;

/** Where the first sentence of a text ends (the index after its stop), or the text's length if it has one sentence. */
function firstSentenceEnd(text: string): number {
  const japanese = text.indexOf('。');
  if (japanese !== -1) return japanese + 1;
  for (const match of text.matchAll(/[.!?](?=\s+[A-Z(“"])/gu)) {
    if (!ABBREVIATION_BEFORE.test(text.slice(0, match.index))) return match.index + 1;
  }
  return text.length;
}

/** Below this many characters a first sentence says too little on its own ("This is the guideline's route."). */
const BRIEF_MINIMUM = 30;

/**
 * A reason in brief: its first sentence, enough to say why on one page, with the full text in the report; a first
 * sentence too short to stand alone takes the next one with it. Japanese ends a sentence with 「。」; English with a
 * full stop, question or exclamation mark followed by a space and a capital or an opening bracket, unless the stop
 * closes an abbreviation such as "Art.". A text of one sentence comes back whole.
 */
export function briefReason(text: string): string {
  let end = firstSentenceEnd(text);
  while (end < text.length && text.slice(0, end).trim().length < BRIEF_MINIMUM) {
    const rest = text.slice(end);
    end += rest.length - rest.trimStart().length + firstSentenceEnd(rest.trimStart());
  }
  return text.slice(0, end).trim();
}

/**
 * The one-page summary of an assessment. Pure: the words come from `t` (the report's namespaces) and `resultT` (who
 * and when, worded as on the result page), the date is passed in already formatted.
 */
export function buildSummary(source: ReportSource, assessment: Assessment, t: ReportT, resultT: ResultT, date: string): Summary {
  const recommendedEntry = assessment.bases.find((entry) => entry.verdict === 'recommended');
  const basis = assessment.recommendedBasis;
  const open = assessment.checklist.filter((item) => !source.ticks.includes(item.id)).length;
  const steps = nextSteps(assessment.checklist, new Set(source.ticks));
  const noSteps = steps.length > 0 ? null : assessment.checklist.length === 0 ? 'none_required' : 'all_done';

  return {
    project: source.name.trim() === '' ? t('report:doc.unnamed') : source.name,
    stage: t(stageKey(assessment.stage)),
    date,
    rulesVersion: assessment.rulesVersion,
    fingerprint: fingerprint(assessment.rulesVersion, source.answers),
    outOfScope: !assessment.inScope,
    recommended:
      basis === null ? null : t('report:summary.recommended', { basis: t(basisNameKey(basis)), provisions: t(basisProvisionsKey(basis)) }),
    reasons: basis === null || recommendedEntry === undefined ? [] : recommendedEntry.reasons.map((reason) => briefReason(t(reasonKey(reason)))),
    steps: steps.map((step) => ({
      title: t(checklistTitleKey(step.id)),
      detail: t('report:summary.stepMeta', {
        owner: ownerWords(step.owner, source.answers, resultT),
        timing: timingWords(step.timing, source.answers, resultT),
      }),
    })),
    moreSteps: open - steps.length,
    noSteps,
    warnings: assessment.warnings.map((warning) => t(warningTitleKey(warning.id))),
  };
}
