/**
 * Which remedies the rules actually propose, and how often, over the covering enumeration (scripts/lib/enumerate.ts),
 * computed with `evaluate` itself. The covering space has billions of inputs, so it is walked in classes of inputs
 * that must give the same census record (`censusClasses`); `tests/scripts/docs.test.ts` checks that claim on random
 * inputs and that the class weights add up to the space's size.
 *
 * The walk is split into strata (the answers before `jointResearch`), each with a digest of its own census, so a
 * test can recompute a few strata in seconds where the whole census takes minutes.
 */
import { createHash } from 'node:crypto';
import { evaluate } from '../../src/rules/index';
import type { Assessment, AssessmentInput, BasisId, CitationId, QuestionId, RemedyKind, StageId } from '../../src/rules/index';
import { countClasses, countInputs, coveringOptions, enumerateClasses } from './enumerate';
import type { AnswerClasses, AnswerValue, EnumerationOptions } from './enumerate';

export const censusOptions: EnumerationOptions = coveringOptions;

/**
 * The stages grouped as the rules group them (src/rules/facts.ts `stagePhase`, which the public surface does not
 * export): verdicts and the recommendation read a stage only through its phase.
 */
const stagePhase: Readonly<Record<StageId, string>> = {
  basic_research: 'academic_dominant',
  exploration: 'academic_dominant',
  development: 'product_dominant',
  performance_evaluation: 'product_dominant',
  application_preparation: 'product_dominant',
  regulatory_review: 'regulatory_review',
  post_market: 'post_market',
};

const single = (answer: AnswerValue): string => (typeof answer === 'string' ? answer : answer.join(','));
const anyAnswer = (): string => 'any';

/**
 * Answers that give the same census record (recommended basis, remedies, guideline_silent citations), by what the
 * rules read: the scope answers, storage abroad, the ethics review and the later needs only add checklist items
 * and warnings; of the data types only genome changes a verdict; a stage counts through its phase; of the
 * provision statuses only "provided without publication" adds a condition; and EEA/UK and Rule 16 recipients are
 * treated alike by every basis (they differ in checklist items only).
 */
export const censusClasses: AnswerClasses = {
  dataOrigin: anyAnswer,
  productKind: anyAnswer,
  foreignStorage: anyAnswer,
  ethicsReview: anyAnswer,
  laterNeeds: anyAnswer,
  dataTypes: (answer) => (answer.includes('genome') ? 'genome' : 'no genome'),
  stage: (answer) => stagePhase[single(answer) as StageId],
  provisionStatus: (answer) => (answer === 'provided_without_publication' ? answer : 'published or not yet'),
  foreignRecipient: (answer) => (answer === 'adequate_country' || answer === 'conforming_system' ? 'rule 15 or 16' : single(answer)),
};

/** The first question that is not part of a stratum's root. */
export const stratumUntil: QuestionId = 'jointResearch';

export interface ChangeRecord {
  readonly question: QuestionId;
  readonly answer: string | readonly string[];
}

export interface RemedyTally {
  readonly changes: readonly ChangeRecord[];
  readonly assumes: readonly ChangeRecord[];
  readonly kind: RemedyKind;
  readonly basis: BasisId;
  readonly conditional: boolean;
  /** Inputs of the covering space that get this remedy. */
  inputs: number;
  /** One input that gets it (the first in enumeration order), so a test can check it still does. */
  readonly witness: AssessmentInput;
}

export interface DistributionTally {
  readonly recommended: boolean;
  /** The number of remedies; 4 stands for four or more. */
  readonly remedies: number;
  inputs: number;
}

export interface SilentTally {
  readonly citations: readonly CitationId[];
  inputs: number;
  readonly witness: AssessmentInput;
}

export interface Census {
  readonly inputs: number;
  readonly classes: number;
  readonly remedies: RemedyTally[];
  readonly distribution: DistributionTally[];
  readonly guidelineSilent: SilentTally[];
}

export const MAX_REMEDY_BUCKET = 4;

const formatAnswer = (answer: string | readonly string[]): string =>
  typeof answer === 'string' ? answer : `[${answer.join(', ')}]`;
const formatChanges = (changes: readonly ChangeRecord[]): string =>
  changes.map((change) => `${change.question}: ${formatAnswer(change.answer)}`).join(' + ');

/** The identity of a remedy in the census: its changes, what it assumes, and what it reaches. */
export function remedyKey(remedy: Pick<RemedyTally, 'changes' | 'assumes' | 'basis' | 'kind' | 'conditional'>): string {
  const assumes = remedy.assumes.length === 0 ? '' : ` (assumes ${formatChanges(remedy.assumes)})`;
  return `${formatChanges(remedy.changes)}${assumes} → ${remedy.basis}${remedy.conditional ? ' (conditional)' : ''} [${remedy.kind}]`;
}

/** What an assessment contributes to the census: the facts the classes must keep equal. */
export function censusRecord(assessment: Assessment): {
  readonly recommended: BasisId | null;
  readonly remedies: readonly string[];
  readonly silent: readonly CitationId[] | null;
} {
  return {
    recommended: assessment.recommendedBasis,
    remedies: assessment.remedies.map(remedyKey),
    silent: assessment.warnings.find((warning) => warning.id === 'guideline_silent')?.citations ?? null,
  };
}

/** A census being collected: keyed maps, turned into the published (sorted) arrays by `finish`. */
class Tally {
  inputs = 0;
  classes = 0;
  readonly remedies = new Map<string, RemedyTally>();
  readonly distribution = new Map<string, DistributionTally>();
  readonly silent = new Map<string, SilentTally>();

  /** Adds one evaluated class standing for `weight` inputs. */
  addClass(input: AssessmentInput, weight: number): void {
    const assessment = evaluate(input);
    this.inputs += weight;
    this.classes += 1;
    const recommended = assessment.recommendedBasis !== null;
    this.addStatus({ recommended, remedies: Math.min(assessment.remedies.length, MAX_REMEDY_BUCKET), inputs: weight });
    for (const { changes, assumes, kind, basis, conditional } of assessment.remedies) {
      this.addRemedy({ changes, assumes, kind, basis, conditional, inputs: weight, witness: input });
    }
    const silent = assessment.warnings.find((warning) => warning.id === 'guideline_silent');
    if (silent !== undefined) this.addSilent({ citations: silent.citations, inputs: weight, witness: input });
  }

  /** Adds a stratum's census, standing for `weight` copies of it. */
  addCensus(part: Census, weight: number): void {
    this.inputs += part.inputs * weight;
    this.classes += part.classes;
    for (const entry of part.distribution) this.addStatus({ ...entry, inputs: entry.inputs * weight });
    for (const entry of part.remedies) this.addRemedy({ ...entry, inputs: entry.inputs * weight });
    for (const entry of part.guidelineSilent) this.addSilent({ ...entry, inputs: entry.inputs * weight });
  }

  private addStatus(entry: DistributionTally): void {
    const key = `${String(entry.recommended)} ${String(entry.remedies)}`;
    const found = this.distribution.get(key);
    if (found === undefined) this.distribution.set(key, { ...entry });
    else found.inputs += entry.inputs;
  }

  private addRemedy(entry: RemedyTally): void {
    const key = remedyKey(entry);
    const found = this.remedies.get(key);
    if (found === undefined) this.remedies.set(key, { ...entry });
    else found.inputs += entry.inputs;
  }

  private addSilent(entry: SilentTally): void {
    const key = entry.citations.join(' ');
    const found = this.silent.get(key);
    if (found === undefined) this.silent.set(key, { ...entry });
    else found.inputs += entry.inputs;
  }

  /** The census in its published order: most frequent first, ties by their text. */
  finish(): Census {
    const byInputs = <T extends { inputs: number }>(entries: Map<string, T>): T[] =>
      [...entries].sort(([keyA, a], [keyB, b]) => b.inputs - a.inputs || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0)).map(([, entry]) => entry);
    return {
      inputs: this.inputs,
      classes: this.classes,
      remedies: byInputs(this.remedies),
      distribution: [...this.distribution.values()].sort(
        (a, b) => Number(a.recommended) - Number(b.recommended) || a.remedies - b.remedies,
      ),
      guidelineSilent: byInputs(this.silent),
    };
  }
}

export interface Stratum {
  /** The answers before `stratumUntil` (with the class representatives for collapsed questions). */
  readonly root: AssessmentInput;
  /** How many inputs' worth of roots this one stands for. */
  readonly weight: number;
}

export function strata(): Stratum[] {
  return [...enumerateClasses(censusOptions, censusClasses, {}, stratumUntil)].map(({ input, weight }) => ({ root: input, weight }));
}

/** The census below one stratum root; its input counts are relative to the root (multiply by its weight). */
export function stratumCensus(stratum: Stratum): Census {
  const tally = new Tally();
  for (const { input, weight } of enumerateClasses(censusOptions, censusClasses, stratum.root)) tally.addClass(input, weight);
  return tally.finish();
}

/** A short, stable fingerprint of a stratum's census (witnesses left out: they only locate an example). */
export function censusDigest(census: Census): string {
  const content = {
    inputs: census.inputs,
    classes: census.classes,
    remedies: census.remedies.map((entry) => [remedyKey(entry), entry.inputs]),
    distribution: census.distribution.map((entry) => [entry.recommended, entry.remedies, entry.inputs]),
    guidelineSilent: census.guidelineSilent.map((entry) => [entry.citations.join(' '), entry.inputs]),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

export interface StratumRecord extends Stratum {
  readonly digest: string;
  /** How many distinct remedies occur in it: the richest strata of each provider type are the ones a test re-walks. */
  readonly distinctRemedies: number;
}

export interface CensusFile {
  readonly space: { readonly inputs: number; readonly classes: number };
  readonly census: Census;
  readonly strata: readonly StratumRecord[];
  /** Indexes into `strata` that the quick test recomputes. */
  readonly checkedStrata: readonly number[];
}

/** The richest stratum (most distinct remedies, first on ties) for each provider type: a spread of cases to re-walk. */
function checkedStrataOf(records: readonly StratumRecord[]): number[] {
  const best = new Map<string, number>();
  records.forEach((record, index) => {
    const provider = record.root.providerType ?? '';
    const current = best.get(provider);
    if (current === undefined || (records[current]?.distinctRemedies ?? 0) < record.distinctRemedies) best.set(provider, index);
  });
  return [...best.values()].sort((a, b) => a - b);
}

/** The whole census (minutes: every class of the covering space is evaluated). */
export function computeCensus(progress?: (done: number, total: number) => void): CensusFile {
  const roots = strata();
  const total = new Tally();
  const records: StratumRecord[] = roots.map((stratum, index) => {
    const part = stratumCensus(stratum);
    total.addCensus(part, stratum.weight);
    progress?.(index + 1, roots.length);
    return { ...stratum, digest: censusDigest(part), distinctRemedies: part.remedies.length };
  });
  return {
    space: { inputs: countInputs(censusOptions), classes: countClasses(censusOptions, censusClasses) },
    census: total.finish(),
    strata: records,
    checkedStrata: checkedStrataOf(records),
  };
}
